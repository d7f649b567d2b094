#include "storage/sqlite_connection.h"

#include "gis/store/sqlite_database.h"

#include <sqlite3.h>

namespace atlas::server {

SqliteConnection::SqliteConnection(std::unique_ptr<gis::SqliteDatabase> db) : m_db(std::move(db)) {}
SqliteConnection::~SqliteConnection() = default;

core::Result<std::unique_ptr<SqlConnection>> SqliteConnection::open(const QString& path)
{
    auto db = gis::SqliteDatabase::open(path, gis::SqliteDatabase::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    // Busy timeout: the admin commands may run while the server holds a write lock.
    sqlite3_busy_timeout(db.value()->handle(), 10000);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        if (auto s = db.value()->exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    return std::unique_ptr<SqlConnection>(new SqliteConnection(db.take()));
}

core::Result<SqlRows> SqliteConnection::query(const QString& sql, const QVariantList& params)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt)
        return stmt.error();
    auto& st = stmt.value();
    for (int i = 0; i < params.size(); ++i)
        st.bind(i + 1, params[i]);
    SqlRows rows;
    sqlite3_stmt* h = st.handle();
    while (st.step()) {
        SqlRow row;
        const int n = sqlite3_column_count(h);
        row.values.reserve(n);
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(h, c)) {
            case SQLITE_NULL:
                row.values << QVariant();
                break;
            case SQLITE_INTEGER:
                row.values << QVariant(qint64(sqlite3_column_int64(h, c)));
                break;
            case SQLITE_FLOAT:
                row.values << QVariant(sqlite3_column_double(h, c));
                break;
            default:
                row.values << QVariant(st.text(c));
            }
        }
        rows << std::move(row);
    }
    if (!st.ok())
        return core::Error{m_db->path(), {}, st.errorString()};
    return rows;
}

core::Status SqliteConnection::execScript(const QString& sql)
{
    return m_db->exec(sql);
}

core::Status SqliteConnection::begin()
{
    return m_db->exec(QStringLiteral("BEGIN IMMEDIATE"));
}

core::Status SqliteConnection::commit()
{
    return m_db->exec(QStringLiteral("COMMIT"));
}

void SqliteConnection::rollback()
{
    m_db->exec(QStringLiteral("ROLLBACK"));
}

}  // namespace atlas::server
