#include "http/http_server.h"

#include "auth/credentials.h"
#include "http/response_gzip.h"
#include "http/routes.h"

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace atlas::server {
namespace {

QString statusCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 413:
        return QStringLiteral("payload_too_large");
    case 414:
        return QStringLiteral("uri_too_long");
    default:
        return QStringLiteral("error");
    }
}

// cpp-httplib listens with a backlog of 5 connections: 50 clients reconnecting (a keep-alive
// connection closes after 5 requests) overflow it, the kernel falls back to SYN cookies and
// some connections are reset. Listening again on the same socket raises the backlog (Linux);
// the library keeps its socket to itself, so it is found by its port among ours.
void raiseListenBacklog(int port)
{
    for (int fd = 0; fd < 1024; ++fd) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        int listening = 0;
        socklen_t optionLength = sizeof listening;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0
            || getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &optionLength) != 0 || !listening)
            continue;
        const int boundPort = address.ss_family == AF_INET
            ? ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port)
            : address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port) : -1;
        if (boundPort == port)
            listen(fd, SOMAXCONN);
    }
}

}  // namespace

int runHttpServer(ServerStore& store, const ServerOptions& options)
{
    ServerContext ctx{store, BlobStore(options.mediaDir), LoginLimiter(), options};
    dummyPasswordHash();  // made now rather than during the first login
    if (auto s = store.openReaders(options.threads); !s) {
        std::fprintf(stderr, "atlas-server: error: %s\n", qPrintable(s.error().message()));
        return 1;
    }

    httplib::Server server;
    server.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(size_t(threads)); };
    server.set_payload_max_length(size_t(options.maxBodyBytes));
    // Responses the library makes itself (unknown path, too large...) get a JSON body too.
    server.set_error_handler(httplib::Server::HandlerWithResponse([max = options.maxBodyBytes](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        QString message = QStringLiteral("no such resource: %1").arg(QString::fromStdString(req.path));
        if (res.status == 413)
            message = QStringLiteral("the request body is larger than the limit of %1 bytes").arg(max);
        else if (res.status != 404)
            message = QStringLiteral("the request could not be served (HTTP %1)").arg(res.status);
        sendError(res, res.status, statusCode(res.status), message);
        return httplib::Server::HandlerResponse::Handled;
    }));
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        sendError(res, 500, QStringLiteral("internal_error"), QStringLiteral("internal error"));
    });
    installGzip(server);
    addAuthRoutes(server, ctx);
    addGroupRoutes(server, ctx);
    addFicheRoutes(server, ctx);
    addMediaRoutes(server, ctx);
    addParticipationRoutes(server, ctx);
    addOgcRoutes(server, ctx);
    addSyncRoutes(server, ctx);
    addLayerRoutes(server, ctx);

    const std::string host = options.host.toStdString();
    const int port = options.port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, options.port) ? options.port : -1);
    if (port < 0) {
        std::fprintf(stderr, "atlas-server: error: cannot listen on %s:%d\n", host.c_str(), options.port);
        return 1;
    }
    raiseListenBacklog(port);
    // Signals are taken by one thread that stops the server, so handlers never run mid-request.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::thread stopper([&server, stopSignals] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        server.stop();
    });
    std::printf("atlas-server: listening on http://%s:%d (%s)\n", host.c_str(), port, qPrintable(store.backendName()));
    std::fflush(stdout);
    const bool ok = server.listen_after_bind();
    if (!ok) {
        // Stopped by the library, not by a signal: wake the stopper so it can be joined.
        pthread_kill(stopper.native_handle(), SIGTERM);
    }
    stopper.join();
    return ok ? 0 : 1;
}

}  // namespace atlas::server
