// Bad input against the real server on both backends: malformed JSON, wrong types, oversized
// bodies, path traversal, SQL meta-characters in every field, unknown ids and parameters,
// bad tokens. Each gets a precise 4xx JSON error, and the store is unchanged afterwards.

#include "server_fixture.h"
#include "support/test_support.h"

#include <QJsonArray>

using namespace atlas::test;

namespace {

void expectError(const Reply& r, int status, const char* code)
{
    INFO(r.body);
    CHECK(r.status == status);
    CHECK(r.header("Content-Type").rfind("application/json", 0) == 0);
    CHECK(r.json().value("error").toString() == QString::fromLatin1(code));
    CHECK_FALSE(r.json().value("message").toString().isEmpty());
}

}  // namespace

TEST_CASE("server: bad input gets precise 4xx errors and changes nothing")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addUser("contrib", "pw");
    s.addGroup("vallee");
    s.addMember("vallee", "contrib", "contributor");
    s.start({"--max-body", "65536"});
    const std::string token = s.login("contrib", "pw");
    const QJsonObject good{{"kind", "landmark"}, {"title_fr", "Moulin"}, {"scope", "public"}};
    const Reply first = s.postJson("/api/groups/vallee/fiches", good, token);
    REQUIRE(first.status == 201);
    const std::string path = "/api/fiches/" + first.json().value("uuid").toString().toStdString();
    const auto snapshot = [&] { return s.get(path, token).body + s.get("/api/groups/vallee/fiches?limit=1000", token).body; };
    const std::string before = snapshot();

    // Malformed JSON and wrong shapes.
    expectError(s.request("POST", "/api/groups/vallee/fiches", "{\"kind\": \"landmark\",", token), 400, "malformed_json");
    expectError(s.request("POST", "/api/groups/vallee/fiches", "[1, 2]", token), 400, "malformed_json");
    expectError(s.request("POST", "/api/login", "not json"), 400, "malformed_json");
    expectError(s.postJson("/api/login", QJsonObject{{"user", 5}, {"password", "pw"}}), 400, "bad_request");
    // Wrong types and values, each naming the field.
    for (const auto& [field, value] : std::vector<std::pair<QString, QJsonValue>>{
             {"title_fr", 42}, {"themes", "a,b"}, {"date_start", "hier"}, {"kind", "chateau"}, {"scope", true},
             {"geometry", "0101"}, {"links", QJsonArray{"pas-un-uuid"}}, {"inconnu", 1}}) {
        QJsonObject body = good;
        body.insert(field, value);
        const Reply r = s.postJson("/api/groups/vallee/fiches", body, token);
        expectError(r, 400, "invalid_fiche");
        CHECK(r.json().value("message").toString().contains(field));
    }
    expectError(s.request("PUT", path, jsonText(QJsonObject{{"title_fr", "sans version"}}), token), 400, "invalid_fiche");
    expectError(s.request("PUT", path, jsonText(QJsonObject{{"version", "1"}}), token), 400, "invalid_fiche");
    expectError(s.request("DELETE", path + "?version=abc", {}, token), 400, "bad_parameter");

    // Oversized bodies.
    expectError(s.request("POST", "/api/groups/vallee/fiches", std::string(70000, ' '), token), 413, "payload_too_large");
    expectError(s.request("POST", "/api/groups/vallee/media", std::string(70000, 'x'), token, {}, "image/jpeg"), 413,
                "payload_too_large");

    // Path traversal in media names; unknown ids, groups, routes, parameters.
    expectError(s.get("/api/groups/vallee/media/..%2F..%2Fserver.sqlite", token), 400, "invalid_media_name");
    expectError(s.get("/api/groups/vallee/media/%2e%2e", token), 400, "invalid_media_name");
    expectError(s.get("/api/fiches/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(), token), 404, "not_found");
    expectError(s.get("/api/fiches/pas-un-uuid", token), 404, "not_found");
    expectError(s.get("/api/groups/inconnu/fiches", token), 404, "not_found");
    expectError(s.get("/api/nulle-part"), 404, "not_found");
    expectError(s.get("/collections/chateaux/items"), 404, "not_found");
    expectError(s.get("/collections/landmark/items?colour=red"), 400, "unknown_parameter");
    expectError(s.get("/collections/landmark/items?bbox=1,2,3"), 400, "bad_parameter");
    expectError(s.get("/collections/landmark/items?limit=-4"), 400, "bad_parameter");
    expectError(s.get("/collections/landmark/items?datetime=demain"), 400, "bad_parameter");
    expectError(s.get("/api/groups/vallee/fiches?limit=0", token), 400, "bad_parameter");
    expectError(s.get("/api/groups/vallee/fiches?kind=castle", token), 400, "bad_parameter");
    expectError(s.get("/api/groups/vallee/fiches?sort=title", token), 400, "unknown_parameter");

    // Bad tokens.
    expectError(s.get("/api/me", "00" + std::string(62, 'f')), 401, "unauthorized");
    expectError(s.request("GET", "/api/me", {}, {}, {{"Authorization", "Basic YTpi"}}), 401, "unauthorized");
    expectError(s.postJson("/api/groups/vallee/fiches", good), 401, "unauthorized");

    CHECK(snapshot() == before);

    // SQL meta-characters in every text field, in names and in ids are plain data.
    const QString evil = QStringLiteral("x'); DROP TABLE fiches; -- \" ; \\ % _ *");
    QJsonObject nasty{{"kind", "landmark"},      {"title_fr", evil},      {"title_nl", evil},  {"description_fr", evil},
                      {"description_nl", evil}, {"themes", QJsonArray{evil}}, {"tags", QJsonArray{evil}},
                      {"author", evil},          {"commune", evil}};
    const Reply stored = s.postJson("/api/groups/vallee/fiches", nasty, token);
    REQUIRE(stored.status == 201);
    const Reply back = s.get("/api/fiches/" + stored.json().value("uuid").toString().toStdString(), token);
    for (const char* key : {"title_fr", "title_nl", "description_fr", "description_nl", "author", "commune"})
        CHECK(back.json().value(QLatin1String(key)).toString() == evil);
    CHECK(back.json().value("themes").toArray().first().toString() == evil);
    expectError(s.postJson("/api/login", QJsonObject{{"user", "' OR '1'='1"}, {"password", "' OR '1'='1"}}), 401, "unauthorized");
    expectError(s.get("/api/groups/'%20OR%20'1'='1/fiches", token), 404, "not_found");
    expectError(s.get("/api/fiches/'%20OR%201=1--", token), 404, "not_found");
    CHECK(s.get("/api/groups/vallee/fiches", token).json().value("matched").toInt() == 2);
}
