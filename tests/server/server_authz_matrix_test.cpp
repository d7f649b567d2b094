// The whole authz matrix through the real server, on both backends: every actor (anonymous,
// registered outsider, reader, contributor, the author, animator) x every scope and status a
// fiche can have x read (single, group list, OGC items), create, update, delete, publish.
// The expected answers come from the policy (unit-tested against the rules on its own):
// this test proves every endpoint enforces it.

#include "auth/authz_policy.h"
#include "server_fixture.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QSet>

using namespace atlas::test;
using atlas::server::Action;
using atlas::server::Actor;
using atlas::server::FicheFacts;
using atlas::server::Role;
using atlas::server::isAllowed;
namespace core = atlas::core;

namespace {

struct Caller {
    const char* name;  // account, or "" for anonymous
    Role role;
    bool isAuthor;
};

// "auteur" is the contributor who creates every fiche of the matrix.
const Caller kCallers[] = {
    {"", Role::None, false},         {"dehors", Role::None, false},   {"lecteur", Role::Reader, false},
    {"contrib", Role::Contributor, false}, {"auteur", Role::Contributor, true}, {"anim", Role::Animator, false},
};

struct Spec {
    core::SharingScope scope;
    core::ObservationStatus status;
};

QList<Spec> specs()
{
    QList<Spec> out;
    for (auto scope : {core::SharingScope::Private, core::SharingScope::Group, core::SharingScope::Community, core::SharingScope::Public})
        for (auto status : {core::ObservationStatus::Draft, core::ObservationStatus::Proposed, core::ObservationStatus::Published})
            if (scope != core::SharingScope::Private || status != core::ObservationStatus::Published)  // nobody may publish a private fiche
                out << Spec{scope, status};
    return out;
}

bool success(int status)
{
    return status == 200 || status == 201;
}

// Denied answers: 404 when the caller may not even see the fiche, 401 anonymous, 403 otherwise.
bool deniedProperly(int status, bool canRead, bool anonymous)
{
    if (!canRead)
        return status == 404;
    return status == (anonymous ? 401 : 403);
}

struct Created {
    std::string path;
    QString uuid;
    int version;
};

}  // namespace

