#pragma once
// Copy and paste of features between layers: features read by id from any vector layer
// (a table of the atlas or a file), then made to fit a layer the atlas owns (its CRS, its
// geometry kind, the fields it has of the same name).

#include "core/model/result.h"
#include "gis/store/layer_editor.h"

#include <QList>
#include <QString>

namespace atlas::gis {

struct CopiedFeatures {
    QString crs;  // "EPSG:n" or WKT of the geometries
    QList<FeatureRecord> features;
};

// Features `ids` of `layer` in `path` (WKB and attributes by field name).
core::Result<CopiedFeatures> copyFeatures(const QString& path, const QString& layer, const QList<qint64>& ids);

// The copied features as `target` will store them: transformed to its CRS, attributes it
// does not have dropped, ids cleared. Refused, naming the feature, when a geometry is not
// of the target's kind (a line pasted into points) or cannot be transformed.
core::Result<QList<FeatureRecord>> fitFeatures(const CopiedFeatures& copied, const LayerEditor& target);

}  // namespace atlas::gis
