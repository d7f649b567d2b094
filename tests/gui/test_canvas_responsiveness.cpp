// While a slow layer renders, a pan with real mouse events shows the shifted cached
// image at once and the UI thread keeps servicing its event loop (a 5 ms timer).

#include "generated_layers.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "ui/canvas/map_canvas.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace atlas;
using namespace atlas::test;

namespace {

// Share of sampled pixels of `shown` equal to `image` moved by `offset`.
double shiftedMatch(const QImage& shown, const QImage& image, QPoint offset)
{
    int same = 0, total = 0;
    for (int y = 20; y < shown.height() - 20; y += 7)
        for (int x = 20; x < shown.width() - 20; x += 7) {
            const QPoint from = QPoint(x, y) - offset;
            if (!image.rect().contains(from))
                continue;
            ++total;
            same += shown.pixel(x, y) == image.pixel(from) ? 1 : 0;
        }
    return total > 0 ? double(same) / total : 0;
}

}  // namespace

TEST_CASE("a pan shows the cached frame at once and the UI stays responsive while a slow layer renders",
          "[gui][canvas]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.gpkg"));
    REQUIRE(writeGeneratedLayer(path, GeneratedKind::Lines, 80000, 3));
    core::LayerStyle style;
    style.strokeWidth = 0.98;
    style.labelField = QStringLiteral("category");  // labelled: every frame is drawn from the data
    ui::MapCanvas canvas;
    canvas.resize(800, 500);
    canvas.show();
    REQUIRE(QTest::qWaitForWindowExposed(&canvas));
    canvas.setCrs(QStringLiteral("EPSG:4326"));
    QSignalSpy finished(&canvas, &ui::MapCanvas::renderFinished);
    canvas.setLayers({{QStringLiteral("lines"), path, {}, core::LayerKind::Vector, style}});
    canvas.setExtent(core::Extent{kGeneratedXMin, kGeneratedYMin, kGeneratedXMax, kGeneratedYMax});
    REQUIRE(finished.wait(60000));
    const QImage before = canvas.lastRenderedImage();
    QImage blank(before.size(), before.format());
    blank.fill(before.pixel(0, 0));
    REQUIRE(shiftedMatch(before, blank, {}) < 0.8);  // the lines are drawn

    // The UI thread's heartbeat while the drag goes on and frames render behind it.
    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = 0, worstGap = 0;
    int beatsWhileRendering = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - lastBeat);
        lastBeat = now;
        beatsWhileRendering += canvas.isRendering() ? 1 : 0;
    });
    heartbeat.start();

    QPoint at(400, 250);
    QTest::mousePress(&canvas, Qt::LeftButton, {}, at);
    QElapsedTimer handling;
    handling.start();
    QTest::mouseMove(&canvas, at + QPoint(30, 10));
    const qint64 moveMs = handling.elapsed();
    at += QPoint(30, 10);
    // At once: the old frame, moved by the drag, while the exact frame is still to come.
    CHECK(canvas.hasPendingRender());
    const QImage shown = canvas.grab().toImage();
    CHECK(shiftedMatch(shown, before, QPoint(30, 10)) > 0.99);
    CHECK(moveMs < 30);

    qint64 worstMove = 0;
    int superseded = 0, stoppedAtOnce = 0;
    for (int i = 0; i < 12; ++i) {
        QTest::qWait(60);  // renders start and are superseded by the next move
        const bool wasRendering = canvas.isRendering();
        handling.restart();
        at += QPoint(i % 2 ? 8 : -5, 6);
        QTest::mouseMove(&canvas, at);
        worstMove = std::max(worstMove, handling.elapsed());
        // The superseded frame stops before the next one starts (the render timer is 25 ms).
        if (wasRendering) {
            ++superseded;
            stoppedAtOnce += QTest::qWaitFor([&] { return !canvas.isRendering(); }, 20) ? 1 : 0;
        }
    }
    INFO(superseded << " frames superseded while drawing, " << stoppedAtOnce << " stopped within 20 ms");
    CHECK(superseded > 0);
    CHECK(stoppedAtOnce * 2 >= superseded);
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, at);
    REQUIRE(finished.wait(60000));
    heartbeat.stop();
    INFO("worst gap between 5 ms heartbeats " << worstGap << " ms, worst mouse move " << worstMove << " ms, "
                                              << beatsWhileRendering << " beats during renders");
    CHECK(beatsWhileRendering > 20);  // the layer was being drawn during the drag
    CHECK(worstGap <= 50);
    CHECK(worstMove < 30);
    // The exact frame of where the drag ended arrived.
    CHECK(canvas.lastRenderedImage().size() == before.size());
    CHECK(finished.constLast().first().value<gis::RenderResult>().settings.extent == canvas.extent());
}
