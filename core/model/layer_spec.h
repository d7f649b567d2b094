#pragma once
// One layer of an atlas: where its data is, how it is drawn, whether it shows.

#include "core/model/basemap_spec.h"
#include "core/model/layer_style.h"
#include "core/model/record_identity.h"

#include <QString>

namespace atlas::core {

enum class LayerKind { Vector, Raster, Basemap };

struct LayerSpec {
    RecordIdentity identity = RecordIdentity::create();
    QString name;
    // Absolute path of the data file while in memory; stored relative to the atlas.
    // Empty for a table owned by the atlas itself.
    QString sourcePath;
    QString sourceLayer;  // OGR layer or table name; empty for single-layer files
    LayerKind kind = LayerKind::Vector;
    bool visible = true;
    LayerStyle style;
    BasemapSpec basemap;  // Basemap layers only; an MBTiles file is in sourcePath

    bool isOwnedByAtlas() const { return sourcePath.isEmpty() && kind != LayerKind::Basemap; }
};

}  // namespace atlas::core
