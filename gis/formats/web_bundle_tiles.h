#pragma once
// Renders a heavy layer into XYZ PNG tiles (Web Mercator, 256 px) with our own renderer,
// so that the bundle shows a million features as images that open instantly.

#include "core/model/error.h"
#include "core/model/extent.h"
#include "gis/render/render_layer.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace atlas::gis {

struct TileCoord {
    int z = 0, x = 0, y = 0;
};

// The tiles of zoom levels minZoom..maxZoom that cover `lonLat` (clamped to Web Mercator).
QList<TileCoord> tilesCovering(const core::Extent& lonLat, int minZoom, int maxZoom);
// The tile's extent in EPSG:3857 metres.
core::Extent tileExtent(const TileCoord& tile);

struct TileRenderOutcome {
    QList<TileCoord> written;  // tiles with something drawn; empty tiles are not written
    QList<core::Error> errors;
    bool cancelled = false;
};

// Renders `tiles` of `layer` into dir/z/x/y.png on the global thread pool; the calling
// thread waits, calling `progress(done)` every few tiles, and stops early on `cancel`.
TileRenderOutcome renderTiles(const RenderLayer& layer, const QList<TileCoord>& tiles, const QString& dir,
                              const std::atomic<bool>& cancel, const std::function<void(int done)>& progress);

}  // namespace atlas::gis
