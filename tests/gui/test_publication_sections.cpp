// Editing a section in the publications panel with real clicks and keys: titles, bold,
// italic, a list and a link in French and Dutch, a photo of the mediatheque, the map view
// captured from the canvas; then the publication exported alone as a story page.

#include "gui/gui_fixture.h"
#include "core/model/wkb_point.h"
#include "gis/media/media_store.h"
#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/observations_dock.h"
#include "ui/docks/publications_dock.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace atlas;
using test::click;
const auto type = test::typeInto;

namespace {

struct StoryAtlas {
    QString path;
    QUuid layer, fiche, photo;
};

// An atlas with one layer of towns, one fiche and one photo in its mediatheque.
StoryAtlas storyAtlas(const test::TempDir& dir)
{
    StoryAtlas a;
    a.path = dir.filePath(QStringLiteral("monts.atlas"));
    const QString towns = dir.filePath(QStringLiteral("villes.geojson"));
    QFile f(towns);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(test::geojson::featureCollection(
        {test::geojson::feature(test::geojson::point({2.73, 50.80}), R"({"name":"Kemmel"})"),
         test::geojson::feature(test::geojson::point({2.49, 50.79}), R"({"name":"Cassel"})")}));
    f.close();
    core::AtlasDocument doc;
    doc.title = QStringLiteral("Les Monts");
    core::LayerSpec layer;
    layer.name = QStringLiteral("Villes");
    layer.sourcePath = towns;
    doc.layers << layer;
    a.layer = layer.identity.uuid;
    REQUIRE(gis::createAtlas(a.path, doc).ok());

    auto store = gis::ObservationStore::open(a.path);
    REQUIRE(store.ok());
    core::Observation fiche = core::Observation::create(core::ObservationKind::Landmark);
    fiche.titleFr = QStringLiteral("Mont Kemmel");
    fiche.geometryWkb = core::pointWkb(2.81, 50.78);
    fiche.status = core::ObservationStatus::Published;
    fiche.scope = core::SharingScope::Public;
    REQUIRE(store.value()->saveObservation(fiche).ok());
    a.fiche = fiche.identity.uuid;
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x2a, 0x5d, 0x84));
    const QString png = dir.filePath(QStringLiteral("kemmelberg.png"));
    REQUIRE(image.save(png));
    auto item = gis::MediaStore(a.path).ingest(png);
    REQUIRE(item.ok());
    item.value().title = QStringLiteral("Kemmelberg");
    REQUIRE(store.value()->saveMedia(item.value()).ok());
    a.photo = item.value().identity.uuid;
    return a;
}

}  // namespace

