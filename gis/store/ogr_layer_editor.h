#pragma once
// Edits a layer of a GeoPackage or SpatiaLite file in place, through GDAL in update mode:
// the same operations and checks as OwnedLayerEditor, each one transaction of the file,
// the file's own spatial index kept up to date by GDAL. Other formats are refused: their
// feature ids are not stable (a shapefile renumbers on delete), so undo could not work.

#include "gis/store/editable_feature.h"

namespace atlas::gis {

class OgrLayerEditor {
public:
    // `layer`: the layer's name in the file; empty for the first one.
    OgrLayerEditor(QString path, QString layer);

    core::Result<QList<EditableField>> fields() const;
    core::Result<QString> crs() const;
    core::Result<EditableGeometry> geometryKind() const;
    core::Result<bool> holdsMultiParts() const;
    core::Result<qint64> insert(const FeatureRecord& feature, bool repair = false) const;
    core::Result<FeatureRecord> read(qint64 fid) const;
    core::Status replaceGeometry(qint64 fid, const QByteArray& wkb, bool repair = false) const;
    core::Status remove(qint64 fid) const;
    core::Result<qint64> count() const;

private:
    class Open;
    QString m_path;
    QString m_layer;
};

}  // namespace atlas::gis
