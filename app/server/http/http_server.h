#pragma once
// Runs the HTTP API until SIGINT or SIGTERM: the routes, JSON errors for everything the
// library answers itself (404, 413...), the request size limit and the worker threads.

#include "server_options.h"
#include "storage/server_store.h"

namespace atlas::server {

// Listens on options.host:options.port (0: a free port) and prints
// "atlas-server: listening on http://HOST:PORT (BACKEND)" on stdout once ready.
// Returns the exit status.
int runHttpServer(ServerStore& store, const ServerOptions& options);

}  // namespace atlas::server
