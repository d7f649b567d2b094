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

core::Status SqlConnection::copyInto(const QString& table, const QStringList&, const QList<QVariantList>&)
{
    return core::Error{table, {}, QStringLiteral("this database engine has no bulk copy")};
}

core::Status statusOf(const core::Result<SqlRows>& rows)
{
    if (!rows)
        return rows.error();
    return core::Done{};
}

}  // namespace atlas::server
