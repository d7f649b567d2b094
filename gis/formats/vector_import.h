#pragma once
// Copies a vector layer of any GDAL-readable file into a table owned by the atlas.

#include "core/model/layer_spec.h"
#include "core/model/result.h"

#include <QString>

namespace atlas::gis {

struct VectorImportRequest {
    QString atlasPath;
    QString sourcePath;
    QString sourceLayer;  // empty: the first layer
    QString tableName;    // empty: derived from the layer name
    int styleIndex = 0;   // which default style the new layer gets
};

// Imports the layer with its spatial index; on failure nothing is left in the atlas.
// Returns the LayerSpec of the new owned layer (not yet added to any document).
core::Result<core::LayerSpec> importVectorLayer(const VectorImportRequest& request);

// A table name made of [a-z0-9_] that is not yet used in the atlas.
QString uniqueTableName(const QString& atlasPath, const QString& wanted);

}  // namespace atlas::gis
