#include "gis/formats/web_bundle_tiles.h"

#include "gis/render/map_renderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas::gis {

namespace {

constexpr double kHalfWorld = 20037508.342789244;  // metres, half the Web Mercator span
constexpr double kMaxLatitude = 85.0511287798066;
constexpr int kTileSize = 256;

int tileX(double lon, int z)
{
    const int n = 1 << z;
    return std::clamp(int(std::floor((lon + 180.0) / 360.0 * n)), 0, n - 1);
}

int tileY(double lat, int z)
{
    const int n = 1 << z;
    const double rad = std::clamp(lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double y = (1.0 - std::asinh(std::tan(rad)) / std::numbers::pi) / 2.0 * n;
    return std::clamp(int(std::floor(y)), 0, n - 1);
}

bool isBlank(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(line[x]) != 0)
                return false;
    }
    return true;
}

}  // namespace

QList<TileCoord> tilesCovering(const core::Extent& lonLat, int minZoom, int maxZoom)
{
    QList<TileCoord> tiles;
    if (lonLat.isNull())
        return tiles;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const int x0 = tileX(lonLat.xMin, z), x1 = tileX(lonLat.xMax, z);
        const int y0 = tileY(lonLat.yMax, z), y1 = tileY(lonLat.yMin, z);  // rows grow southwards
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                tiles << TileCoord{z, x, y};
    }
    return tiles;
}

core::Extent tileExtent(const TileCoord& tile)
{
    const double size = 2 * kHalfWorld / double(1 << tile.z);
    const double xMin = -kHalfWorld + tile.x * size;
    const double yMax = kHalfWorld - tile.y * size;
    return {xMin, yMax - size, xMin + size, yMax};
}

TileRenderOutcome renderTiles(const RenderLayer& layer, const QList<TileCoord>& tiles, const QString& dir,
                              const std::atomic<bool>& cancel, const std::function<void(int done)>& progress)
{
    RenderLayer tiled = layer;
    tiled.style.labelField.clear();  // labels would be cut at tile edges
    const QList<RenderLayer> layers{tiled};

    TileRenderOutcome outcome;
    QMutex mutex;
    std::atomic<int> done{0};
    auto renderOne = [&](const TileCoord& tile) {
        if (cancel.load())
            return;
        MapSettings settings;
        settings.crs = QStringLiteral("EPSG:3857");
        settings.outputSize = QSize(kTileSize, kTileSize);
        settings.extent = tileExtent(tile);
        settings.background = Qt::transparent;
        const RenderResult result = renderMap(layers, settings, cancel);
        if (!result.errors.isEmpty()) {
            const QMutexLocker lock(&mutex);
            if (outcome.errors.size() < 5)
                outcome.errors << result.errors.first();
        } else if (!result.cancelled && !isBlank(result.image)) {
            const QString folder = QStringLiteral("%1/%2/%3").arg(dir).arg(tile.z).arg(tile.x);
            QDir().mkpath(folder);
            const QString path = QStringLiteral("%1/%2.png").arg(folder).arg(tile.y);
            const bool saved = result.image.save(path, "PNG");
            const QMutexLocker lock(&mutex);
            if (saved)
                outcome.written << tile;
            else
                outcome.errors << core::Error{path, {}, QCoreApplication::translate("atlas::gis", "cannot write the tile")};
        }
        ++done;
    };
    // Our own pool: Qt's painting and image code uses the global pool, and a UI thread
    // waiting for it must never wait behind thousands of tiles.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QFuture<void> future = QtConcurrent::map(&pool, tiles, renderOne);
    while (!future.isFinished()) {
        if (progress)
            progress(done.load());
        QThread::msleep(40);
    }
    future.waitForFinished();
    if (progress)
        progress(done.load());
    outcome.cancelled = cancel.load();
    return outcome;
}

}  // namespace atlas::gis
