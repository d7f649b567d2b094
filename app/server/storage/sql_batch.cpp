#include "storage/sql_batch.h"

namespace atlas::server {
namespace {

// Well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
constexpr int kMaxParams = 8000;

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
    const int perRow = int(rows.first().size());
    const int chunk = std::max(1, kMaxParams / std::max(1, perRow));
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype end = std::min(rows.size(), start + chunk);
        QString sql = head;
        QVariantList params;
        params.reserve(int((end - start) * perRow));
        for (qsizetype i = start; i < end; ++i) {
            sql += (i == start ? QStringLiteral(" ") : QStringLiteral(", ")) + tuple;
            params << rows[i];
        }
        if (!tail.isEmpty())
            sql += QLatin1Char(' ') + tail;
        if (auto s = statusOf(db.query(sql, params)); !s)
            return s;
    }
    rows.clear();
    return core::Done{};
}

}  // namespace atlas::server
