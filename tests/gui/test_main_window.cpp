// The main window on real atlases: the demo draws, bad files are refused with a
// clear message and nothing changes, saving round-trips, languages switch live.

#include "gui/gui_fixture.h"
#include "gis/store/atlas_store.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/docks/layers_dock.h"
#include "ui/document/document_controller.h"
#include "ui/window/file_actions.h"
#include "ui/window/map_status_bar.h"

#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;
using atlas::test::GuiFixture;

namespace {

// Closes the non-blocking error boxes a failed action leaves open.
void closeMessageBoxes()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
    for (QWidget* w : QApplication::allWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
}

QByteArray nordSquare()
{
    using namespace atlas::test::geojson;
    return featureCollection({feature(polygon({{{2.9, 50.5}, {3.2, 50.5}, {3.2, 50.7}, {2.9, 50.7}, {2.9, 50.5}}}),
                                      R"({"name":"Lille"})")});
}

}  // namespace

TEST_CASE("the demo atlas opens and its map is drawn", "[gui]")
{
    GuiFixture f;
    REQUIRE(f.window->openAtlas(test::demoAtlasPath()));
    REQUIRE(f.waitForMap());
    const QImage map = f.window->canvas()->lastRenderedImage();
    REQUIRE_FALSE(map.isNull());
    CHECK(test::nonBackgroundShare(map) > 0.1);  // a blank map scores 0
    CHECK(f.window->document()->document().layers.size() >= 3);
    CHECK(f.window->document()->document().crs == QStringLiteral("EPSG:2154"));
    // The whole window grab shows the map too, not a blank widget.
    CHECK(test::nonBackgroundShare(f.window->grab().toImage()) > 0.1);
    CHECK(f.window->mapStatusBar()->scaleText().startsWith(QStringLiteral("Scale 1:")));
}

TEST_CASE("bad atlas files are refused with the file and the reason", "[gui][bad-input]")
{
    GuiFixture f;
    test::TempDir dir;
    // A real atlas cut to half its size.
    const QString truncated = dir.filePath(QStringLiteral("cut.atlas"));
    REQUIRE(gis::createAtlas(truncated, core::AtlasDocument{}).ok());
    const QByteArray whole = test::readAll(truncated);
    REQUIRE(whole.size() > 4096);
    dir.writeFile(QStringLiteral("cut.atlas"), whole.left(whole.size() / 2));
    struct Case {
        QString path;
        QStringList reasons;  // any of them
    };
    const QList<Case> cases = {
        {dir.filePath(QStringLiteral("missing.atlas")), {QStringLiteral("file not found")}},
        {dir.writeFile(QStringLiteral("empty.atlas"), {}), {QStringLiteral("empty")}},
        {truncated, {QStringLiteral("damaged"), QStringLiteral("not an atlas")}},
        {dir.writeFile(QStringLiteral("notes.atlas"), "just some text, not geodata\n"), {QStringLiteral("not an atlas")}},
    };
    for (const Case& c : cases) {
        INFO(c.path.toStdString());
        const QString before = f.window->document()->workingPath();
        QSignalSpy errors(f.window->fileActions(), &ui::FileActions::errorReported);
        CHECK_FALSE(f.window->openAtlas(c.path));
        REQUIRE(errors.count() == 1);
        const QString message = errors.first().first().toString();
        CHECK(message.contains(c.path));
        CHECK(std::any_of(c.reasons.begin(), c.reasons.end(), [&](const QString& r) { return message.contains(r); }));
        CHECK(f.window->document()->workingPath() == before);  // the open atlas is untouched
        closeMessageBoxes();
    }
}

TEST_CASE("adding a bad file as a layer reports it and adds nothing", "[gui][bad-input]")
{
    GuiFixture f;
    test::TempDir dir;
    const QString garbage = dir.writeFile(QStringLiteral("broken.geojson"), "{ this is not json");
    const QString picture = dir.filePath(QStringLiteral("photo.png"));
    QImage(8, 8, QImage::Format_RGB32).save(picture);
    for (const QString& path : {garbage, picture}) {
        QSignalSpy errors(f.window->fileActions(), &ui::FileActions::errorReported);
        f.window->fileActions()->openOrAddFiles({path});
        REQUIRE(errors.count() == 1);
        CHECK(errors.first().first().toString().contains(path));
        CHECK(f.window->document()->document().layers.isEmpty());
        closeMessageBoxes();
    }
}

TEST_CASE("files dropped on the window become layers", "[gui]")
{
    GuiFixture f;
    test::TempDir dir;
    const QString file = dir.writeFile(QStringLiteral("lille.geojson"), nordSquare());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint centre = f.window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    REQUIRE(f.window->document()->document().layers.size() == 1);
    CHECK(f.window->document()->document().layers.first().name == QStringLiteral("lille"));
    CHECK(f.window->isWindowModified());
}

TEST_CASE("an atlas saved from the window reopens the same", "[gui]")
{
    GuiFixture f;
    test::TempDir dir;
    const QString file = dir.writeFile(QStringLiteral("data/lille.geojson"), nordSquare());
    ui::DocumentController* doc = f.window->document();
    REQUIRE(doc->addLayersFromFile(file).ok());
    doc->setCrs(QStringLiteral("EPSG:31370"));
    const QString atlas = dir.filePath(QStringLiteral("saved.atlas"));
    REQUIRE(doc->saveAs(atlas).ok());
    CHECK_FALSE(doc->isModified());

    GuiFixture other;
    REQUIRE(other.window->openAtlas(atlas));
    const core::AtlasDocument& reopened = other.window->document()->document();
    CHECK(reopened.crs == QStringLiteral("EPSG:31370"));
    REQUIRE(reopened.layers.size() == 1);
    CHECK(reopened.layers.first().sourcePath == file);
    REQUIRE(other.waitForMap());
    CHECK(test::nonBackgroundShare(other.window->canvas()->lastRenderedImage()) > 0.01);
}

TEST_CASE("the interface language switches live", "[gui][i18n]")
{
    GuiFixture f;
    QMenu* fileMenu = f.window->menuBar()->actions().first()->menu();
    REQUIRE(fileMenu->title() == QStringLiteral("&File"));
    // Qt posts LanguageChange to the widgets: let the event loop deliver it.
    auto switchTo = [&](const char* code) {
        f.languages->setPreference(QString::fromLatin1(code));
        QCoreApplication::processEvents();
        return fileMenu->title();
    };
    CHECK(switchTo("fr") == QStringLiteral("&Fichier"));
    CHECK(f.languages->activeLanguage() == QStringLiteral("fr"));
    CHECK(f.window->layersDock()->windowTitle() == QStringLiteral("Couches"));
    CHECK(switchTo("nl") == QStringLiteral("&Bestand"));
    CHECK(f.window->layersDock()->windowTitle() == QStringLiteral("Kaartlagen"));
    CHECK(switchTo("en") == QStringLiteral("&File"));
}
