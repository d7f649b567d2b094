#include "overlay_bench.h"

#include "ui/canvas/map_canvas.h"
#include "ui/observatory/observation_overlay.h"
#include "ui/window/main_window.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace atlas::app {
namespace {

struct Timing {
    std::vector<double> wallMs, cpuMs;
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Paints the overlay into an image of its size, as the screen would get it. The UI
// thread's CPU time is kept too: on a busy machine the wall clock also counts waiting.
void timedPaint(ui::ObservationOverlay* overlay, Timing& timing)
{
    QImage image(overlay->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    overlay->render(&image);
    timing.cpuMs.push_back(threadCpuMs() - cpu);
    timing.wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char* frame, const Timing& t)
{
    std::printf("%-12s frames %2zu  median %6.2f ms  max %6.2f ms  (UI thread CPU: median %6.2f ms)\n", frame,
                t.wallMs.size(), median(t.wallMs), *std::max_element(t.wallMs.begin(), t.wallMs.end()),
                median(t.cpuMs));
}

void run(ui::MainWindow* window, ui::ObservationOverlay* overlay)
{
    ui::MapCanvas* canvas = window->canvas();
    const QRectF all = overlay->pointsBounds();
    std::printf("%d fiches on the map, canvas %dx%d\n", overlay->pointCount(), canvas->width(), canvas->height());
    Timing full, zoom, pan;
    canvas->setExtent({all.left(), all.top(), all.right(), all.bottom()});
    // Too many fiches for symbols: the first paint asks a worker for the dots.
    QElapsedTimer dots;
    dots.start();
    timedPaint(overlay, full);
    while (overlay->dotsPending())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    std::printf("dots of the full extent drawn in a worker in %.1f ms\n", double(dots.nsecsElapsed()) / 1e6);
    for (int i = 0; i < 3; ++i)
        timedPaint(overlay, full);
    // 1 % of the area: a tenth of each side, around the centre.
    const QPointF c = all.center();
    const double w = all.width() / 20, h = all.height() / 20;
    canvas->setExtent({c.x() - w, c.y() - h, c.x() + w, c.y() + h});
    for (int i = 0; i < 3; ++i)
        timedPaint(overlay, zoom);
    for (int i = 0; i < 20; ++i) {
        canvas->panByPixels(QPointF(i % 2 ? -37 : 53, i % 3 ? 21 : -29));
        timedPaint(overlay, pan);
    }
    report("full extent", full);
    report("1 % zoom", zoom);
    report("pan", pan);
    QCoreApplication::exit(0);
}

}  // namespace

void scheduleOverlayBenchmark(ui::MainWindow* window, int timeoutMs)
{
    auto* overlay = window->canvas()->findChild<ui::ObservationOverlay*>();
    if (!overlay) {
        std::fprintf(stderr, "atlas: no fiche overlay on the map\n");
        QTimer::singleShot(0, [] { QCoreApplication::exit(1); });
        return;
    }
    window->resize(1920, 1080);  // the reference frame size of the rendering benchmarks
    QObject::connect(overlay, &ui::ObservationOverlay::reloaded, window, [window, overlay] {
        // Once the docks have listed the fiches too: the frames are timed on a quiet UI thread.
        if (overlay->pointCount() > 0)
            QTimer::singleShot(3000, window, [window, overlay] { run(window, overlay); });
    });
    QTimer::singleShot(timeoutMs, window, [timeoutMs] {
        std::fprintf(stderr, "atlas: no fiche was loaded on the map within %d ms\n", timeoutMs);
        QCoreApplication::exit(1);
    });
}

}  // namespace atlas::app
