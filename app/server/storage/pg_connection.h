#pragma once
// SqlConnection over libpq (the PostgreSQL 15 + PostGIS backend for real deployments). Each
// statement is prepared once per connection and then only executed: one round trip per query,
// no parsing again.

#include "storage/sql_connection.h"

#include <QHash>

struct pg_conn;

namespace atlas::server {

class PgConnection : public SqlConnection {
public:
    // `url`: postgresql://user@host:port/dbname (any libpq connection string works).
    static core::Result<std::unique_ptr<SqlConnection>> open(const QString& url);
    ~PgConnection() override;

    SqlDialect dialect() const override { return SqlDialect::PostgreSql; }
    core::Result<SqlRows> query(const QString& sql, const QVariantList& params) override;
    core::Status execScript(const QString& sql) override;
    core::Status copyInto(const QString& table, const QStringList& columns, const QList<QVariantList>& rows) override;
    core::Status begin() override;
    core::Status commit() override;
    void rollback() override;

private:
    explicit PgConnection(pg_conn* conn, QString where);
    core::Error error(const QString& reason) const;
    // The name of the prepared statement for `sql`, preparing it on first use; empty when it
    // cannot be kept (too many distinct statements): the query then goes unprepared.
    core::Result<QByteArray> prepared(const QString& sql, int params);

    pg_conn* m_conn;
    QString m_where;  // host and database, for messages (never the password)
    QHash<QString, QByteArray> m_statements;  // SQL text -> prepared statement name
};

// `?` placeholders numbered as PostgreSQL wants them ($1, $2...), outside quoted text.
QString numberPlaceholders(const QString& sql);

}  // namespace atlas::server
