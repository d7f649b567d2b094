#pragma once
// The options every atlas-server command shares: where the data lives and, for `serve`,
// where to listen. Parsed from the command line, checked, with precise messages.

#include "core/model/result.h"

#include <QString>
#include <QStringList>

namespace atlas::server {

struct ServerOptions {
    QString dataDir;      // --data DIR: SpatiaLite file and media (the zero set-up default)
    QString databaseUrl;  // --database postgresql://...: PostgreSQL instead of the file
    QString mediaDir;     // --media DIR: media blobs; default DIR/media
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;  // 0: any free port (printed when listening)
    qint64 maxBodyBytes = 32 * 1024 * 1024;  // larger request bodies get 413
    int sessionSeconds = 12 * 3600;  // lifetime of a login
    int threads = 8;
    QStringList positional;  // what is left: the command and its arguments
};

// Parses `args` (program name excluded). Store options may appear anywhere.
core::Result<ServerOptions> parseServerOptions(const QStringList& args);

// The usage text of the program.
QString serverUsage();

}  // namespace atlas::server
