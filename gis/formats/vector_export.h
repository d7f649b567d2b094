#pragma once
// Writes a vector layer (a table of the atlas or an external file) to another format,
// chosen by the output's extension, optionally in another CRS or for some features only.

#include "core/model/result.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace atlas::gis {

struct VectorExportRequest {
    QString sourcePath;    // the atlas for its own tables, or the layer's file
    QString sourceLayer;   // table or OGR layer; empty: the first layer
    QString outputPath;    // .gpkg .geojson .shp .kml .csv .fgb .dxf
    QString targetCrs = {};  // "EPSG:n"; empty keeps the layer's (KML is always WGS 84)
    bool csvAsXY = false;  // CSV: X and Y columns (points) instead of a WKT column
    bool overwrite = false;
    QList<qint64> featureIds = {};  // a selection (feature ids); empty: every feature
    std::function<void(double fraction)> progress = {};
    const std::atomic<bool>* cancel = nullptr;
};

// The GDAL driver for an output file name, empty when the extension is not one we write.
QString exportDriverFor(const QString& outputPath);

// Returns the number of features written. On failure or cancel no output is left.
core::Result<qint64> exportVectorLayer(const VectorExportRequest& request);

}  // namespace atlas::gis
