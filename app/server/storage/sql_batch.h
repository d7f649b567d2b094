#pragma once
// Few statements for many rows: reading rows whose key is in a list, and writing many rows at
// once. A sync push of 10,000 ops then costs a few dozen statements instead of tens of
// thousands (each one a round trip on PostgreSQL).

#include "storage/sql_connection.h"

#include <QStringList>
#include <functional>

namespace atlas::server {

// Runs `sql` once per chunk of `keys`; "(IN)" in `sql` is replaced by "(?, ?, ...)" and
// `before` are bound first. Each row goes to `row`.
core::Status selectIn(SqlConnection& db, const QString& sql, const QVariantList& before, const QStringList& keys,
                      const std::function<void(const SqlRow&)>& row);

// Rows for `table`, one value per column in `columns` order. The column named `geometry`
// takes WKB in longitude/latitude (EPSG:4326) or null. `conflict` is an ON CONFLICT clause
// or empty. SQLite gets multi-row INSERTs; PostgreSQL a COPY (into a temporary table first
// when there is a conflict clause), which it reads several times faster than parameters.
// Must run inside a transaction.
struct SqlInsertBatch {
    QString table;
    QStringList columns;
    QString geometry;
    QString conflict;
    QList<QVariantList> rows;

    core::Status flush(SqlConnection& db);
};

// WKB as PostGIS reads it in text: hexadecimal extended WKB carrying `srid`.
QByteArray ewkbHex(const QByteArray& wkb, quint32 srid);

}  // namespace atlas::server
