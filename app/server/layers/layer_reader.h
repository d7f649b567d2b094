#pragma once
// Reads a vector layer (any file GDAL opens, or a GeoJSON body sent to the server) into the
// features of a shared layer: reprojected to longitude/latitude, 2D, properties as JSON.
// Errors name the file and the feature.

#include "core/model/result.h"
#include "storage/server_store.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace atlas::server {

struct LayerContent {
    QString sourceCrs;     // what the features were reprojected from
    QString geometryType;  // "Point", "MultiPolygon"... "Geometry" when mixed
    std::optional<BoundingBox> extent;
    QList<LayerFeature> features;
};

// The layer `layerName` of `path` (empty: the file must hold exactly one layer). A layer
// without a CRS is taken as longitude/latitude if its coordinates fit, else refused.
core::Result<LayerContent> readLayerFile(const QString& path, const QString& layerName = {});

// The same for GeoJSON sent as bytes (`where` names it in errors).
core::Result<LayerContent> readGeoJsonBytes(const QByteArray& bytes, const QString& where);

// True for 1-64 of A-Z a-z 0-9 _ - : layer names (no dot, which separates GROUP.NAME).
bool isValidLayerName(const QString& name);

}  // namespace atlas::server
