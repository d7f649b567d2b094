#include "gis/store/sqlite_database.h"

#include <sqlite3.h>
#include <spatialite.h>

#include <QCoreApplication>

namespace atlas::gis {

namespace {

// Distinct SQL texts kept per connection; statements built with values in their text
// (LIMIT n) would otherwise grow the cache without end.
constexpr int kMaxCachedSql = 128;

}  // namespace

SqliteStatement::~SqliteStatement()
{
    if (!m_stmt)
        return;
    // Reset before keeping it: a statement left mid-way would hold its read transaction.
    sqlite3_reset(m_stmt);
    const auto cache = m_cache.lock();
    if (cache && (cache->idle.contains(m_sql) || cache->idle.size() < kMaxCachedSql)) {
        sqlite3_clear_bindings(m_stmt);
        cache->idle[m_sql].append(m_stmt);
        return;
    }
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& o) noexcept
    : m_stmt(o.m_stmt), m_db(o.m_db), m_cache(std::move(o.m_cache)), m_sql(std::move(o.m_sql)), m_ok(o.m_ok)
{
    o.m_stmt = nullptr;
}

SqliteStatement& SqliteStatement::bind(int index, const QVariant& v)
{
    int rc = SQLITE_OK;
    if (v.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, index, t.constData(), sqlite3_uint64(t.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
        }
        }
    }
    if (rc != SQLITE_OK)
        m_ok = false;
    return *this;
}

bool SqliteStatement::step()
{
    if (!m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_ok = false;
    return false;
}

QString SqliteStatement::errorString() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

QString SqliteStatement::text(int c) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, c)) : QString();
}

qlonglong SqliteStatement::integer(int c) const
{
    return sqlite3_column_int64(m_stmt, c);
}

double SqliteStatement::real(int c) const
{
    return sqlite3_column_double(m_stmt, c);
}

QByteArray SqliteStatement::blob(int c) const
{
    return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, c)), sqlite3_column_bytes(m_stmt, c));
}

bool SqliteStatement::isNull(int c) const
{
    return sqlite3_column_type(m_stmt, c) == SQLITE_NULL;
}

core::Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString& path, Mode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                  : QCoreApplication::translate("atlas::gis", "cannot open");
        sqlite3_close(db);
        return core::Error{path, {}, reason};
    }
    sqlite3_busy_timeout(db, 5000);
    void* cache = spatialite_alloc_connection();
    spatialite_init_ex(db, cache, 0);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, cache, path));
}

SqliteDatabase::SqliteDatabase(sqlite3* db, void* cache, QString path)
    : m_db(db), m_spatialiteCache(cache), m_path(std::move(path))
{
}

SqliteDatabase::~SqliteDatabase()
{
    for (const QList<sqlite3_stmt*>& list : std::as_const(m_statements->idle))
        for (sqlite3_stmt* stmt : list)
            sqlite3_finalize(stmt);
    m_statements.reset();  // statements still alive finalize themselves
    sqlite3_close_v2(m_db);
    spatialite_cleanup_ex(m_spatialiteCache);
}

core::Status SqliteDatabase::exec(const QString& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString reason = err ? QString::fromUtf8(err) : lastError();
        sqlite3_free(err);
        return core::Error{m_path, {}, reason};
    }
    return core::Done{};
}

core::Result<SqliteStatement> SqliteDatabase::prepare(const QString& sql)
{
    if (auto it = m_statements->idle.find(sql); it != m_statements->idle.end() && !it->isEmpty())
        return SqliteStatement(it->takeLast(), m_db, m_statements, sql);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return core::Error{m_path, {}, lastError()};
    return SqliteStatement(stmt, m_db, m_statements, sql);
}

bool SqliteDatabase::hasTable(const QString& name)
{
    auto q = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"));
    return q && q.value().bind(1, name).step();
}

QString SqliteDatabase::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

}  // namespace atlas::gis
