#include "http/fiche_access.h"

namespace atlas::server {

bool openFiche(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, FicheAccess& access)
{
    return openFicheById(ctx, req, res, pathArg(req, 1), access);
}

bool openFicheById(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, const QString& id,
                   FicheAccess& access)
{
    if (!authenticate(ctx, req, res, access.user))
        return false;
    const QUuid uuid = QUuid::fromString(id);
    const auto notFound = [&] {
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no fiche '%1' (or not visible to you)").arg(id.left(64)));
        return false;
    };
    if (uuid.isNull())
        return notFound();
    auto found = ctx.store.fiche(uuid);
    if (!found) {
        sendStoreError(res, found.error());
        return false;
    }
    if (!found.value() || found.value()->observation.identity.deleted)
        return notFound();
    access.fiche = *found.value();
    const auto actor = actorIn(ctx, access.user, access.fiche.groupId, access.fiche.authorId, res);
    if (!actor)
        return false;
    access.actor = *actor;
    if (!isAllowed(access.actor, FicheFacts{access.fiche.observation.scope, access.fiche.observation.status}, Action::Read))
        return notFound();
    return true;
}

bool allow(const FicheAccess& access, Action action, httplib::Response& res)
{
    const FicheFacts facts{access.fiche.observation.scope, access.fiche.observation.status};
    if (isAllowed(access.actor, facts, action))
        return true;
    if (!access.user) {
        res.set_header("WWW-Authenticate", "Bearer");
        sendError(res, 401, QStringLiteral("unauthorized"), QStringLiteral("log in to %1 this fiche").arg(actionName(action)));
        return false;
    }
    sendError(res, 403, QStringLiteral("forbidden"),
              QStringLiteral("as %1 of '%2' you may not %3 this %4 %5 fiche")
                  .arg(roleName(access.actor.role), access.fiche.groupName, actionName(action),
                       core::scopeName(facts.scope), core::statusName(facts.status)));
    return false;
}

bool pageParams(const httplib::Request& req, httplib::Response& res, FicheQuery& query)
{
    bool ok = true;
    if (req.has_param("limit")) {
        query.limit = param(req, "limit").toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("limit: an integer from 1 to 1000"));
            return false;
        }
    }
    if (req.has_param("offset")) {
        query.offset = param(req, "offset").toLongLong(&ok);
        if (!ok || query.offset < 0) {
            sendError(res, 400, QStringLiteral("bad_parameter"), QStringLiteral("offset: an integer, 0 or more"));
            return false;
        }
    }
    return true;
}

void sendWrite(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, FicheWrite write)
{
    write.opUuid = QUuid::createUuid();
    if (req.has_header("X-Atlas-Op")) {
        write.opUuid = QUuid::fromString(QString::fromStdString(req.get_header_value("X-Atlas-Op")));
        if (write.opUuid.isNull()) {
            sendError(res, 400, QStringLiteral("bad_request"), QStringLiteral("X-Atlas-Op must be a UUID"));
            return;
        }
    }
    auto result = ctx.store.writeFiche(write);
    if (!result) {
        sendStoreError(res, result.error());
        return;
    }
    if (result.value().replayed)
        res.set_header("X-Atlas-Replayed", "true");
    sendJson(res, result.value().status, result.value().body);
}

QJsonObject changeJson(const ChangeRecord& c)
{
    return QJsonObject{{QStringLiteral("seq"), c.seq},
                       {QStringLiteral("op"), c.opUuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("table"), c.table},
                       {QStringLiteral("record"), c.record.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("operation"), c.operation},
                       {QStringLiteral("base_version"), c.baseVersion},
                       {QStringLiteral("new_version"), c.newVersion},
                       {QStringLiteral("changes"), c.changes},
                       {QStringLiteral("at"), c.at}};
}

}  // namespace atlas::server
