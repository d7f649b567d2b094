// The observatory in the main window, with real events on a copy of the demo atlas: the
// dock lists and searches the fiches, the map draws them, the "mark observation" tool opens
// the fiche form, and undo/redo go through the store. Grabs of the form and of the dock
// are kept in the build folder for review.

#include "gis/media/media_store.h"
#include "gis/store/change_log.h"
#include "gis/store/observation_store.h"
#include "gis/store/sqlite_database.h"
#include "gui/gui_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/observation_form_dialog.h"
#include "ui/docks/mediatheque_dock.h"
#include "ui/document/document_controller.h"
#include "ui/docks/observations_dock.h"
#include "ui/models/observation_list_model.h"
#include "ui/observatory/observation_overlay.h"
#include "ui/observatory/observatory_feature.h"
#include "ui/observatory/observatory_session.h"
#include "ui/tools/mark_observation_tool.h"
#include "ui/tools/sketch_tool.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <cstring>

using namespace atlas;

namespace {

bool waitForList(ui::ObservationsDock* dock)
{
    QSignalSpy spy(dock, &ui::ObservationsDock::listRefreshed);
    return spy.wait(10000);
}

int liveFiches(const QString& atlas)
{
    auto store = gis::ObservationStore::open(atlas);
    return store ? store.value()->count({}).value() : -1;
}

QString outputPng(const QString& name)
{
    return QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/") + name;
}

}  // namespace

TEST_CASE("the observations dock lists, searches and shows the demo fiches; the map draws them", "[gui][observatory]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = test::copyDemoAtlas(dir);
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    REQUIRE(feature);
    ui::ObservationsDock* dock = feature->dock();
    QSignalSpy overlayLoaded(feature->overlay(), &ui::ObservationOverlay::reloaded);
    REQUIRE(f.window->openAtlas(atlas));
    REQUIRE(waitForList(dock));
    CHECK(dock->model()->rowCount() == 22);
    CHECK(dock->totalMatches() == 22);
    REQUIRE((overlayLoaded.count() > 0 || overlayLoaded.wait(10000)));
    CHECK(feature->overlay()->pointCount() == 22);

    // Accent-free search, both languages, typed as a user types.
    QTest::keyClicks(dock->searchBox(), QStringLiteral("eglise"));
    REQUIRE(waitForList(dock));
    CHECK(dock->model()->rowCount() == 2);
    dock->searchBox()->clear();
    QTest::keyClicks(dock->searchBox(), QStringLiteral("kerk"));
    REQUIRE(waitForList(dock));
    REQUIRE(dock->model()->rowCount() == 2);

    // The landmark placed from the Kemmel photo: its detail has the photo's thumbnail.
    int landmark = -1;
    for (int row = 0; row < dock->model()->rowCount(); ++row)
        if (dock->model()->observationAt(row)->kind == core::ObservationKind::Landmark)
            landmark = row;
    REQUIRE(landmark >= 0);
    dock->list()->selectRow(landmark);
    QTRY_VERIFY_WITH_TIMEOUT(dock->detail()->toHtml().contains(QStringLiteral("<img src=\"file:")), 10000);
    CHECK(dock->detail()->toPlainText().contains(QStringLiteral("Kemmel")));
    REQUIRE(f.waitForMap());
    QTest::qWait(100);
    CHECK(dock->grab().save(outputPng(QStringLiteral("observations-dock.png"))));
    CHECK(f.window->grab().save(outputPng(QStringLiteral("observatory-window.png"))));
}

