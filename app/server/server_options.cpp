#include "server_options.h"

#include <QDir>

namespace atlas::server {
namespace {

core::Error usageError(const QString& option, const QString& reason)
{
    return core::Error{{}, option, reason};
}

}  // namespace

QString serverUsage()
{
    return QStringLiteral(
        "usage: atlas-server [serve] (--data DIR | --database postgresql://...) [--media DIR]\n"
        "                    [--listen HOST:PORT] [--max-body BYTES] [--session-seconds N] [--threads N]\n"
        "       atlas-server user add NAME --password-file F   (--data DIR | --database URL)\n"
        "       atlas-server user passwd NAME --password-file F\n"
        "       atlas-server user list\n"
        "       atlas-server group add NAME\n"
        "       atlas-server group member add GROUP USER --role reader|contributor|animator\n"
        "       atlas-server layer import GROUP NAME FILE [--source-layer L] [--scope S] [--title T] [--owner USER]\n"
        "       atlas-server layer list\n"
        "       atlas-server bench --url http://HOST:PORT --user U --password-file F --group G\n"
        "                    [--clients 50] [--seconds 60] [--seed 2000] [--only KIND]  load test\n"
        "--listen HOST:0 picks a free port; the address is printed on stdout when listening.\n");
}

core::Result<ServerOptions> parseServerOptions(const QStringList& args)
{
    ServerOptions o;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool takesValue = a == QLatin1String("--data") || a == QLatin1String("--database")
            || a == QLatin1String("--media") || a == QLatin1String("--listen") || a == QLatin1String("--max-body")
            || a == QLatin1String("--session-seconds") || a == QLatin1String("--threads");
        if (!takesValue) {
            o.positional << a;
            continue;
        }
        if (i + 1 >= args.size())
            return usageError(a, QStringLiteral("needs a value"));
        const QString v = args[++i];
        bool ok = true;
        if (a == QLatin1String("--data")) {
            o.dataDir = v;
        } else if (a == QLatin1String("--database")) {
            o.databaseUrl = v;
        } else if (a == QLatin1String("--media")) {
            o.mediaDir = v;
        } else if (a == QLatin1String("--listen")) {
            const int colon = v.lastIndexOf(QLatin1Char(':'));
            o.host = v.left(colon);
            o.port = v.mid(colon + 1).toInt(&ok);
            if (colon <= 0 || !ok || o.port < 0 || o.port > 65535)
                return usageError(a, QStringLiteral("'%1' is not HOST:PORT").arg(v));
        } else if (a == QLatin1String("--max-body")) {
            o.maxBodyBytes = v.toLongLong(&ok);
            if (!ok || o.maxBodyBytes < 1024)
                return usageError(a, QStringLiteral("'%1' is not a size in bytes (at least 1024)").arg(v));
        } else if (a == QLatin1String("--session-seconds")) {
            o.sessionSeconds = v.toInt(&ok);
            if (!ok || o.sessionSeconds < 1)
                return usageError(a, QStringLiteral("'%1' is not a number of seconds").arg(v));
        } else if (a == QLatin1String("--threads")) {
            o.threads = v.toInt(&ok);
            if (!ok || o.threads < 1 || o.threads > 256)
                return usageError(a, QStringLiteral("'%1' is not a thread count (1-256)").arg(v));
        }
    }
    if (o.dataDir.isEmpty() && o.databaseUrl.isEmpty())
        return usageError(QStringLiteral("--data"), QStringLiteral("give --data DIR or --database postgresql://..."));
    if (o.mediaDir.isEmpty()) {
        if (o.dataDir.isEmpty())
            return usageError(QStringLiteral("--media"), QStringLiteral("with --database, give --media DIR or --data DIR"));
        o.mediaDir = QDir(o.dataDir).filePath(QStringLiteral("media"));
    }
    return o;
}

}  // namespace atlas::server
