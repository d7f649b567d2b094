#pragma once
// What the layer editors share: a feature as stored, the fields and geometry kinds they
// report, and the GEOS check every saved geometry goes through.

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace atlas::gis {

struct EditableField {
    QString name;
    QString type;  // declared SQL type: TEXT, INTEGER, REAL, DATE, BOOLEAN…
    QStringList choices = {};  // a choice field's allowed values; empty: free
};

// What a layer's features are, as far as drawing them goes (single or multi alike).
enum class EditableGeometry { Point, Line, Polygon };

// One feature as stored: what undo needs to put it back exactly.
struct FeatureRecord {
    qint64 fid = -1;
    QByteArray wkb;  // in the layer's CRS
    QVariantMap attributes;
};

// `wkb` if GEOS finds it valid (or it is empty); else refused with where it is invalid, or
// repaired (MakeValid) when `repair`. Errors name `file` and `layer`.
core::Result<QByteArray> validatedGeometry(const QByteArray& wkb, bool repair, const QString& file,
                                           const QString& layer);
// Points, lines or polygons from an OGC geometry type code (1-3 single, 4-6 multi).
core::Result<EditableGeometry> editableGeometryOf(int ogcType, const QString& file, const QString& layer);

}  // namespace atlas::gis