TEST_CASE("mark observation: a click opens the form, OK adds the fiche, undo and redo write the store",
          "[gui][observatory]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = test::copyDemoAtlas(dir);
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    REQUIRE(feature);
    ui::ObservationsDock* dock = feature->dock();
    REQUIRE(f.window->openAtlas(atlas));
    REQUIRE(waitForList(dock));
    REQUIRE(f.waitForMap());
    REQUIRE(liveFiches(atlas) == 22);

    bool formSeen = false;
    QObject::connect(feature, &ui::ObservatoryFeature::formOpened, feature, [&](QWidget* form) {
        // Filled once the dialog runs its own event loop.
        QTimer::singleShot(0, form, [&formSeen, form] {
            formSeen = true;
            auto* ok = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            CHECK_FALSE(ok->isEnabled());  // no title yet
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("titleFr")), QStringLiteral("Calvaire du Mont Noir"));
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("titleNl")), QStringLiteral("Kruisbeeld Zwarteberg"));
            auto* themes = form->findChild<QListWidget*>(QStringLiteral("themes"));
            for (int i = 0; i < themes->count(); ++i)
                if (themes->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("heritage"))
                    themes->item(i)->setCheckState(Qt::Checked);
            CHECK(ok->isEnabled());
            CHECK(form->grab().save(outputPng(QStringLiteral("observation-form.png"))));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    });
    QTest::mouseClick(dock->markButton(), Qt::LeftButton);
    REQUIRE(f.window->canvas()->mapTool() == static_cast<ui::MapTool*>(feature->markTool()));
    const QPoint centre = f.window->canvas()->rect().center();
    QTest::mouseClick(f.window->canvas(), Qt::LeftButton, Qt::NoModifier, centre);
    REQUIRE(formSeen);
    CHECK(liveFiches(atlas) == 23);
    REQUIRE(waitForList(dock));
    const core::Observation* added = dock->currentObservation();
    REQUIRE(added);
    CHECK(added->titleNl == QStringLiteral("Kruisbeeld Zwarteberg"));
    CHECK(added->themes == QStringList{QStringLiteral("heritage")});
    CHECK_FALSE(added->geometryWkb.isEmpty());

    QUndoStack* undo = feature->session()->undoStack();
    undo->undo();
    CHECK(liveFiches(atlas) == 22);
    undo->redo();
    CHECK(liveFiches(atlas) == 23);
    // Every step is in the change log, read by a separate connection as the sync would.
    auto store = gis::ObservationStore::open(atlas);
    REQUIRE(store.ok());
    auto log = gis::readChangeLog(store.value()->database(), 0, added->identity.uuid);
    REQUIRE(log.ok());
    QStringList ops;
    for (const auto& e : log.value())
        ops << e.operation;
    CHECK(ops == QStringList{"insert", "delete", "update"});

    // Escape leaves the tool.
    QTest::keyClick(f.window->canvas(), Qt::Key_Escape);
    CHECK(f.window->canvas()->mapTool() == nullptr);
}

TEST_CASE("the mediatheque shows the demo photos; dropped geotagged photos become undoable landmarks",
          "[gui][observatory]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = test::copyDemoAtlas(dir);
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    REQUIRE(feature);
    ui::MediathequeDock* media = feature->mediatheque();
    QSignalSpy refreshed(media, &ui::MediathequeDock::listRefreshed);
    REQUIRE(f.window->openAtlas(atlas));
    media->raise();
    QTRY_VERIFY_WITH_TIMEOUT(media->grid()->count() == 4, 10000);
    media->grid()->setCurrentRow(0);
    CHECK(media->details()->text().contains(QStringLiteral("Fiches:")));
    CHECK(media->details()->text().contains(QStringLiteral("CC0-1.0")));
    QTest::qWait(200);  // thumbnails already made by the demo set-up; let the grid paint them
    CHECK(media->grab().save(outputPng(QStringLiteral("mediatheque-dock.png"))));

    // A geotagged photo (Cassel, Nord) and a text file named like a photo.
    const QString photo = dir.filePath(QStringLiteral("mont-cassel.jpg"));
    test::writeCasselPhoto(photo, QColor(0x55, 0x88, 0x44));
    const QString fake = dir.writeFile(QStringLiteral("notes.jpg"), "not a photo");
    QSignalSpy imported(media, &ui::MediathequeDock::imported);
    media->importFiles({photo, fake}, true);
    REQUIRE(imported.wait(20000));
    const auto fiches = imported.first().at(0).value<QList<core::Observation>>();
    const QStringList errors = imported.first().at(1).toStringList();
    REQUIRE(fiches.size() == 1);
    CHECK(fiches.first().commune == QStringLiteral("Nord"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("notes.jpg")));
    // The error is shown without blocking.
    QTRY_VERIFY_WITH_TIMEOUT(f.window->findChild<QMessageBox*>(QStringLiteral("ObservatoryError")) != nullptr, 5000);
    f.window->findChild<QMessageBox*>(QStringLiteral("ObservatoryError"))->close();
    CHECK(liveFiches(atlas) == 23);
    QTRY_VERIFY_WITH_TIMEOUT(media->grid()->count() == 5, 10000);

    QUndoStack* undo = feature->session()->undoStack();
    REQUIRE(undo->canUndo());
    undo->undo();  // the landmark goes; the photo stays in the mediatheque
    CHECK(liveFiches(atlas) == 22);
    undo->redo();
    CHECK(liveFiches(atlas) == 23);
}

