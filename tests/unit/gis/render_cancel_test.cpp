// A superseded render stops within 20 ms: from RenderJob::cancel() to its `finished`
// signal, on a generated layer heavy enough that a frame takes a good second.

#include "gis/render/lod_cache.h"
#include "gis/render/render_job.h"
#include "generated_layers.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>

using namespace atlas;
using namespace atlas::test;

namespace {

// Milliseconds from cancel() to `finished`, for a job cancelled `afterMs` after it started.
double cancelLatency(const QList<gis::RenderLayer>& layers, const gis::MapSettings& settings, int afterMs)
{
    gis::RenderJob job(layers, settings);
    QEventLoop loop;
    QElapsedTimer sinceCancel;
    double latency = -1;
    bool cancelled = false;
    QObject::connect(&job, &gis::RenderJob::finished, &loop, [&](const gis::RenderResult& r) {
        latency = sinceCancel.isValid() ? double(sinceCancel.nsecsElapsed()) / 1e6 : -1;
        cancelled = r.cancelled;
        loop.quit();
    });
    job.start();
    QTimer::singleShot(afterMs, &loop, [&] {
        CHECK(job.isRunning());  // still drawing: the frame is heavy enough
        sinceCancel.start();
        job.cancel();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(cancelled);
    return latency;
}

}  // namespace

TEST_CASE("a superseded render is cancelled within 20 ms", "[gis][render][cancel]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.gpkg"));
    REQUIRE(writeGeneratedLayer(path, GeneratedKind::Lines, 80000, 7));
    core::LayerStyle style;
    style.strokeWidth = 0.98;
    const QList<gis::RenderLayer> layers{{QStringLiteral("lines"), path, {}, core::LayerKind::Vector, style}};
    gis::MapSettings settings;
    settings.crs = QStringLiteral("EPSG:4326");
    settings.outputSize = QSize(1920, 1080);
    settings.extent = core::Extent{kGeneratedXMin, kGeneratedYMin, kGeneratedXMax, kGeneratedYMax};

    struct Case {
        const char* name;
        core::Extent extent;
        bool levelOfDetail;
    };
    const core::Extent full = settings.extent;
    for (const Case& c : {Case{"full extent, exact", full, false},
                          // A frame on part of the layer: ids gathered from the R-tree first.
                          Case{"half the area, exact", core::Extent{2.0, 50.3, 3.0, 51.0}, false},
                          // The first frame waits for the level-of-detail copy being built.
                          Case{"full extent, level being built", full, true}}) {
        INFO(c.name);
        settings.extent = c.extent;
        settings.levelOfDetail = c.levelOfDetail;
        QList<double> latencies;
        for (int afterMs : {30, 80, 130, 200, 280}) {
            gis::LodCache::instance().clear();
            latencies << cancelLatency(layers, settings, afterMs);
        }
        std::sort(latencies.begin(), latencies.end());
        QStringList shown;
        for (double ms : latencies)
            shown << QString::number(ms, 'f', 1);
        INFO("cancel to finished: " << shown.join(QStringLiteral(", ")).toStdString() << " ms");
        CHECK(latencies.front() >= 0);
        CHECK(latencies[2] <= 20);      // the median
        CHECK(latencies.back() <= 80);  // a busy machine may delay a thread's wake-up
        if (qEnvironmentVariableIsSet("ATLAS_PRINT_LATENCIES"))
            qInfo("%s: %s ms", c.name, qPrintable(shown.join(QStringLiteral(", "))));
    }
}
