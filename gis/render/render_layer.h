#pragma once
// What a worker needs to draw one layer, resolved from the document: a plain value.

#include "core/model/atlas_document.h"
#include "gis/tiles/tile_service_dataset.h"

#include <QList>
#include <QString>

namespace atlas::gis {

struct RenderLayer {
    // Brace lists of the first five fields keep working: the credit is for basemaps only.
    RenderLayer(QString name = {}, QString path = {}, QString layerName = {},
                core::LayerKind kind = core::LayerKind::Vector, core::LayerStyle style = {}, QString attribution = {})
        : name(std::move(name)), path(std::move(path)), layerName(std::move(layerName)), kind(kind),
          style(std::move(style)), attribution(std::move(attribution))
    {
    }

    QString name;
    // Absolute path of the data file (the atlas itself for owned tables); for a tile
    // service, the GDAL description of it.
    QString path;
    QString layerName;  // OGR layer or table
    core::LayerKind kind;
    core::LayerStyle style;
    QString attribution;  // basemaps: the credit shown on the map
};

// The visible layers of `doc`, bottom first, with paths resolved against the atlas file;
// tile services keep their tiles under `tileCacheDir`.
QList<RenderLayer> renderLayersOf(const core::AtlasDocument& doc, const QString& atlasPath,
                                  const QString& tileCacheDir = defaultTileCacheDir());
// The union of the layers' extents, transformed to `crs`; null if none is known.
// Basemaps cover the world: they are left out.
core::Extent extentOfLayers(const QList<RenderLayer>& layers, const QString& crs);

}  // namespace atlas::gis
