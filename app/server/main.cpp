// atlas-server: the shared server of Atlas Territoires (serve, and the admin commands).

#include "admin_commands.h"
#include "auth/credentials.h"
#include "bench_command.h"
#include "http/http_server.h"
#include "server_options.h"
#include "storage/server_store.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atlas-server"));
    using namespace atlas::server;
    const QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(qPrintable(serverUsage()), stdout);
        return 0;
    }
    // The load client talks to a running server: no store options.
    if (args.value(0) == QLatin1String("bench"))
        return runBench(args);
    auto options = parseServerOptions(args);
    if (!options) {
        std::fprintf(stderr, "atlas-server: %s\n%s", qPrintable(options.error().message()), qPrintable(serverUsage()));
        return 2;
    }
    if (!initCredentials()) {
        std::fprintf(stderr, "atlas-server: error: libsodium cannot start (no entropy source?)\n");
        return 1;
    }
    const QStringList command = options.value().positional;
    if (!command.isEmpty() && command.first() != QLatin1String("serve") && command.first() != QLatin1String("user")
        && command.first() != QLatin1String("group") && command.first() != QLatin1String("layer")) {
        std::fprintf(stderr, "atlas-server: unknown command '%s'\n%s", qPrintable(command.first()),
                     qPrintable(serverUsage()));
        return 2;
    }
    auto store = openServerStore(options.value().dataDir, options.value().databaseUrl);
    if (!store) {
        std::fprintf(stderr, "atlas-server: error: %s\n", qPrintable(store.error().message()));
        return 1;
    }
    if (command.isEmpty() || command.first() == QLatin1String("serve"))
        return runHttpServer(*store.value(), options.value());
    return runAdminCommand(*store.value(), command);
}
