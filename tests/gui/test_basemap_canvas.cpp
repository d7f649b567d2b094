// Basemaps in the window: File › Add basemap… with a tile server on loopback, tiles on
// the canvas, the attribution painted over it, and a slow server never freezing the UI.

#include "gui/gui_fixture.h"
#include "support/image_compare.h"
#include "support/loopback_tile_server.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/add_basemap_dialog.h"
#include "ui/document/document_controller.h"
#include "ui/window/basemap_actions.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

const QColor kTileColour(60, 160, 90);

// Frames the canvas on Lille, where the loopback tiles are asked for.
void showLille(ui::MainWindow& window)
{
    window.canvas()->setExtent(core::Extent{694000, 7050000, 714000, 7070000});
}

ui::AddBasemapDialog* openDialog(ui::MainWindow& window)
{
    QAction* action = window.findChild<QAction*>(QStringLiteral("addBasemapAction"));
    REQUIRE(action);
    REQUIRE(window.menuBar()->actions().first()->menu()->actions().contains(action));
    action->trigger();
    auto* dialog = window.findChild<ui::AddBasemapDialog*>();
    REQUIRE(dialog);
    return dialog;
}

}  // namespace

TEST_CASE("a tile basemap added from the File menu shows its tiles and its attribution", "[gui][basemap]")
{
    test::TempDir dir;
    qputenv("ATLAS_TILE_CACHE", dir.makeDir(QStringLiteral("cache")).toUtf8());
    test::LoopbackTileServer server(kTileColour);
    REQUIRE(server.isListening());
    test::GuiFixture f;
    f.window->resize(1000, 650);
    showLille(*f.window);

    ui::AddBasemapDialog* dialog = openDialog(*f.window);
    dialog->chooseTileUrl(QStringLiteral("ftp://nowhere/{z}/{x}/{y}.png"), {});
    dialog->accept();  // refused, with the reason shown
    CHECK(dialog->isVisible());
    CHECK(dialog->findChildren<QLabel*>().size() > 0);
    CHECK(f.window->document()->document().layers.isEmpty());

    dialog->chooseTileUrl(server.urlTemplate(), QStringLiteral("© Tuiles de test"));
    dialog->accept();
    const QList<core::LayerSpec>& layers = f.window->document()->document().layers;
    REQUIRE(layers.size() == 1);
    CHECK(layers[0].kind == core::LayerKind::Basemap);
    REQUIRE(f.waitForMap());
    ui::MapCanvas* canvas = f.window->canvas();
    const QImage& map = canvas->lastRenderedImage();
    CHECK(test::colourNear(map.pixel(map.width() / 2, map.height() / 2), kTileColour.rgba(), 6));
    CHECK(server.tilesServed() > 0);
    CHECK(canvas->attributions() == QStringList{QStringLiteral("© Tuiles de test")});

    // The credit is painted over the bottom-right corner of the canvas.
    const QImage shown = canvas->grab().toImage();
    int other = 0;
    for (int y = shown.height() - 14; y < shown.height(); ++y)
        for (int x = shown.width() - 60; x < shown.width(); ++x)
            other += !test::colourNear(shown.pixel(x, y), kTileColour.rgba(), 30);
    CHECK(other > 200);
    CHECK(test::colourNear(shown.pixel(10, 10), kTileColour.rgba(), 6));
    CHECK(f.window->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/basemap_window.png")));
    f.window->document()->removeLayer(layers[0].identity.uuid);
    REQUIRE(f.waitForMap());
    CHECK(canvas->attributions().isEmpty());
    qunsetenv("ATLAS_TILE_CACHE");
}

TEST_CASE("a WMTS layer is chosen from the layers the dialog read, and drawn in Lambert-93", "[gui][basemap][wmts]")
{
    test::TempDir dir;
    qputenv("ATLAS_TILE_CACHE", dir.makeDir(QStringLiteral("cache")).toUtf8());
    test::LoopbackTileServer server(kTileColour);
    REQUIRE(server.isListening());
    test::GuiFixture f;
    f.window->resize(1000, 650);
    showLille(*f.window);

    ui::AddBasemapDialog* dialog = openDialog(*f.window);
    dialog->chooseWmts(server.wmtsCapabilitiesUrl());
    dialog->accept();  // no layer read yet: refused, the dialog stays
    CHECK(dialog->isVisible());
    CHECK(f.window->document()->document().layers.isEmpty());

    QSignalSpy read(dialog, &ui::AddBasemapDialog::wmtsLayersRead);
    dialog->readWmtsLayers();  // in a worker: the window keeps answering
    REQUIRE(read.wait(10000));
    CHECK(read.first().first().toString().isEmpty());
    REQUIRE(dialog->wmtsLayerBox()->count() == 1);
    CHECK(dialog->wmtsLayerBox()->currentText() == QStringLiteral("Plan de test (plan)"));
    CHECK(dialog->grab().save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/add_basemap_wmts.png")));
    dialog->accept();
    const QList<core::LayerSpec>& layers = f.window->document()->document().layers;
    REQUIRE(layers.size() == 1);
    CHECK(layers[0].basemap.type == core::BasemapType::Wmts);
    CHECK(layers[0].basemap.wmtsMatrixSet == QStringLiteral("LAMB93"));
    REQUIRE(f.waitForMap());
    const QImage& map = f.window->canvas()->lastRenderedImage();
    CHECK(test::colourNear(map.pixel(map.width() / 2, map.height() / 2), kTileColour.rgba(), 6));
    CHECK(server.tilesServed() > 0);
    qunsetenv("ATLAS_TILE_CACHE");
}

TEST_CASE("a slow tile server does not freeze the window", "[gui][basemap]")
{
    test::TempDir dir;
    qputenv("ATLAS_TILE_CACHE", dir.makeDir(QStringLiteral("cache")).toUtf8());
    test::LoopbackTileServer slow(kTileColour, 700);
    REQUIRE(slow.isListening());
    test::GuiFixture f;
    f.window->resize(800, 600);
    showLille(*f.window);
    REQUIRE(f.waitForMap());

    ui::AddBasemapDialog* dialog = openDialog(*f.window);
    dialog->chooseTileUrl(slow.urlTemplate(), QStringLiteral("© Lent"));
    dialog->accept();
    QSignalSpy finished(f.window->canvas(), &ui::MapCanvas::renderFinished);
    // The event loop keeps turning while the tiles take their time.
    QElapsedTimer clock, sinceTick;
    clock.start();
    sinceTick.start();
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    ticker.start(10);
    REQUIRE(finished.wait(30000));
    ticker.stop();
    INFO("render took " << clock.elapsed() << " ms, longest pause of the event loop " << longestGap << " ms");
    CHECK(clock.elapsed() >= 600);  // the server's delay was really in the way
    CHECK(longestGap < 250);
    const QImage& map = f.window->canvas()->lastRenderedImage();
    CHECK(test::colourNear(map.pixel(map.width() / 2, map.height() / 2), kTileColour.rgba(), 6));
    f.window->document()->removeLayer(f.window->document()->document().layers[0].identity.uuid);
    REQUIRE(f.waitForMap());
    qunsetenv("ATLAS_TILE_CACHE");
}
