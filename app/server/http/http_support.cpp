#include "http/http_support.h"

#include "auth/credentials.h"

#include <QDateTime>
#include <QJsonParseError>
#include <QUrlQuery>
#include <cstdio>

namespace atlas::server {

void sendJson(httplib::Response& res, int status, const QJsonDocument& json, const char* contentType)
{
    res.status = status;
    res.set_content(json.toJson(QJsonDocument::Compact).toStdString(), contentType);
}

void sendJson(httplib::Response& res, int status, const QJsonObject& json)
{
    sendJson(res, status, QJsonDocument(json));
}

void sendError(httplib::Response& res, int status, const QString& code, const QString& message)
{
    sendJson(res, status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

void sendStoreError(httplib::Response& res, const core::Error& error)
{
    std::fprintf(stderr, "atlas-server: store error: %s\n", qPrintable(error.message()));
    sendError(res, 500, QStringLiteral("store_error"), QStringLiteral("the server could not read or write its store"));
}

bool authenticate(ServerContext& ctx, const httplib::Request& req, httplib::Response& res,
                  std::optional<UserRecord>& user)
{
    user.reset();
    if (!req.has_header("Authorization"))
        return true;
    const QString header = QString::fromStdString(req.get_header_value("Authorization"));
    if (!header.startsWith(QLatin1String("Bearer "))) {
        sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("the Authorization header must be 'Bearer TOKEN'"));
        return false;
    }
    const QString token = header.mid(7).trimmed();
    auto found = ctx.store.sessionUser(tokenDigest(token), QDateTime::currentSecsSinceEpoch());
    if (!found) {
        sendStoreError(res, found.error());
        return false;
    }
    if (!found.value()) {
        res.set_header("WWW-Authenticate", "Bearer");
        sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("unknown or expired token: log in again"));
        return false;
    }
    user = found.value();
    return true;
}

bool requireUser(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, UserRecord& user)
{
    std::optional<UserRecord> found;
    if (!authenticate(ctx, req, res, found))
        return false;
    if (!found) {
        res.set_header("WWW-Authenticate", "Bearer");
        sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("log in first (Authorization: Bearer TOKEN)"));
        return false;
    }
    user = *found;
    return true;
}

std::optional<QJsonObject> jsonBody(const httplib::Request& req, httplib::Response& res)
{
    if (req.body.size() > kMaxJsonBody) {
        sendError(res, 413, QStringLiteral("payload_too_large"),
                  QStringLiteral("the JSON body has %1 bytes, more than the %2 a JSON request may have")
                      .arg(qint64(req.body.size()))
                      .arg(qint64(kMaxJsonBody)));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (error.error != QJsonParseError::NoError) {
        sendError(res, 400, QStringLiteral("malformed_json"),
                  QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        sendError(res, 400, QStringLiteral("malformed_json"), QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

bool onlyParams(const httplib::Request& req, httplib::Response& res, const QSet<QString>& allowed)
{
    // The query string itself: req.params also holds form fields parsed from a body.
    const std::string& target = req.target;
    const size_t q = target.find('?');
    const QUrlQuery query(q == std::string::npos ? QString() : QString::fromStdString(target.substr(q + 1)));
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        const QString& k = item.first;
        if (!allowed.contains(k)) {
            QStringList known(allowed.begin(), allowed.end());
            known.sort();
            sendError(res, 400, QStringLiteral("unknown_parameter"),
                      QStringLiteral("unknown query parameter '%1' (known: %2)")
                          .arg(k, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

QString pathArg(const httplib::Request& req, size_t i)
{
    return i < req.matches.size() ? QString::fromStdString(req.matches[i].str()) : QString();
}

QString param(const httplib::Request& req, const char* name)
{
    return QString::fromStdString(req.get_param_value(name));
}

std::optional<GroupRecord> groupFromPath(ServerContext& ctx, const httplib::Request& req, httplib::Response& res,
                                         size_t capture)
{
    const QString name = pathArg(req, capture);
    auto group = ctx.store.findGroup(name);
    if (!group) {
        sendStoreError(res, group.error());
        return std::nullopt;
    }
    if (!group.value())
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no group named '%1'").arg(name));
    return group.value();
}

std::optional<std::pair<GroupRecord, Role>> memberOfPath(ServerContext& ctx, const httplib::Request& req,
                                                         httplib::Response& res, UserRecord& user, Role minimum,
                                                         const QString& what)
{
    if (!onlyParams(req, res, {}) || !requireUser(ctx, req, res, user))
        return std::nullopt;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return std::nullopt;
    auto role = roleOf(ctx, user, group->id);
    if (!role) {
        sendStoreError(res, role.error());
        return std::nullopt;
    }
    if (int(role.value()) < int(minimum)) {
        sendError(res, 403, QStringLiteral("forbidden"),
                  QStringLiteral("only %1 of '%2' %3")
                      .arg(minimum == Role::Reader ? QStringLiteral("members") : roleName(minimum) + QLatin1Char('s'), group->name, what));
        return std::nullopt;
    }
    return std::make_pair(*group, role.value());
}

core::Result<Role> roleOf(ServerContext& ctx, const UserRecord& user, qint64 groupId)
{
    if (user.roles)
        return user.roles->value(groupId, Role::None);
    return ctx.store.roleIn(groupId, user.id);
}

std::optional<Actor> actorIn(ServerContext& ctx, const std::optional<UserRecord>& user, qint64 groupId,
                             qint64 authorId, httplib::Response& res)
{
    Actor actor;
    if (!user)
        return actor;
    actor.registered = true;
    actor.isAuthor = authorId == user->id;
    auto role = roleOf(ctx, *user, groupId);
    if (!role) {
        sendStoreError(res, role.error());
        return std::nullopt;
    }
    actor.role = role.value();
    return actor;
}

QString baseUrl(const httplib::Request& req)
{
    const std::string proto = req.get_header_value("X-Forwarded-Proto") == "https" ? "https" : "http";
    const std::string host = req.has_header("Host") ? req.get_header_value("Host") : "127.0.0.1";
    return QString::fromStdString(proto + "://" + host);
}

}  // namespace atlas::server
