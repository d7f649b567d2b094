// The measure tool driven by real mouse and key events on an offscreen canvas:
// distances and areas match the pixels clicked (Lambert-93 metres within its scale
// factor), the double click ends, Esc starts over, and the overlay is drawn.

#include "tool_canvas.h"
#include "ui/tools/measure_tool.h"

#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

using Canvas = test::ToolCanvas;

bool reddish(QRgb c)
{
    return qRed(c) > 150 && qGreen(c) < 120 && qBlue(c) < 140;
}

}  // namespace

TEST_CASE("measuring a distance with clicks and a double click", "[gui][tools][measure]")
{
    Canvas c;
    auto* tool = new ui::MeasureTool(&c.canvas, ui::MeasureTool::Mode::Distance);
    c.canvas.setMapTool(tool);
    QSignalSpy spy(tool, &ui::MeasureTool::measured);
    const double mpp = c.metresPerPixel();

    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(&c.canvas, QPoint(300, 100));
    // While moving, the last segment follows the cursor.
    CHECK(tool->length() == Approx(200 * mpp).epsilon(0.005));
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 100));
    QTest::mouseMove(&c.canvas, QPoint(300, 400));
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 400));
    QTest::mouseDClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 400));
    CHECK(tool->isFinished());
    CHECK(tool->length() == Approx(500 * mpp).epsilon(0.005));
    REQUIRE_FALSE(spy.isEmpty());
    CHECK(spy.last().at(2).toBool());
    CHECK(spy.last().at(0).toDouble() == Approx(tool->length()));
    CHECK(tool->resultText().endsWith(QStringLiteral("km")));

    // The path and its label are drawn over the map.
    const QImage shot = c.canvas.grab().toImage();
    CHECK(reddish(shot.pixel(QPoint(200, 100) * shot.devicePixelRatio())));
    CHECK(reddish(shot.pixel(QPoint(300, 250) * shot.devicePixelRatio())));

    // A new click starts a new measure; Esc clears it.
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(500, 500));
    CHECK(tool->points().size() == 1);
    CHECK_FALSE(tool->isFinished());
    QTest::keyClick(&c.canvas, Qt::Key_Escape);
    CHECK(tool->points().isEmpty());
    CHECK(tool->length() == 0);
}

TEST_CASE("measuring an area", "[gui][tools][measure]")
{
    Canvas c;
    auto* tool = new ui::MeasureTool(&c.canvas, ui::MeasureTool::Mode::Area);
    c.canvas.setMapTool(tool);
    const double mpp = c.metresPerPixel();
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 100));
    QTest::mouseClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseDClick(&c.canvas, Qt::LeftButton, {}, QPoint(300, 300));
    REQUIRE(tool->isFinished());
    const double side = 200 * mpp;
    CHECK(tool->area() == Approx(side * side / 2).epsilon(0.006));
    CHECK(tool->length() == Approx(side * (2 + std::sqrt(2.0))).epsilon(0.005));
    CHECK(tool->resultText().contains(QStringLiteral("km²")));
}
