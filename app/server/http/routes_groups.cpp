// Routes: the members of a working group. Members list them; animators add, change and
// remove members (but not themselves, so a group never loses its animator by accident).

#include "admin_commands.h"
#include "http/routes.h"

#include <QJsonArray>

namespace atlas::server {
namespace {

void listMembers(ServerContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    UserRecord user;
    const auto m = memberOfPath(ctx, req, res, user, Role::Reader, QStringLiteral("see its members"));
    if (!m)
        return;
    auto members = ctx.store.membersOf(m->first.id);
    if (!members) {
        sendStoreError(res, members.error());
        return;
    }
    QJsonArray list;
    for (const MembershipRecord& r : members.value())
        list << QJsonObject{{QStringLiteral("user"), r.userName}, {QStringLiteral("role"), roleName(r.role)}};
    sendJson(res, 200, QJsonObject{{QStringLiteral("group"), m->first.name}, {QStringLiteral("members"), list}});
}

// PUT with {"role": R} sets the role; DELETE (role nullopt) removes the member.
void setMember(ServerContext& ctx, const httplib::Request& req, httplib::Response& res, bool remove)
{
    UserRecord user;
    const auto m = memberOfPath(ctx, req, res, user, Role::Animator, QStringLiteral("manage its members"));
    if (!m)
        return;
    Role role = Role::None;
    if (!remove) {
        const auto body = jsonBody(req, res);
        if (!body)
            return;
        const auto parsed = roleFromName(body->value(QStringLiteral("role")).toString());
        if (body->size() != 1 || !parsed) {
            sendError(res, 400, QStringLiteral("bad_request"), QStringLiteral("the body must be {\"role\": \"reader\", \"contributor\" or \"animator\"}"));
            return;
        }
        role = *parsed;
    }
    const QString name = pathArg(req, 2);
    auto target = isValidName(name) ? ctx.store.findUser(name) : core::Result<std::optional<UserRecord>>(std::optional<UserRecord>());
    if (!target) {
        sendStoreError(res, target.error());
        return;
    }
    if (!target.value()) {
        sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("no account named '%1'").arg(name.left(64)));
        return;
    }
    if (target.value()->id == user.id) {
        sendError(res, 409, QStringLiteral("own_membership"), QStringLiteral("animators do not change their own membership; ask another animator"));
        return;
    }
    if (auto s = ctx.store.setMembership(m->first.id, target.value()->id, role); !s) {
        sendStoreError(res, s.error());
        return;
    }
    sendJson(res, 200, QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("role"), roleName(role)}});
}

}  // namespace

void addGroupRoutes(httplib::Server& server, ServerContext& ctx)
{
    using Req = const httplib::Request&;
    using Res = httplib::Response&;
    server.Get(R"(/api/groups/([^/]+)/members)", [&ctx](Req req, Res res) { listMembers(ctx, req, res); });
    server.Put(R"(/api/groups/([^/]+)/members/([^/]+))", [&ctx](Req req, Res res) { setMember(ctx, req, res, false); });
    server.Delete(R"(/api/groups/([^/]+)/members/([^/]+))", [&ctx](Req req, Res res) { setMember(ctx, req, res, true); });
}

}  // namespace atlas::server
