#pragma once
// Few statements for many rows: reading rows whose key is in a list, and inserting many rows
// with one multi-row INSERT per chunk. A sync push of 1,000 ops then costs a few dozen
// statements instead of several thousand (each one a round trip on PostgreSQL).

#include "storage/sql_connection.h"

#include <QStringList>
#include <functional>

namespace atlas::server {

// Runs `sql` once per chunk of `keys`; "(IN)" in `sql` is replaced by "(?, ?, ...)" and
// `before` are bound first. Each row goes to `row`.
core::Status selectIn(SqlConnection& db, const QString& sql, const QVariantList& before, const QStringList& keys,
                      const std::function<void(const SqlRow&)>& row);

// Rows for one INSERT: `head` ("INSERT INTO t (a, b) VALUES"), one `tuple` per row ("(?, ?)",
// with as many `?` as each row has values) and `tail` (an ON CONFLICT clause or nothing).
struct SqlInsertBatch {
    QString head, tuple, tail;
    QList<QVariantList> rows;

    core::Status flush(SqlConnection& db);
};

}  // namespace atlas::server
