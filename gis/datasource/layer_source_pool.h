#pragma once
// Render workers open the same vector layers for every frame. Opening a GeoPackage (GDAL's
// dataset and our SQLite connection) costs about 5 ms. Sources a frame is done with wait here
// for the next frame, if they can tell that their data has not changed meanwhile
// (LayerSource::unchangedSinceOpened: GeoPackage and SpatiaLite tables).

#include "gis/datasource/layer_source.h"

namespace atlas::gis {

// Like openLayerSource; the source goes back to the pool when the returned object is destroyed.
core::Result<std::unique_ptr<LayerSource>> openPooledLayerSource(const QString& path, const QString& layer,
                                                                 core::LayerKind kind);

// How many sources the pool has opened and lent again so far (tests and benchmarks).
struct LayerSourcePoolCounts {
    qint64 opened = 0;
    qint64 reused = 0;
};
LayerSourcePoolCounts layerSourcePoolCounts();

}  // namespace atlas::gis
