#pragma once
// SqlConnection over a SpatiaLite file (the embedded default backend).

#include "storage/sql_connection.h"

namespace atlas::gis {
class SqliteDatabase;
}

namespace atlas::server {

class SqliteConnection : public SqlConnection {
public:
    // Opens or creates `path` with SpatiaLite loaded, WAL and full sync.
    static core::Result<std::unique_ptr<SqlConnection>> open(const QString& path);
    ~SqliteConnection() override;

    SqlDialect dialect() const override { return SqlDialect::SpatiaLite; }
    core::Result<SqlRows> query(const QString& sql, const QVariantList& params) override;
    core::Status execScript(const QString& sql) override;
    core::Status begin() override;
    core::Status commit() override;
    void rollback() override;

private:
    explicit SqliteConnection(std::unique_ptr<gis::SqliteDatabase> db);
    std::unique_ptr<gis::SqliteDatabase> m_db;
};

}  // namespace atlas::server
