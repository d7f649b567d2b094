#include "storage/server_store.h"

#include "storage/pg_connection.h"
#include "storage/sql_server_store.h"
#include "storage/sqlite_connection.h"

#include <QDir>

namespace atlas::server {

QString ficheOpName(FicheOp op)
{
    switch (op) {
    case FicheOp::Insert:
        return QStringLiteral("insert");
    case FicheOp::Update:
        return QStringLiteral("update");
    case FicheOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

core::Result<std::unique_ptr<ServerStore>> openServerStore(const QString& dataDir, const QString& databaseUrl)
{
    if (!databaseUrl.isEmpty()) {
        if (!databaseUrl.startsWith(QLatin1String("postgresql://")) && !databaseUrl.startsWith(QLatin1String("postgres://")))
            return core::Error{databaseUrl, {}, QStringLiteral("--database takes a postgresql:// URL")};
        return SqlServerStore::create([databaseUrl] { return PgConnection::open(databaseUrl); });
    }
    if (!QDir().mkpath(dataDir))
        return core::Error{dataDir, {}, QStringLiteral("cannot create the data folder")};
    const QString file = QDir(dataDir).filePath(QStringLiteral("server.sqlite"));
    return SqlServerStore::create([file] { return SqliteConnection::open(file); });
}

}  // namespace atlas::server
