#pragma once
// What a worker needs to draw one layer, resolved from the document: a plain value.

#include "core/model/atlas_document.h"

#include <QList>
#include <QString>

namespace atlas::gis {

struct RenderLayer {
    QString name;
    QString path;       // absolute path of the data file (the atlas itself for owned tables)
    QString layerName;  // OGR layer or table
    core::LayerKind kind = core::LayerKind::Vector;
    core::LayerStyle style;
};

// The visible layers of `doc`, bottom first, with paths resolved against the atlas file.
QList<RenderLayer> renderLayersOf(const core::AtlasDocument& doc, const QString& atlasPath);
// The union of the layers' extents, transformed to `crs`; null if none is known.
core::Extent extentOfLayers(const QList<RenderLayer>& layers, const QString& crs);

}  // namespace atlas::gis