TEST_CASE("a section is written with real keys: rich text FR/NL, media, map view; then exported", "[gui][publications]")
{
    test::TempDir dir;
    const StoryAtlas atlas = storyAtlas(dir);
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(atlas.path));
    f.window->show();
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));  // shortcuts (Ctrl+B) need an active window
    auto* dock = f.window->findChild<ui::PublicationsDock*>(QStringLiteral("PublicationsDock"));
    REQUIRE(dock);
    dock->show();
    dock->raise();
    REQUIRE(dock->createPublication(QStringLiteral("Les Monts de Flandre")));
    ui::SectionEditor* editor = dock->sectionEditor();
    REQUIRE(editor->isEnabled());
    dock->pages()->setCurrentWidget(editor);

    QLineEdit* titleFr = editor->titleEdit(QStringLiteral("fr"));
    titleFr->selectAll();
    type(titleFr, QStringLiteral("Le mont Kemmel"));
    type(editor->titleEdit(QStringLiteral("nl")), QStringLiteral("De Kemmelberg"));

    // French: "Un <b>sommet</b> boisé", a list of two trees, then a link.
    QTextEdit* fr = editor->textEdit(QStringLiteral("fr"));
    type(fr, QStringLiteral("Un "));
    QTest::keyClick(fr, Qt::Key_B, Qt::ControlModifier);
    type(fr, QStringLiteral("sommet"));
    QTest::keyClick(fr, Qt::Key_B, Qt::ControlModifier);
    type(fr, QStringLiteral(" boisé"));
    QTest::keyClick(fr, Qt::Key_Return);
    auto* listButton = editor->findChild<QToolButton*>(QStringLiteral("bullets"));
    REQUIRE(listButton);
    REQUIRE(listButton->text() == QStringLiteral("List"));
    click(listButton);
    type(fr, QStringLiteral("hêtres"));
    QTest::keyClick(fr, Qt::Key_Return);
    type(fr, QStringLiteral("chênes"));
    QTest::keyClick(fr, Qt::Key_Return);
    click(listButton);  // the empty item leaves the list
    fr->setFocus();
    type(fr, QStringLiteral("le site"));
    QTest::keyClick(fr, Qt::Key_Home, Qt::ShiftModifier);
    type(editor->linkEdit(), QStringLiteral("https://example.org/kemmel"));
    click(editor->button(QStringLiteral("link")));

    // Dutch, in its tab: "Een <i>beboste</i> top".
    QTabBar* tabs = editor->languageTabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    REQUIRE(editor->languageTabs()->currentIndex() == 1);
    QTextEdit* nl = editor->textEdit(QStringLiteral("nl"));
    type(nl, QStringLiteral("Een "));
    QTest::keyClick(nl, Qt::Key_I, Qt::ControlModifier);
    type(nl, QStringLiteral("beboste"));
    QTest::keyClick(nl, Qt::Key_I, Qt::ControlModifier);
    type(nl, QStringLiteral(" top"));

    // The photo of the mediatheque.
    REQUIRE(editor->libraryBox()->count() == 1);
    CHECK(editor->libraryBox()->currentText().startsWith(QStringLiteral("Kemmelberg")));
    click(editor->button(QStringLiteral("attach")));
    CHECK(editor->mediaList()->count() == 1);

    // The map view: the canvas's extent, its visible layer and the fiche selected.
    auto* fiches = f.window->findChild<ui::ObservationsDock*>();
    REQUIRE(fiches);
    fiches->refresh();
    fiches->selectObservation(atlas.fiche);
    REQUIRE(QTest::qWaitFor([&] { return fiches->currentObservation() != nullptr; }, 5000));
    const core::Extent extent{600000, 7060000, 680000, 7110000};
    f.window->canvas()->setExtent(extent);
    click(editor->button(QStringLiteral("capture")));
    CHECK(editor->viewSummary()->text().contains(QStringLiteral("1 layers shown, 1 fiches highlighted")));

    click(editor->button(QStringLiteral("save")));
    auto store = gis::ObservationStore::open(atlas.path);
    REQUIRE(store.ok());
    auto list = gis::PublicationStore(store.value()->database()).list();
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    const core::PublicationSection s = list.value()[0].sections.at(0);
    CHECK(s.titleFr == QStringLiteral("Le mont Kemmel"));
    CHECK(s.titleNl == QStringLiteral("De Kemmelberg"));
    CHECK(s.textFr == QStringLiteral("<p>Un <b>sommet</b> boisé</p><ul><li>hêtres</li><li>chênes</li></ul>"
                                     "<p><a href=\"https://example.org/kemmel\">le site</a></p>"));
    CHECK(s.textNl == QStringLiteral("<p>Een <i>beboste</i> top</p>"));
    CHECK(s.media == QList<QUuid>{atlas.photo});
    REQUIRE(s.view.has_value());
    CHECK(s.view->crs == f.window->canvas()->mapSettings().crs);
    CHECK(s.view->extent.center().x() == Approx(extent.center().x()).margin(1));
    CHECK(s.view->extent.center().y() == Approx(extent.center().y()).margin(1));
    CHECK(s.view->visibleLayers == QList<QUuid>{atlas.layer});
    CHECK(s.view->highlightedFiches == QList<QUuid>{atlas.fiche});

    // Shown again as saved: the bold word is still bold in the editor.
    dock->reload();
    CHECK(editor->titleEdit(QStringLiteral("fr"))->text() == QStringLiteral("Le mont Kemmel"));
    CHECK(editor->textEdit(QStringLiteral("fr"))->toHtml().contains(QStringLiteral("font-weight:700")));
    CHECK(dock->preview()->toPlainText().contains(QStringLiteral("sommet")));

    dock->setFloating(true);
    dock->resize(460, 720);
    QApplication::processEvents();
    const QImage shot = dock->grab().toImage();
    CHECK(test::nonBackgroundShare(shot) > 0.02);
    shot.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/publication_section_editor.png"));

    // Text written in a section is kept when the reader moves to another one.
    REQUIRE(dock->addSection(QStringLiteral("Cassel")));
    QListWidget* sections = dock->sectionList();
    REQUIRE(sections->count() == 2);
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, sections->visualItemRect(sections->item(1)).center());
    REQUIRE(editor->titleEdit(QStringLiteral("fr"))->text() == QStringLiteral("Cassel"));
    dock->pages()->setCurrentWidget(editor);
    editor->languageTabs()->setCurrentIndex(0);
    type(editor->textEdit(QStringLiteral("fr")), QStringLiteral("Le mont des Recollets"));
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, sections->visualItemRect(sections->item(0)).center());
    CHECK(editor->titleEdit(QStringLiteral("fr"))->text() == QStringLiteral("Le mont Kemmel"));
    auto again = gis::PublicationStore(store.value()->database()).list();
    REQUIRE(again.ok());
    REQUIRE(again.value()[0].sections.size() == 2);
    CHECK(again.value()[0].sections[1].textFr == QStringLiteral("<p>Le mont des Recollets</p>"));

    // ... and when another publication is chosen.
    type(editor->textEdit(QStringLiteral("fr")), QStringLiteral(" !"));
    REQUIRE(dock->createPublication(QStringLiteral("Les Flandres")));  // selects the new one
    QListWidget* publications = dock->publicationList();
    REQUIRE(publications->count() == 2);
    const int monts = publications->findItems(QStringLiteral("Les Monts de Flandre"), Qt::MatchExactly).first() == publications->item(0) ? 0 : 1;
    QTest::mouseClick(publications->viewport(), Qt::LeftButton, {}, publications->visualItemRect(publications->item(1 - monts)).center());
    type(editor->textEdit(QStringLiteral("fr")), QStringLiteral("Entre mer et monts"));
    QTest::mouseClick(publications->viewport(), Qt::LeftButton, {}, publications->visualItemRect(publications->item(monts)).center());
    auto lists = gis::PublicationStore(store.value()->database()).list();
    REQUIRE(lists.ok());
    for (const core::Publication& p : lists.value())
        if (p.titleFr == QStringLiteral("Les Flandres"))
            CHECK(p.sections[0].textFr == QStringLiteral("<p>Entre mer et monts</p>"));
    CHECK(editor->titleEdit(QStringLiteral("fr"))->text() == QStringLiteral("Le mont Kemmel"));

    // The panel's menu exports the publication alone, in a worker.
    REQUIRE(dock->exportAction()->isEnabled());
    QSignalSpy done(dock, &ui::PublicationsDock::exported);
    const QString out = dir.filePath(QStringLiteral("story"));
    REQUIRE(dock->exportCurrent(out));
    REQUIRE(done.wait(30000));
    CHECK(done.at(0).at(1).toString() == QString());
    CHECK(done.at(0).at(0).toString() == out + QStringLiteral("/index.html"));
    QFile stories(out + QStringLiteral("/data/stories.js"));
    REQUIRE(stories.open(QIODevice::ReadOnly));
    const QByteArray js = stories.readAll();
    CHECK(js.contains("Le mont Kemmel"));
    CHECK(js.contains("\"kind\":\"image\""));
    CHECK(js.contains(atlas.layer.toString(QUuid::WithoutBraces).toUtf8()));
}