TEST_CASE("Save As of an untitled atlas carries its fiches, media files and undo history", "[gui][observatory]")
{
    test::GuiFixture f;  // starts on an untitled atlas in a scratch folder
    test::TempDir dir;
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    REQUIRE(feature);
    ui::ObservatorySession* session = feature->session();
    REQUIRE(session->store());
    core::Observation fiche = core::Observation::create(core::ObservationKind::Project);
    fiche.titleFr = QStringLiteral("Maison de quartier");
    REQUIRE(session->addObservation(fiche));

    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    const QString photo = dir.filePath(QStringLiteral("maison.jpg"));
    REQUIRE(image.save(photo, "JPEG"));
    QSignalSpy imported(feature->mediatheque(), &ui::MediathequeDock::imported);
    feature->mediatheque()->importFiles({photo}, false);
    REQUIRE(imported.wait(20000));
    const QString scratch = session->atlasPath();

    const QString saved = dir.filePath(QStringLiteral("saved.atlas"));
    REQUIRE(f.window->document()->saveAs(saved).ok());
    CHECK(session->atlasPath() == QFileInfo(saved).absoluteFilePath());
    CHECK_FALSE(QFileInfo::exists(scratch));  // the scratch atlas is gone...
    CHECK(liveFiches(saved) == 1);            // ...its fiche and photo are in the new one
    auto store = gis::ObservationStore::open(saved);
    REQUIRE(store.ok());
    const auto media = store.value()->listMedia();
    REQUIRE(media.value().size() == 1);
    CHECK(QFileInfo::exists(gis::MediaStore(saved).filePath(media.value().first().sha256)));

    // The undo history follows the file.
    session->undoStack()->undo();
    CHECK(liveFiches(saved) == 0);
    session->undoStack()->redo();
    CHECK(liveFiches(saved) == 1);
}

TEST_CASE("mark observation as area: clicks and a double click draw it; the map draws the area", "[gui][observatory]")
{
    test::GuiFixture f;
    test::TempDir dir;
    const QString atlas = test::copyDemoAtlas(dir);
    auto* feature = f.window->findChild<ui::ObservatoryFeature*>();
    REQUIRE(feature);
    ui::ObservationsDock* dock = feature->dock();
    REQUIRE(f.window->openAtlas(atlas));
    REQUIRE(waitForList(dock));
    REQUIRE(f.waitForMap());

    bool formSeen = false;
    QObject::connect(feature, &ui::ObservatoryFeature::formOpened, feature, [&](QWidget* form) {
        QTimer::singleShot(0, form, [&formSeen, form] {
            formSeen = true;
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("titleFr")), QStringLiteral("Marais de Guines"));
            QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    });
    QWidget* canvas = f.window->canvas();
    const QPoint c = canvas->rect().center();
    const QImage before = f.window->grab().toImage();
    feature->markAreaAction()->trigger();
    REQUIRE(f.window->canvas()->mapTool() == static_cast<ui::MapTool*>(feature->shapeTool()));
    // A triangle over the empty land south-west of the places.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(-260, 120));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(-60, 140));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(-160, 300));
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, c + QPoint(-160, 300));
    REQUIRE(formSeen);
    CHECK(liveFiches(atlas) == 23);
    REQUIRE(waitForList(dock));
    const core::Observation* added = dock->currentObservation();
    REQUIRE(added);
    CHECK(added->titleFr == QStringLiteral("Marais de Guines"));
    quint32 type = 0;
    REQUIRE(added->geometryWkb.size() > 9);
    std::memcpy(&type, added->geometryWkb.constData() + 1, 4);
    CHECK(type % 1000 == 3);  // a polygon, stored in WGS 84
    QTRY_VERIFY_WITH_TIMEOUT(feature->overlay()->pointCount() == 23, 10000);
    QTest::qWait(50);
    // The area is painted over the map, tinted with the landmarks' blue: points inside the
    // triangle (away from its symbol) turn bluer.
    const QImage shot = f.window->grab().toImage();
    int tinted = 0;
    for (const QPoint offset : {QPoint(-200, 160), QPoint(-100, 165), QPoint(-160, 270), QPoint(-150, 150), QPoint(-120, 200)}) {
        const QPoint inside = canvas->mapTo(f.window.get(), c + offset) * shot.devicePixelRatio();
        const QColor was = before.pixelColor(inside), seen = shot.pixelColor(inside);
        tinted += seen.blue() - seen.red() > was.blue() - was.red() ? 1 : 0;
    }
    CHECK(tinted == 5);
    CHECK(shot.save(outputPng(QStringLiteral("observatory-area-fiche.png"))));
    feature->markAreaAction()->setChecked(false);
    CHECK(f.window->canvas()->mapTool() == nullptr);
}
