#pragma once
// What a file holds, checked before it becomes a layer: layers, CRS, counts, extents.

#include "core/model/extent.h"
#include "core/model/layer_spec.h"
#include "core/model/result.h"

#include <QList>
#include <QSize>
#include <QString>

namespace atlas::gis {

struct LayerInfo {
    QString name;  // OGR layer name; empty for a raster
    core::LayerKind kind = core::LayerKind::Vector;
    QString crs;   // "EPSG:n" or WKT; empty if unknown
    QString geometryType;
    qint64 featureCount = -1;  // vector only
    QSize rasterSize;          // raster only
    int bandCount = 0;         // raster only
    core::Extent extent = core::Extent::null();
};

struct FileInfo {
    QString path;
    QString driver;
    QList<LayerInfo> layers;
};

// Opens the file and lists its drawable layers. Fails with a specific reason for a
// missing, empty, unreadable, truncated or non-geographic file.
core::Result<FileInfo> probeFile(const QString& path);

}  // namespace atlas::gis
