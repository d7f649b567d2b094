// Routes: log in and out, who am I, my groups.

#include "auth/credentials.h"
#include "http/routes.h"

#include <QDateTime>
#include <QJsonArray>

namespace atlas::server {
namespace {

void login(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue name = body->value(QStringLiteral("user")), password = body->value(QStringLiteral("password"));
    if (!name.isString() || !password.isString() || body->size() != 2) {
        sendError(res, 400, QStringLiteral("bad_request"), QStringLiteral("the body must be {\"user\": string, \"password\": string}"));
        return;
    }
    const QString address = QString::fromStdString(req.remote_addr);
    if (const int wait = ctx.limiter.retryAfter(name.toString(), address); wait > 0) {
        res.set_header("Retry-After", std::to_string(wait));
        sendError(res, 429, QStringLiteral("too_many_attempts"),
                  QStringLiteral("too many failed logins for this account: try again in %1 s").arg(wait));
        return;
    }
    auto user = ctx.store.findUser(name.toString());
    if (!user) {
        sendStoreError(res, user.error());
        return;
    }
    // An unknown account costs one hash check too: the time taken does not tell which exist.
    const QString& hash = user.value() ? user.value()->passwordHash : dummyPasswordHash();
    if (!verifyPassword(hash, password.toString().toUtf8()) || !user.value()) {
        ctx.limiter.recordFailure(name.toString(), address);
        sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("unknown account or wrong password"));
        return;
    }
    ctx.limiter.recordSuccess(name.toString(), address);
    const QString token = newSessionToken();
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + qint64(ctx.options.sessionSeconds);
    if (auto s = ctx.store.addSession(tokenDigest(token), user.value()->id, expires); !s) {
        sendStoreError(res, s.error());
        return;
    }
    sendJson(res, 200,
             QJsonObject{{QStringLiteral("token"), token},
                         {QStringLiteral("user"), user.value()->name},
                         {QStringLiteral("expires"), QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate)}});
}

void logout(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!requireUser(ctx, req, res, user))
        return;
    const QString token = QString::fromStdString(req.get_header_value("Authorization")).mid(7).trimmed();
    if (auto s = ctx.store.removeSession(tokenDigest(token)); !s) {
        sendStoreError(res, s.error());
        return;
    }
    res.status = 204;
}

void me(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {}) || !requireUser(ctx, req, res, user))
        return;
    auto groups = ctx.store.membershipsOf(user.id);
    if (!groups) {
        sendStoreError(res, groups.error());
        return;
    }
    QJsonArray list;
    for (const MembershipRecord& m : groups.value())
        list << QJsonObject{{QStringLiteral("group"), m.groupName}, {QStringLiteral("role"), roleName(m.role)}};
    sendJson(res, 200, QJsonObject{{QStringLiteral("user"), user.name}, {QStringLiteral("groups"), list}});
}

}  // namespace

void addAuthRoutes(httplib::Server& server, ServerContext& ctx)
{
    server.Post("/api/login", [&ctx](const httplib::Request& req, httplib::Response& res) { login(ctx, req, res); });
    server.Post("/api/logout", [&ctx](const httplib::Request& req, httplib::Response& res) { logout(ctx, req, res); });
    server.Get("/api/me", [&ctx](const httplib::Request& req, httplib::Response& res) { me(ctx, req, res); });
}

}  // namespace atlas::server
