// Map navigation with real mouse events: drag pans by exactly the dragged distance,
// the wheel zooms around the cursor, and a CRS change keeps the same place in view.

#include "gui/gui_fixture.h"
#include "support/test_support.h"
#include "gis/crs/crs_transform.h"
#include "ui/canvas/map_canvas.h"
#include "ui/document/document_controller.h"
#include "ui/tools/measure_tool.h"

#include <QAction>
#include <QStatusBar>

#include <QTest>
#include <QWheelEvent>

using namespace atlas;

TEST_CASE("dragging pans and the wheel zooms around the cursor", "[gui]")
{
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(test::demoAtlasPath()));
    REQUIRE(f.waitForMap());
    ui::MapCanvas* canvas = f.window->canvas();
    const gis::MapSettings before = canvas->mapSettings();
    const double upp = before.unitsPerPixel();

    SECTION("drag")
    {
        const QPoint from(200, 200), to(300, 150);
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, QPoint(250, 180));
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        const core::Extent after = canvas->extent();
        CHECK(after.xMin == Approx(before.extent.xMin - 100 * upp));
        CHECK(after.yMax == Approx(before.extent.yMax - 50 * upp));
        CHECK(after.width() == Approx(before.extent.width()));
        REQUIRE(f.waitForMap());
    }
    SECTION("wheel")
    {
        const QPointF cursor(150, 120);
        const QPointF anchorBefore = before.toMap(cursor);
        QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        const gis::MapSettings after = canvas->mapSettings();
        CHECK(after.unitsPerPixel() == Approx(upp / 1.25));
        const QPointF anchorAfter = after.toMap(cursor);
        CHECK(anchorAfter.x() == Approx(anchorBefore.x()).margin(upp * 0.01));
        CHECK(anchorAfter.y() == Approx(anchorBefore.y()).margin(upp * 0.01));
    }
    SECTION("changing the project CRS keeps the place in view")
    {
        const gis::CrsTransform toWgs(before.crs, QStringLiteral("EPSG:4326"));
        double lon = before.extent.center().x(), lat = before.extent.center().y();
        REQUIRE(toWgs.transformPoint(lon, lat));
        f.window->document()->setCrs(QStringLiteral("EPSG:31370"));
        REQUIRE(f.waitForMap());
        const gis::MapSettings after = canvas->mapSettings();
        CHECK(after.crs == QStringLiteral("EPSG:31370"));
        const gis::CrsTransform back(after.crs, QStringLiteral("EPSG:4326"));
        double lon2 = after.extent.center().x(), lat2 = after.extent.center().y();
        REQUIRE(back.transformPoint(lon2, lat2));
        CHECK(lon2 == Approx(lon).margin(0.05));
        CHECK(lat2 == Approx(lat).margin(0.05));
        CHECK(test::nonBackgroundShare(canvas->lastRenderedImage()) > 0.1);
    }
}

TEST_CASE("View › Measure distance measures with real clicks and gives the map back", "[gui]")
{
    test::GuiFixture f;
    REQUIRE(f.window->openAtlas(test::demoAtlasPath()));
    REQUIRE(f.waitForMap());
    QAction* measure = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>())
        if (a->text() == QStringLiteral("Measure &distance"))
            measure = a;
    REQUIRE(measure);
    measure->trigger();
    ui::MapCanvas* canvas = f.window->canvas();
    auto* tool = qobject_cast<ui::MeasureTool*>(canvas->mapTool());
    REQUIRE(tool);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(300, 100));
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, QPoint(300, 100));
    CHECK(tool->isFinished());
    // 200 pixels at the demo's scale are tens of kilometres.
    CHECK(tool->length() > 10000);
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("km")));
    measure->trigger();  // off again: back to panning
    CHECK(canvas->mapTool() == nullptr);
}