TEST_CASE("server: authz matrix, role x scope x read/create/update/delete/publish")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    std::map<std::string, std::string> tokens = seedCallers(s);

    const auto createAs = [&](const Spec& spec) {
        // The author creates it (proposed at most), the animator publishes it when needed.
        const bool publish = spec.status == core::ObservationStatus::Published;
        const QJsonObject body{{"kind", "landmark"}, {"scope", core::scopeName(spec.scope)},
                               {"status", publish ? QStringLiteral("proposed") : core::statusName(spec.status)},
                               {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{4.5, 50.5}}}}};
        const Reply r = s.postJson("/api/groups/vallee/fiches", body, tokens["auteur"]);
        REQUIRE(r.status == 201);
        Created c{"/api/fiches/" + r.json().value("uuid").toString().toStdString(), r.json().value("uuid").toString(), 1};
        if (publish) {
            REQUIRE(s.request("POST", c.path + "/publish", {}, tokens["anim"]).status == 200);
            c.version = 2;
        }
        return c;
    };

    int checks = 0;
    // Reads: one shared set of fiches, seen through every door.
    QList<std::pair<Spec, Created>> shared;
    for (const Spec& spec : specs())
        shared << std::make_pair(spec, createAs(spec));
    for (const Caller& caller : kCallers) {
        const std::string& token = tokens[caller.name];
        QSet<QString> listed, ogc;
        for (const QJsonValue& f : s.get("/api/groups/vallee/fiches?limit=1000", token).json().value("fiches").toArray())
            listed << f.toObject().value("uuid").toString();
        const Reply items = s.get("/collections/landmark/items?limit=1000", token);
        REQUIRE(items.status == 200);
        for (const QJsonValue& f : items.json().value("features").toArray())
            ogc << f.toObject().value("id").toString();
        for (const auto& [spec, fiche] : shared) {
            const Actor actor{caller.name[0] != 0, caller.role, caller.isAuthor};
            const bool canRead = isAllowed(actor, FicheFacts{spec.scope, spec.status}, Action::Read);
            INFO("caller '" << caller.name << "' " << core::scopeName(spec.scope).toStdString() << " "
                            << core::statusName(spec.status).toStdString());
            const int status = s.get(fiche.path, token).status;
            CHECK(status == (canRead ? 200 : 404));
            CHECK(listed.contains(fiche.uuid) == canRead);
            CHECK(ogc.contains(fiche.uuid) == canRead);
            const Reply one = s.get("/collections/landmark/items/" + fiche.uuid.toStdString(), token);
            CHECK(one.status == (canRead ? 200 : 404));
            checks += 4;
        }
    }

    // Writes: fresh fiches per caller so each action starts from a known state.
    for (const Caller& caller : kCallers) {
        const std::string& token = tokens[caller.name];
        const bool anonymous = caller.name[0] == 0;
        const Actor actor{!anonymous, caller.role, caller.isAuthor};
        for (auto scope : {core::SharingScope::Private, core::SharingScope::Group, core::SharingScope::Community, core::SharingScope::Public}) {
            INFO("caller '" << caller.name << "' creates " << core::scopeName(scope).toStdString());
            const Reply r = s.postJson("/api/groups/vallee/fiches", QJsonObject{{"kind", "landmark"}, {"scope", core::scopeName(scope)}}, token);
            const bool canCreate = isAllowed(actor, FicheFacts{scope, core::ObservationStatus::Draft}, Action::Create);
            CHECK(success(r.status) == canCreate);
            if (!canCreate)
                CHECK(r.status == (anonymous ? 401 : 403));
            ++checks;
        }
        for (const Spec& spec : specs()) {
            const FicheFacts facts{spec.scope, spec.status};
            const bool canRead = isAllowed(actor, facts, Action::Read);
            INFO("caller '" << caller.name << "' on " << core::scopeName(spec.scope).toStdString() << " "
                            << core::statusName(spec.status).toStdString());
            Created f = createAs(spec);
            const Reply up = s.request("PUT", f.path, jsonText(QJsonObject{{"version", f.version}, {"title_fr", "modifié"}}), token);
            const bool canUpdate = isAllowed(actor, facts, Action::Update);
            CHECK(success(up.status) == canUpdate);
            if (!canUpdate)
                CHECK(deniedProperly(up.status, canRead, anonymous));
            f.version += canUpdate ? 1 : 0;

            const bool wasPublished = spec.status == core::ObservationStatus::Published;
            const Reply pub = s.request("POST", f.path + "/publish", {}, token);
            const bool canPublish = isAllowed(actor, facts, Action::Publish);
            CHECK(success(pub.status) == canPublish);
            if (!canPublish)
                CHECK(deniedProperly(pub.status, canRead, anonymous));
            f.version += canPublish ? 1 : 0;

            // After a publish the fiche is published: ask the policy about what it is now.
            const FicheFacts now{spec.scope, canPublish || wasPublished ? core::ObservationStatus::Published : spec.status};
            const Reply del = s.request("DELETE", f.path + "?version=" + std::to_string(f.version), {}, token);
            const bool canDelete = isAllowed(actor, now, Action::Delete);
            CHECK(success(del.status) == canDelete);
            if (!canDelete)
                CHECK(deniedProperly(del.status, isAllowed(actor, now, Action::Read), anonymous));
            // Whatever was refused left the fiche as it was.
            const Reply after = s.get(f.path, tokens["auteur"]);
            CHECK(after.status == (canDelete ? 404 : 200));
            if (!canDelete)
                CHECK(after.json().value("version").toInt() == f.version);
            checks += 4;
        }
    }
    CHECK(checks == 6 * 11 * 4 + 6 * 4 + 6 * 11 * 4);
}
