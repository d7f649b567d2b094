// Media of fiches readable by non-members exactly when a fiche they may read shows them: on
// both backends, anonymous and registered outsiders against files linked (by the sync's
// observation_media records) to fiches of every scope and status, unlinked, unlinked again,
// shown by a deleted fiche, or asked for through another group. Members read them all.

#include "auth/authz_policy.h"
#include "server_fixture.h"
#include "support/test_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>
#include <set>

using namespace atlas::test;
using atlas::server::Action;
using atlas::server::Actor;
using atlas::server::FicheFacts;
using atlas::server::Role;
using atlas::server::isAllowed;
namespace core = atlas::core;

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Photo {
    const char* what;
    core::SharingScope scope;
    core::ObservationStatus status;
    bool linked = true;      // shown by its fiche
    bool unlinked = false;   // shown, then no longer
    bool ficheDeleted = false;
    std::string sha = {}, bytes = {};
};

}  // namespace

TEST_CASE("server: media of fiches a non-member may read, and only those, are downloadable")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addGroup("autre");
    std::map<std::string, std::string> tokens = seedCallers(s);
    const std::string auteur = tokens["auteur"], anim = tokens["anim"], lecteur = tokens["lecteur"], dehors = tokens["dehors"];
    using S = core::SharingScope;
    using T = core::ObservationStatus;
    std::vector<Photo> photos = {
        {"public published", S::Public, T::Published},
        {"public proposed", S::Public, T::Proposed},
        {"community published", S::Community, T::Published},
        {"group published", S::Group, T::Published},
        {"private draft", S::Private, T::Draft},
        {"public published, not linked", S::Public, T::Published, false},
        {"public published, unlinked", S::Public, T::Published, true, true},
        {"public published, fiche deleted", S::Public, T::Published, true, false, true},
    };
    const QString replica = newUuid();
    QJsonArray ops, unlinkOps;
    // A photo attached to a fiche that is deleted on the server is kept and recorded as an
    // update/delete conflict (docs/sync-protocol.md); every other op applies.
    std::set<QString> conflictingOps;
    const auto op = [&](const QString& table, const QString& record, const char* operation, int base, const QJsonObject& fields) {
        return QJsonObject{{"op", newUuid()},     {"table", table},       {"record", record},
                           {"operation", operation}, {"base_version", base}, {"fields", fields},
                           {"author", "auteur"},  {"replica", replica},
                           {"at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    };
    std::vector<std::string> fichePaths;
    for (size_t i = 0; i < photos.size(); ++i) {
        Photo& p = photos[i];
        INFO(p.what);
        const bool publish = p.status == T::Published;
        const Reply fiche = s.postJson("/api/groups/vallee/fiches",
                                       QJsonObject{{"kind", "landmark"}, {"scope", core::scopeName(p.scope)},
                                                   {"status", publish ? QStringLiteral("proposed") : core::statusName(p.status)}},
                                       auteur);
        REQUIRE(fiche.status == 201);
        const QString ficheUuid = fiche.json().value("uuid").toString();
        const std::string path = "/api/fiches/" + ficheUuid.toStdString();
        if (publish)
            REQUIRE(s.request("POST", path + "/publish", {}, anim).status == 200);
        if (p.ficheDeleted)
            REQUIRE(s.request("DELETE", path + "?version=2", {}, auteur).status == 200);
        p.bytes = "photo " + std::to_string(i) + std::string(2000, char('a' + i));
        const Reply up = s.request("POST", "/api/groups/vallee/media", p.bytes, auteur, {}, "image/jpeg");
        REQUIRE(up.status == 201);
        p.sha = up.json().value("sha256").toString().toStdString();
        const QString media = newUuid();
        ops << op("media", media, "insert", 0,
                  QJsonObject{{"sha256", QJsonObject{{"old", QJsonValue()}, {"new", QString::fromStdString(p.sha)}}},
                              {"mime", QJsonObject{{"old", QJsonValue()}, {"new", "image/jpeg"}}},
                              {"size", QJsonObject{{"old", QJsonValue()}, {"new", double(p.bytes.size())}}}});
        if (p.linked) {
            ops << op("observation_media", ficheUuid, "insert", 0, QJsonObject{{media, QJsonObject{{"old", QJsonValue()}, {"new", true}}}});
            if (p.ficheDeleted)
                conflictingOps.insert(ops.last().toObject().value("op").toString());
        }
        if (p.unlinked)
            unlinkOps << op("observation_media", ficheUuid, "update", 1, QJsonObject{{media, QJsonObject{{"old", true}, {"new", false}}}});
    }
    int conflictsSeen = 0;
    for (const QJsonArray& batch : {ops, unlinkOps}) {
        const Reply pushed = s.postJson("/api/sync/push", QJsonObject{{"protocol", 1}, {"group", "vallee"}, {"replica", replica}, {"ops", batch}},
                                        auteur);
        INFO(pushed.body);
        REQUIRE(pushed.status == 200);
        for (const QJsonValue& r : pushed.json().value("results").toArray()) {
            const QJsonObject result = r.toObject();
            if (conflictingOps.count(result.value("op").toString())) {
                ++conflictsSeen;
                CHECK(result.value("outcome").toString() == "conflict");
                CHECK(result.value("conflicts").toArray().first().toObject().value("kind").toString() == "update_deleted");
            } else {
                CHECK(result.value("outcome").toString() == "applied");
            }
        }
    }
    CHECK(conflictsSeen == 1);

    int checks = 0;
    for (const Photo& p : photos) {
        const std::string path = "/api/groups/vallee/media/" + p.sha;
        // Members read every file of the group.
        for (const std::string& member : {lecteur, auteur}) {
            const Reply r = s.get(path, member);
            CHECK(r.status == 200);
            CHECK(r.body == p.bytes);
        }
        for (const bool registered : {false, true}) {
            INFO(p.what << (registered ? " as an outsider" : " anonymously"));
            const bool shown = p.linked && !p.unlinked && !p.ficheDeleted
                && isAllowed(Actor{registered, Role::None, false}, FicheFacts{p.scope, p.status}, Action::Read);
            const Reply r = s.get(path, registered ? dehors : std::string());
            CHECK(r.status == (shown ? 200 : registered ? 403 : 401));
            if (shown) {
                CHECK(r.body == p.bytes);
                CHECK(r.header("Content-Type") == "image/jpeg");
            } else {
                CHECK(r.json().value("error").toString() == (registered ? "forbidden" : "unauthorized"));
            }
            // Another group does not lend its public fiches to this file.
            CHECK(s.get("/api/groups/autre/media/" + p.sha, registered ? dehors : std::string()).status == (registered ? 403 : 401));
            checks += 2;
        }
    }
    CHECK(checks == 2 * 8 * 2);
    // What is served anonymously is the public published fiche's photo and no other.
    CHECK(s.get("/api/groups/vallee/media/" + photos[0].sha).status == 200);
    CHECK(s.get("/api/groups/vallee/media/" + std::string(64, '0')).status == 401);
    CHECK(s.get("/api/groups/vallee/media/" + std::string(64, '0'), lecteur).status == 404);
}
