#include "storage/sql_batch.h"

#include <QtEndian>

namespace atlas::server {
namespace {

// Well under SQLite's 32,766 bound parameters.
constexpr int kMaxParams = 8000;

core::Status insertRows(SqlConnection& db, const SqlInsertBatch& batch)
{
    QStringList marks;
    for (const QString& column : batch.columns)
        marks << (column == batch.geometry ? QStringLiteral("ST_GeomFromWKB(?, 4326)") : QStringLiteral("?"));
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(batch.table, batch.columns.join(u", "));
    const QString tuple = QLatin1Char('(') + marks.join(u", ") + QLatin1Char(')');
    const int chunk = std::max(1, kMaxParams / std::max(1, int(batch.columns.size())));
    for (qsizetype start = 0; start < batch.rows.size(); start += chunk) {
        const qsizetype end = std::min(batch.rows.size(), start + chunk);
        QString sql = head;
        QVariantList params;
        for (qsizetype i = start; i < end; ++i) {
            sql += (i == start ? QString() : QStringLiteral(", ")) + tuple;
            params << batch.rows[i];
        }
        if (!batch.conflict.isEmpty())
            sql += QLatin1Char(' ') + batch.conflict;
        if (auto s = statusOf(db.query(sql, params)); !s)
            return s;
    }
    return core::Done{};
}

// The connection forces custom plans for bbox queries (pg_connection.cpp), but PostgreSQL's
// foreign key checks are cached statements too: forced to be replanned for every row, they took
// most of a push's server time. Bulk writes go back to the default, which keeps their plan.
struct DefaultPlanCacheMode {
    SqlConnection& db;
    explicit DefaultPlanCacheMode(SqlConnection& c) : db(c) { db.execScript(QStringLiteral("SET plan_cache_mode = auto")); }
    ~DefaultPlanCacheMode() { db.execScript(QStringLiteral("SET plan_cache_mode = force_custom_plan")); }
    DefaultPlanCacheMode(const DefaultPlanCacheMode&) = delete;
    DefaultPlanCacheMode& operator=(const DefaultPlanCacheMode&) = delete;
};

core::Status copyRows(SqlConnection& db, const SqlInsertBatch& batch)
{
    const DefaultPlanCacheMode planCache(db);
    QList<QVariantList> rows = batch.rows;
    if (const qsizetype g = batch.columns.indexOf(batch.geometry); !batch.geometry.isEmpty() && g >= 0)
        for (QVariantList& row : rows)
            if (!row[g].isNull())
                row[g] = QString::fromLatin1(ewkbHex(row[g].toByteArray(), 4326));
    const QString columns = batch.columns.join(u", ");
    if (batch.conflict.isEmpty())
        return db.copyInto(batch.table, batch.columns, rows);
    // COPY cannot upsert: the rows go to a temporary copy of the columns, then across.
    const QString incoming = batch.table + QStringLiteral("_incoming");
    if (auto s = db.execScript(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 ON COMMIT DROP AS "
                                              "SELECT %2 FROM %3 WITH NO DATA")
                                   .arg(incoming, columns, batch.table));
        !s)
        return s;
    if (auto s = db.copyInto(incoming, batch.columns, rows); !s)
        return s;
    return db.execScript(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 %4; TRUNCATE %3")
                             .arg(batch.table, columns, incoming, batch.conflict));
}

}  // namespace

core::Status selectIn(SqlConnection& db, const QString& sql, const QVariantList& before, const QStringList& keys,
                      const std::function<void(const SqlRow&)>& row)
{
    const int chunk = kMaxParams / 2;
    for (qsizetype start = 0; start < keys.size(); start += chunk) {
        const QStringList part = keys.mid(start, chunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        QVariantList params = before;
        for (const QString& k : part)
            params << k;
        QString text = sql;
        text.replace(QStringLiteral("(IN)"), QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
        auto rows = db.query(text, params);
        if (!rows)
            return rows.error();
        for (const SqlRow& r : rows.value())
            row(r);
    }
    return core::Done{};
}

core::Status SqlInsertBatch::flush(SqlConnection& db)
{
    if (rows.isEmpty())
        return core::Done{};
    auto s = db.dialect() == SqlDialect::PostgreSql ? copyRows(db, *this) : insertRows(db, *this);
    rows.clear();
    return s;
}

QByteArray ewkbHex(const QByteArray& wkb, quint32 srid)
{
    if (wkb.size() < 5)
        return wkb.toHex();
    // Byte order, type with the SRID flag, the SRID, then the rest as it was.
    const bool little = wkb.at(0) == 1;
    constexpr quint32 kSridFlag = 0x20000000;
    const auto* typeBytes = reinterpret_cast<const uchar*>(wkb.constData() + 1);
    const quint32 type = (little ? qFromLittleEndian<quint32>(typeBytes) : qFromBigEndian<quint32>(typeBytes)) | kSridFlag;
    QByteArray out(wkb.size() + 4, Qt::Uninitialized);
    out[0] = wkb.at(0);
    auto* o = reinterpret_cast<uchar*>(out.data());
    if (little) {
        qToLittleEndian(type, o + 1);
        qToLittleEndian(srid, o + 5);
    } else {
        qToBigEndian(type, o + 1);
        qToBigEndian(srid, o + 5);
    }
    std::copy(wkb.constBegin() + 5, wkb.constEnd(), out.begin() + 9);
    return out.toHex();
}

}  // namespace atlas::server
