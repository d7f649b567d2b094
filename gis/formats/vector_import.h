#pragma once
// Copies vector layers of any GDAL-readable file into tables owned by the atlas.

#include "core/model/layer_spec.h"
#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace atlas::gis {

struct VectorImportRequest {
    QString atlasPath;
    QString sourcePath;
    QString sourceLayer;  // empty: the first vector layer (see also layers, allLayers)
    QString tableName;    // name of the new layer; empty: the source layer's name
    int styleIndex = 0;   // which default style the first new layer gets
    QStringList layers = {};  // several layers of the file by name
    bool allLayers = false;
    QString targetCrs = {};  // "EPSG:n" (or any CRS GDAL reads); empty keeps each layer's CRS
    // Encoding of the texts. Empty: a shapefile's .cpg or DBF code page when it has
    // one, otherwise UTF-8 with texts that are not UTF-8 read as Latin-1.
    QString encoding = {};
    // Features written so far and the total (-1 when unknown); on the importing thread.
    std::function<void(qint64 done, qint64 total)> progress = {};
    const std::atomic<bool>* cancel = nullptr;  // set to stop: nothing is kept
};

struct ImportedLayer {
    core::LayerSpec spec;  // the new owned layer, not yet added to any document
    qint64 featureCount = 0;
    QStringList warnings;  // e.g. texts read as Latin-1, CRS assumed
};

// Imports the chosen layers, each with its spatial index, in one transaction: after a
// failure or a cancel the atlas is exactly as before. Errors name the file, the layer
// and feature (or CSV line) and the reason.
core::Result<QList<ImportedLayer>> importVectorLayers(const VectorImportRequest& request);

// The same for one layer (sourceLayer, or the first one).
core::Result<core::LayerSpec> importVectorLayer(const VectorImportRequest& request);

// Drops tables an import created, e.g. when the document that should list them could
// not be saved. One transaction.
core::Status dropImportedTables(const QString& atlasPath, const QStringList& tables);

// A table name made of [a-z0-9_] that is not yet used in the atlas.
QString uniqueTableName(const QString& atlasPath, const QString& wanted);

}  // namespace atlas::gis
