#pragma once
// Edits the features of a layer the atlas owns (a SpatiaLite table): add, read back and
// delete one feature at a time, each in its own transaction, with SpatiaLite's triggers
// keeping the spatial index up to date. Geometries are checked with GEOS first.

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace atlas::gis {

struct EditableField {
    QString name;
    QString type;  // declared SQL type: TEXT, INTEGER, REAL, DATE, BOOLEAN…
};

// What a layer's features are, as far as drawing them goes (single or multi alike).
enum class EditableGeometry { Point, Line, Polygon };

// One feature as stored: what undo needs to put it back exactly.
struct FeatureRecord {
    qint64 fid = -1;
    QByteArray wkb;  // in the layer's CRS
    QVariantMap attributes;
};

class OwnedLayerEditor {
public:
    OwnedLayerEditor(QString atlasPath, QString table);

    // Attribute fields, without the key and the geometry column.
    core::Result<QList<EditableField>> fields() const;
    // "EPSG:n" of the table, from its SRID.
    core::Result<QString> crs() const;
    // Points, lines or polygons; a layer of mixed geometries is refused with the reason.
    core::Result<EditableGeometry> geometryKind() const;
    // Adds a feature; with fid > 0 it takes that id (redo after undo). An invalid
    // geometry is refused with GEOS's reason and location, unless `repair` (MakeValid).
    core::Result<qint64> insert(const FeatureRecord& feature, bool repair = false) const;
    core::Result<FeatureRecord> read(qint64 fid) const;
    core::Status remove(qint64 fid) const;
    core::Result<qint64> count() const;

private:
    QString m_atlas;
    QString m_table;
};

}  // namespace atlas::gis
