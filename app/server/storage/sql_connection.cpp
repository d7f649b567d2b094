#include "storage/sql_connection.h"

namespace atlas::server {

core::Result<QVariant> queryValue(SqlConnection& db, const QString& sql, const QVariantList& params,
                                  const QVariant& fallback)
{
    auto rows = db.query(sql, params);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty() || rows.value().first().values.isEmpty())
        return fallback;
    return rows.value().first().values.first();
}

core::Status statusOf(const core::Result<SqlRows>& rows)
{
    if (!rows)
        return rows.error();
    return core::Done{};
}

}  // namespace atlas::server
