#pragma once
// What an import will write for one source layer: table, columns and their SQL types.

#include "core/model/result.h"

#include <QList>
#include <QString>

typedef void* OGRLayerH;

namespace atlas::gis {

class SqliteDatabase;

struct ImportColumn {
    QString name;     // column in the atlas table, unique (case-insensitive)
    QString sqlType;  // declared type, the one OGR's SQLite driver reads back as the same type
    int ogrField = -1;
    int ogrType = 0;     // OGRFieldType
    int ogrSubType = 0;  // OGRFieldSubType
};

struct ImportLayerPlan {
    QString sourceLayer;
    QString table;
    QList<ImportColumn> columns;
    int srid = 0;
    int declaredType = 0;     // OGRwkbGeometryType of the source layer
    qint64 featureCount = -1; // -1 when the source cannot tell cheaply
    bool lineNumbers = false; // CSV: name rows by line rather than by feature id
};

// The primary key and geometry column of every imported table.
inline constexpr const char* kImportFidColumn = "ogc_fid";
inline constexpr const char* kImportGeometryColumn = "geom";

// Columns for the fields of `layer`. Fails when they do not fit in an SQLite table.
core::Result<QList<ImportColumn>> planColumns(OGRLayerH layer, int maxColumns, const QString& file);

// A table name made of [a-z0-9_] not yet used in `db` (tables created in the current
// transaction count).
QString uniqueTableName(SqliteDatabase& db, const QString& wanted);

// SQL identifier quoting.
QString quoteIdentifier(const QString& name);

}  // namespace atlas::gis
