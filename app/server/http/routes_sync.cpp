// Routes: the sync of atlas files (docs/sync-protocol.md). Push a batch of operations, pull the
// group's records after a cursor, ask which media files the server lacks. Members only.

#include "http/routes.h"

#include "core/sync/sync_json_text.h"
#include "core/sync/sync_schema.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

// The caller and its role in group `name`; an error response is sent when it returns nullopt.
std::optional<std::pair<GroupRecord, Role>> membership(ServerContext& ctx, httplib::Response& res,
                                                       const UserRecord& user, const QString& name)
{
    auto group = ctx.store.findGroup(name);
    if (!group) {
        sendStoreError(res, group.error());
        return std::nullopt;
    }
    if (!group.value()) {
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no group '%1'").arg(name));
        return std::nullopt;
    }
    auto role = ctx.store.roleIn(group.value()->id, user.id);
    if (!role) {
        sendStoreError(res, role.error());
        return std::nullopt;
    }
    if (role.value() == Role::None) {
        sendError(res, 403, QStringLiteral("forbidden"), QStringLiteral("not a member of '%1'").arg(name));
        return std::nullopt;
    }
    return std::make_pair(*group.value(), role.value());
}

void sendProtocolError(httplib::Response& res, const core::Error& error)
{
    sendError(res, 400, QStringLiteral("bad_request"), error.message());
}

void push(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {}) || !requireUser(ctx, req, res, user))
        return;
    auto batch = core::pushBatchFromJson(QByteArray::fromStdString(req.body));
    if (!batch)
        return sendProtocolError(res, batch.error());
    const auto member = membership(ctx, res, user, batch.value().group);
    if (!member)
        return;
    auto result = ctx.store.syncPush(member->first.id, user.id, member->second, batch.value());
    if (!result)
        return sendStoreError(res, result.error());
    // Written straight to text: thousands of results, an object each.
    res.status = 200;
    res.set_content(core::pushResultJsonText(result.value()).toStdString(), "application/json");
}

void pull(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {QStringLiteral("group"), QStringLiteral("cursor"), QStringLiteral("limit")}) ||
        !requireUser(ctx, req, res, user))
        return;
    bool ok = true;
    const QString cursorText = param(req, "cursor");
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
    if (!ok || cursor < 0)
        return sendError(res, 400, QStringLiteral("bad_request"), QStringLiteral("cursor: not a cursor of this server"));
    const QString limitText = param(req, "limit");
    const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > core::kMaxPullLimit)
        return sendError(res, 400, QStringLiteral("bad_request"),
                         QStringLiteral("limit: a number from 1 to %1 is expected").arg(core::kMaxPullLimit));
    const auto member = membership(ctx, res, user, param(req, "group"));
    if (!member)
        return;
    auto page = ctx.store.syncPull(member->first.id, user.id, cursor, limit);
    if (!page)
        return sendStoreError(res, page.error());
    res.status = 200;
    res.set_content(core::pullPageJsonText(page.value()).toStdString(), "application/json");
}

void missingMedia(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {}) || !requireUser(ctx, req, res, user))
        return;
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    if (auto s = core::checkSyncProtocol(body->value(QStringLiteral("protocol")).toInt(-1), QStringLiteral("request"));
        !s)
        return sendProtocolError(res, s.error());
    const QJsonValue list = body->value(QStringLiteral("sha256"));
    if (!list.isArray() || list.toArray().size() > core::kMaxPushOps || body->size() != 3)
        return sendError(res, 400, QStringLiteral("bad_request"),
                         QStringLiteral("the body must be {\"protocol\", \"group\", \"sha256\": [at most %1 names]}")
                             .arg(core::kMaxPushOps));
    QStringList names;
    for (const QJsonValue& v : list.toArray()) {
        if (!BlobStore::isValidName(v.toString()))
            return sendError(res, 400, QStringLiteral("invalid_media_name"),
                             QStringLiteral("media are named by their SHA-256: 64 lower-case hex characters"));
        names << v.toString();
    }
    const auto member = membership(ctx, res, user, body->value(QStringLiteral("group")).toString());
    if (!member)
        return;
    auto missing = ctx.store.missingMedia(member->first.id, names);
    if (!missing)
        return sendStoreError(res, missing.error());
    sendJson(res, 200, QJsonObject{{QStringLiteral("protocol"), core::kSyncProtocolVersion},
                                   {QStringLiteral("missing"), QJsonArray::fromStringList(missing.value())}});
}

}  // namespace

void addSyncRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Post("/api/sync/push", [&ctx](Req req, Res res) { push(ctx, req, res); });
    server.Get("/api/sync/pull", [&ctx](Req req, Res res) { pull(ctx, req, res); });
    server.Post("/api/sync/media/missing", [&ctx](Req req, Res res) { missingMedia(ctx, req, res); });
}

}  // namespace atlas::server
