#pragma once
// A thin RAII wrapper over one SQLite connection with SpatiaLite loaded.

#include "core/model/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace atlas::gis {

// Prepared statements kept for reuse by one connection: parsing SQL costs more than running
// the small statements of a store, which run thousands of times in a sync or an import.
struct SqliteStatementCache {
    QHash<QString, QList<sqlite3_stmt*>> idle;
};

class SqliteStatement {
public:
    SqliteStatement(sqlite3_stmt* stmt, sqlite3* db) : m_stmt(stmt), m_db(db) {}
    // A statement that goes back to `cache` under `sql` when destroyed (reset, unbound).
    SqliteStatement(sqlite3_stmt* stmt, sqlite3* db, std::weak_ptr<SqliteStatementCache> cache, QString sql)
        : m_stmt(stmt), m_db(db), m_cache(std::move(cache)), m_sql(std::move(sql))
    {
    }
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& o) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binds by 1-based position: null, int, qlonglong, double, bool, QString, QByteArray.
    SqliteStatement& bind(int index, const QVariant& value);
    // Steps once: true while a row is available; `ok()` tells errors from the end.
    bool step();
    bool ok() const { return m_ok; }
    QString errorString() const;
    void reset();
    sqlite3_stmt* handle() const { return m_stmt; }

    QString text(int column) const;
    qlonglong integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;  // empty for null
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt;
    sqlite3* m_db;
    std::weak_ptr<SqliteStatementCache> m_cache;
    QString m_sql;
    bool m_ok = true;
};

class SqliteDatabase {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    static core::Result<std::unique_ptr<SqliteDatabase>> open(const QString& path, Mode mode);
    ~SqliteDatabase();

    const QString& path() const { return m_path; }
    core::Status exec(const QString& sql);
    // Prepares a statement; check `ok()` of the first step or use prepareChecked.
    core::Result<SqliteStatement> prepare(const QString& sql);
    bool hasTable(const QString& name);
    QString lastError() const;
    sqlite3* handle() const { return m_db; }

    // Runs `body` in one transaction: committed if it returns ok, rolled back otherwise.
    template <typename Body>
    core::Status transaction(Body&& body)
    {
        if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        core::Status result = body();
        if (!result) {
            exec(QStringLiteral("ROLLBACK"));
            return result;
        }
        return exec(QStringLiteral("COMMIT"));
    }

private:
    SqliteDatabase(sqlite3* db, void* spatialiteCache, QString path);
    sqlite3* m_db;
    void* m_spatialiteCache;
    QString m_path;
    std::shared_ptr<SqliteStatementCache> m_statements = std::make_shared<SqliteStatementCache>();
};

}  // namespace atlas::gis
