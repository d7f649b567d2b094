#pragma once
// One SQL connection of the server store, whatever the engine: parameterised queries (`?`
// placeholders, values bound, never spliced into the text) returning rows of plain values.

#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <memory>

namespace atlas::server {

enum class SqlDialect { SpatiaLite, PostgreSql };

// One result row. Engines return different native types (PostgreSQL text, SQLite typed):
// read columns through these accessors, which convert.
struct SqlRow {
    QVariantList values;
    QString text(int i) const { return values.value(i).toString(); }
    qint64 integer(int i) const { return values.value(i).toLongLong(); }
    double real(int i) const { return values.value(i).toDouble(); }
    bool isNull(int i) const { return values.value(i).isNull(); }
};
using SqlRows = QList<SqlRow>;

class SqlConnection {
public:
    virtual ~SqlConnection() = default;
    virtual SqlDialect dialect() const = 0;
    // One statement with `?` placeholders. Parameters: null QVariant, integers, double,
    // QString (text), QByteArray (binary).
    virtual core::Result<SqlRows> query(const QString& sql, const QVariantList& params = {}) = 0;
    // Several statements without parameters (migrations).
    virtual core::Status execScript(const QString& sql) = 0;
    // Rows appended to `table` in bulk, values as for query(). PostgreSQL's COPY; the other
    // engines refuse (SqlInsertBatch writes INSERTs for them).
    virtual core::Status copyInto(const QString& table, const QStringList& columns, const QList<QVariantList>& rows);

    // A write transaction around `body`: committed if it returns ok, rolled back otherwise.
    template <typename Body>
    core::Status transaction(Body&& body)
    {
        if (auto s = begin(); !s)
            return s;
        core::Status result = body();
        if (!result) {
            rollback();
            return result;
        }
        return commit();
    }

    virtual core::Status begin() = 0;
    virtual core::Status commit() = 0;
    virtual void rollback() = 0;
};

// The first row's first column, or `fallback` when there is no row.
core::Result<QVariant> queryValue(SqlConnection& db, const QString& sql, const QVariantList& params,
                                  const QVariant& fallback = {});

// A query result reduced to success or its error, for statements that return no rows.
core::Status statusOf(const core::Result<SqlRows>& rows);

}  // namespace atlas::server
