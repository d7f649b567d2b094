// Routes: comments and votes on published public fiches (one vote per account), and their
// moderation by the group's animators (hide, restore).

#include "http/fiche_access.h"
#include "http/routes.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

void listComments(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    FicheAccess access;
    if (!onlyParams(req, res, {}) || !openFiche(ctx, req, res, access))
        return;
    const bool moderator = isAllowed(access.actor, {}, Action::Moderate);
    auto comments = ctx.store.comments(access.fiche.id, moderator);
    auto votes = ctx.store.votes(access.fiche.id);
    if (!comments || !votes) {
        sendStoreError(res, !comments ? comments.error() : votes.error());
        return;
    }
    QJsonArray list;
    for (const CommentRecord& c : comments.value()) {
        QJsonObject item{{QStringLiteral("id"), c.uuid.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("author"), c.author},
                         {QStringLiteral("text"), c.body},
                         {QStringLiteral("created"), c.created}};
        if (moderator)
            item.insert(QStringLiteral("hidden"), c.hidden);
        list << item;
    }
    sendJson(res, 200,
             QJsonObject{{QStringLiteral("comments"), list},
                         {QStringLiteral("comment_count"), list.size()},
                         {QStringLiteral("votes"), QJsonObject{{QStringLiteral("up"), votes.value().up},
                                                               {QStringLiteral("down"), votes.value().down}}}});
}

void addComment(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    FicheAccess access;
    if (!onlyParams(req, res, {}) || !openFiche(ctx, req, res, access) || !allow(access, Action::Comment, res))
        return;
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue text = body->value(QStringLiteral("text"));
    if (body->size() != 1 || !text.isString() || text.toString().trimmed().isEmpty() || text.toString().size() > 5000) {
        sendError(res, 400, QStringLiteral("invalid_comment"), QStringLiteral("the body must be {\"text\": 1 to 5000 characters}"));
        return;
    }
    auto comment = ctx.store.addComment(access.fiche.id, access.user->id, text.toString());
    if (!comment) {
        sendStoreError(res, comment.error());
        return;
    }
    sendJson(res, 201, QJsonObject{{QStringLiteral("id"), comment.value().uuid.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("author"), comment.value().author},
                                   {QStringLiteral("text"), comment.value().body}});
}

void vote(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    FicheAccess access;
    if (!onlyParams(req, res, {}) || !openFiche(ctx, req, res, access) || !allow(access, Action::Vote, res))
        return;
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue value = body->value(QStringLiteral("value"));
    if (body->size() != 1 || !value.isDouble() || (value.toDouble() != 1 && value.toDouble() != -1)) {
        sendError(res, 400, QStringLiteral("invalid_vote"), QStringLiteral("the body must be {\"value\": 1 or -1}"));
        return;
    }
    if (auto s = ctx.store.setVote(access.fiche.id, access.user->id, value.toInt()); !s) {
        sendStoreError(res, s.error());
        return;
    }
    auto votes = ctx.store.votes(access.fiche.id);
    if (!votes) {
        sendStoreError(res, votes.error());
        return;
    }
    sendJson(res, 200, QJsonObject{{QStringLiteral("up"), votes.value().up}, {QStringLiteral("down"), votes.value().down}});
}

void moderate(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, bool hide)
{
    if (!onlyParams(req, res, {}))
        return;
    const QUuid id = QUuid::fromString(pathArg(req, 1));
    auto fiche = id.isNull() ? core::Result<std::optional<QUuid>>(std::optional<QUuid>()) : ctx.store.commentFiche(id);
    if (!fiche) {
        sendStoreError(res, fiche.error());
        return;
    }
    if (!fiche.value()) {
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no comment '%1'").arg(pathArg(req, 1).left(64)));
        return;
    }
    FicheAccess access;
    if (!openFicheById(ctx, req, res, fiche.value()->toString(QUuid::WithoutBraces), access)
        || !allow(access, Action::Moderate, res))
        return;
    if (auto s = ctx.store.setCommentHidden(id, hide); !s) {
        sendStoreError(res, s.error());
        return;
    }
    sendJson(res, 200, QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}, {QStringLiteral("hidden"), hide}});
}

}  // namespace

void addParticipationRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Get(R"(/api/fiches/([^/]+)/comments)", [&ctx](Req req, Res res) { listComments(ctx, req, res); });
    server.Post(R"(/api/fiches/([^/]+)/comments)", [&ctx](Req req, Res res) { addComment(ctx, req, res); });
    server.Put(R"(/api/fiches/([^/]+)/vote)", [&ctx](Req req, Res res) { vote(ctx, req, res); });
    server.Post(R"(/api/comments/([^/]+)/hide)", [&ctx](Req req, Res res) { moderate(ctx, req, res, true); });
    server.Post(R"(/api/comments/([^/]+)/restore)", [&ctx](Req req, Res res) { moderate(ctx, req, res, false); });
}

}  // namespace atlas::server
