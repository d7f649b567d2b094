#pragma once
// Edits the features of a layer the atlas owns (a SpatiaLite table): add, read back,
// reshape and delete one feature at a time, each in its own transaction, with SpatiaLite's
// triggers keeping the spatial index up to date. Geometries are checked with GEOS first.

#include "gis/store/editable_feature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace atlas::gis {

class SqliteDatabase;

class OwnedLayerEditor {
public:
    OwnedLayerEditor(QString atlasPath, QString table);

    // Attribute fields, without the key and the geometry column.
    core::Result<QList<EditableField>> fields() const;
    // "EPSG:n" of the table, from its SRID.
    core::Result<QString> crs() const;
    // Points, lines or polygons; a layer of mixed geometries is refused with the reason.
    core::Result<EditableGeometry> geometryKind() const;
    // Whether the geometry column holds multi-parts (MULTIPOLYGON…) rather than single ones.
    core::Result<bool> holdsMultiParts() const;
    // Adds a feature; with fid > 0 it takes that id (redo after undo). An invalid
    // geometry is refused with GEOS's reason and location, unless `repair` (MakeValid).
    core::Result<qint64> insert(const FeatureRecord& feature, bool repair = false) const;
    core::Result<FeatureRecord> read(qint64 fid) const;
    // Gives feature `fid` a new geometry, checked like an added one.
    core::Status replaceGeometry(qint64 fid, const QByteArray& wkb, bool repair = false) const;
    core::Status remove(qint64 fid) const;
    core::Result<qint64> count() const;

private:
    // The OGC code of the geometry column's type (1-3 single, 4-6 multi, 7 collection).
    core::Result<int> columnType() const;
    // The SQL that stores a WKB (bound with its SRID) in the layer's geometry column.
    core::Result<QString> geometryExpression(SqliteDatabase& db, const QByteArray& wkb) const;

    QString m_atlas;
    QString m_table;
};

}  // namespace atlas::gis
