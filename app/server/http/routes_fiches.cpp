// Routes: fiches of a group (list, create, read, update, delete, publish, reject) and the
// group's change feed. Every route asks the authz policy; fiches a caller may not read are
// answered 404, exactly like unknown ones, so their existence does not leak.

#include "http/fiche_input.h"
#include "http/fiche_access.h"
#include "http/routes.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

void listFiches(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    std::optional<UserRecord> user;
    if (!onlyParams(req, res, {QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("kind")})
        || !authenticate(ctx, req, res, user))
        return;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return;
    FicheQuery q;
    q.viewer.userId = user ? user->id : 0;
    q.groupId = group->id;
    if (!pageParams(req, res, q))
        return;
    if (req.has_param("kind")) {
        q.kind = core::kindFromName(param(req, "kind"));
        if (!q.kind) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("kind: '%1' is not a kind of fiche").arg(param(req, "kind")));
            return;
        }
    }
    auto page = ctx.store.fiches(q);
    if (!page) {
        sendStoreError(res, page.error());
        return;
    }
    QJsonArray list;
    for (const FicheRecord& f : page.value().fiches)
        list << ficheJson(f);
    sendJson(res, 200, QJsonObject{{QStringLiteral("fiches"), list}, {QStringLiteral("matched"), page.value().matched}});
}

void createFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {}) || !requireUser(ctx, req, res, user))
        return;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return;
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    auto obs = ficheFromClient(*body, nullptr);
    if (!obs) {
        sendError(res, 400, QStringLiteral("invalid_fiche"), obs.error().message());
        return;
    }
    const auto actor = actorIn(ctx, user, group->id, user.id, res);
    if (!actor)
        return;
    const FicheFacts facts{obs.value().scope, obs.value().status};
    if (!isAllowed(*actor, facts, Action::Create)) {
        sendError(res, 403, QStringLiteral("forbidden"), QStringLiteral("only contributors and animators of '%1' create fiches").arg(group->name));
        return;
    }
    if (facts.status == core::ObservationStatus::Published && !isAllowed(*actor, facts, Action::Publish)) {
        sendError(res, 403, QStringLiteral("forbidden"), QStringLiteral("only animators publish fiches: create it as draft or proposed"));
        return;
    }
    FicheWrite w;
    w.op = FicheOp::Insert;
    w.groupId = group->id;
    w.actorId = user.id;
    w.observation = obs.take();
    sendWrite(ctx, req, res, w);
}

void readFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (!onlyParams(req, res, {}))
        return;
    FicheAccess access;
    if (!openFiche(ctx, req, res, access))
        return;
    sendJson(res, 200, ficheJson(access.fiche));
}

void updateFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    FicheAccess access;
    if (!onlyParams(req, res, {}) || !openFiche(ctx, req, res, access) || !allow(access, Action::Update, res))
        return;
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue version = body->value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        sendError(res, 400, QStringLiteral("invalid_fiche"), QStringLiteral("version: the version you edited is required (a positive integer)"));
        return;
    }
    auto obs = ficheFromClient(*body, &access.fiche.observation);
    if (!obs) {
        sendError(res, 400, QStringLiteral("invalid_fiche"), obs.error().message());
        return;
    }
    const bool publishing = obs.value().status == core::ObservationStatus::Published
        && access.fiche.observation.status != core::ObservationStatus::Published;
    if (publishing && !allow(access, Action::Publish, res))
        return;
    if (obs.value().scope == core::SharingScope::Private && !access.actor.isAuthor) {
        sendError(res, 403, QStringLiteral("forbidden"), QStringLiteral("only the author may make a fiche private"));
        return;
    }
    FicheWrite w;
    w.op = FicheOp::Update;
    w.groupId = access.fiche.groupId;
    w.actorId = access.user ? access.user->id : 0;
    w.observation = obs.take();
    w.baseVersion = version.toInt();
    sendWrite(ctx, req, res, w);
}

void deleteFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    FicheAccess access;
    if (!onlyParams(req, res, {QStringLiteral("version")}) || !openFiche(ctx, req, res, access)
        || !allow(access, Action::Delete, res))
        return;
    bool ok = false;
    const int version = param(req, "version").toInt(&ok);
    if (!ok || version < 1) {
        sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("version: the version you deleted is required (?version=N)"));
        return;
    }
    FicheWrite w;
    w.op = FicheOp::Delete;
    w.groupId = access.fiche.groupId;
    w.actorId = access.user->id;
    w.observation = access.fiche.observation;
    w.baseVersion = version;
    sendWrite(ctx, req, res, w);
}

// Publish (any status -> published) or reject (proposed -> draft): animators only.
void moderateFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, bool publish)
{
    FicheAccess access;
    if (!onlyParams(req, res, {}) || !openFiche(ctx, req, res, access) || !allow(access, Action::Publish, res))
        return;
    core::Observation next = access.fiche.observation;
    if (!publish && next.status != core::ObservationStatus::Proposed) {
        sendError(res, 409, QStringLiteral("not_proposed"), QStringLiteral("only a proposed fiche can be rejected; this one is %1")
                                                                  .arg(core::statusName(next.status)));
        return;
    }
    next.status = publish ? core::ObservationStatus::Published : core::ObservationStatus::Draft;
    FicheWrite w;
    w.op = FicheOp::Update;
    w.groupId = access.fiche.groupId;
    w.actorId = access.user->id;
    w.observation = next;
    w.baseVersion = access.fiche.observation.identity.version;
    sendWrite(ctx, req, res, w);
}

void changeFeed(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    if (!onlyParams(req, res, {QStringLiteral("after"), QStringLiteral("limit")}) || !requireUser(ctx, req, res, user))
        return;
    const auto group = groupFromPath(ctx, req, res);
    if (!group)
        return;
    const auto actor = actorIn(ctx, user, group->id, 0, res);
    if (!actor)
        return;
    if (actor->role == Role::None) {
        sendError(res, 403, QStringLiteral("forbidden"), QStringLiteral("only members of '%1' read its changes").arg(group->name));
        return;
    }
    bool ok = true;
    const qint64 after = req.has_param("after") ? param(req, "after").toLongLong(&ok) : 0;
    FicheQuery limits;
    if (!ok || after < 0) {
        sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("after: a change sequence number (0 or more)"));
        return;
    }
    if (!pageParams(req, res, limits))
        return;
    auto changes = ctx.store.changesSince(group->id, after, limits.limit);
    if (!changes) {
        sendStoreError(res, changes.error());
        return;
    }
    QJsonArray list;
    for (const ChangeRecord& c : changes.value())
        list << changeJson(c);
    sendJson(res, 200, QJsonObject{{QStringLiteral("changes"), list}});
}

}  // namespace

void addFicheRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Get(R"(/api/groups/([^/]+)/fiches)", [&ctx](Req req, Res res) { listFiches(ctx, req, res); });
    server.Post(R"(/api/groups/([^/]+)/fiches)", [&ctx](Req req, Res res) { createFiche(ctx, req, res); });
    server.Get(R"(/api/groups/([^/]+)/changes)", [&ctx](Req req, Res res) { changeFeed(ctx, req, res); });
    server.Get(R"(/api/fiches/([^/]+))", [&ctx](Req req, Res res) { readFiche(ctx, req, res); });
    server.Put(R"(/api/fiches/([^/]+))", [&ctx](Req req, Res res) { updateFiche(ctx, req, res); });
    server.Delete(R"(/api/fiches/([^/]+))", [&ctx](Req req, Res res) { deleteFiche(ctx, req, res); });
    server.Post(R"(/api/fiches/([^/]+)/publish)", [&ctx](Req req, Res res) { moderateFiche(ctx, req, res, true); });
    server.Post(R"(/api/fiches/([^/]+)/reject)", [&ctx](Req req, Res res) { moderateFiche(ctx, req, res, false); });
}

}  // namespace atlas::server
