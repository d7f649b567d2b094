// Hardening of the HTTP layer on both backends: a login for an unknown account takes as long as
// a wrong password (medians of interleaved samples), compressible answers are gzip whatever else
// the client offers (never brotli) while photos go as they are, JSON bodies have their own size
// limit (413) and malformed JSON is 400 with the parser's reason.

#include "server_fixture.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>

using namespace atlas::test;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

Reply getWith(const ServerFixture& s, const std::string& path, const std::string& acceptEncoding, const std::string& token = {})
{
    std::multimap<std::string, std::string> headers;
    if (!acceptEncoding.empty())
        headers.emplace("Accept-Encoding", acceptEncoding);
    return s.request("GET", path, {}, token, headers);
}

}  // namespace

TEST_CASE("server: a login for an unknown account takes as long as a wrong password")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    // Five accounts, four wrong passwords each: below the limit of five failures a minute.
    for (int u = 0; u < 5; ++u)
        s.addUser(QStringLiteral("compte%1").arg(u), QStringLiteral("le bon mot de passe"));
    s.start();
    std::vector<double> known, unknown;
    QElapsedTimer timer;
    for (int i = 0; i < 20; ++i) {
        // Interleaved, so that load on the machine weighs on both samples alike.
        timer.start();
        const Reply wrong = s.postJson("/api/login", QJsonObject{{"user", QStringLiteral("compte%1").arg(i % 5)}, {"password", "faux"}});
        known.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const Reply nobody = s.postJson("/api/login", QJsonObject{{"user", QStringLiteral("personne%1").arg(i)}, {"password", "faux"}});
        unknown.push_back(double(timer.nsecsElapsed()) / 1e6);
        REQUIRE(wrong.status == 401);
        REQUIRE(nobody.status == 401);
        // The same answer for both: nothing tells whether the account exists.
        CHECK(wrong.body == nobody.body);
    }
    const double k = median(known), u = median(unknown);
    INFO("median login time: wrong password " << k << " ms, unknown account " << u << " ms");
    // Without the dummy hash check the unknown account answers tens of times faster.
    CHECK(u > 0.6 * k);
    CHECK(u < 1.6 * k);
    CHECK(k > 5.0);  // an Argon2id check really ran
}

TEST_CASE("server: compressible answers are gzip, never brotli; photos go as they are")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addUser("anim", "pw");
    s.addGroup("vallee");
    s.addMember("vallee", "anim", "animator");
    s.start();
    const std::string token = s.login("anim", "pw");
    for (int i = 0; i < 20; ++i)
        REQUIRE(s.postJson("/api/groups/vallee/fiches",
                           QJsonObject{{"kind", "landmark"}, {"scope", "public"}, {"status", "published"},
                                       {"title_fr", QStringLiteral("Lieu numéro %1").arg(i)},
                                       {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{4.0 + i * 0.01, 50.0}}}}},
                           token)
                    .status == 201);
    for (const std::string path : {"/api", "/collections", "/collections/landmark/items?limit=20"}) {
        INFO(path);
        // The client library inflates the body itself: it must still be the JSON.
        const Reply both = getWith(s, path, "gzip, deflate, br");
        CHECK(both.status == 200);
        CHECK(both.header("Content-Encoding") == "gzip");
        CHECK(both.header("Vary") == "Accept-Encoding");
        CHECK_FALSE(both.json().isEmpty());
        CHECK(getWith(s, path, "br").header("Content-Encoding").empty());
        CHECK(getWith(s, path, "").header("Content-Encoding").empty());
        CHECK(getWith(s, path, "gzip;q=0, br").header("Content-Encoding").empty());
        const Reply plain = getWith(s, path, "identity");
        CHECK(plain.header("Content-Encoding").empty());
        CHECK(plain.json() == both.json());
    }
    CHECK(getWith(s, "/api/groups/vallee/fiches?limit=20", "GZIP", token).header("Content-Encoding") == "gzip");
    // Small answers are not worth it.
    CHECK(getWith(s, "/conformance", "gzip").header("Content-Encoding").empty());
    // A photo is already compressed: it goes as it is, even when very compressible.
    const std::string photo(8000, 'x');
    const Reply up = s.request("POST", "/api/groups/vallee/media", photo, token, {}, "image/jpeg");
    REQUIRE(up.status == 201);
    const Reply down = getWith(s, "/api/groups/vallee/media/" + up.json().value("sha256").toString().toStdString(), "gzip, br", token);
    CHECK(down.status == 200);
    CHECK(down.header("Content-Encoding").empty());
    CHECK(down.body == photo);
}

TEST_CASE("server: JSON bodies have a size limit (413) and malformed JSON is 400 with the reason")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addUser("contrib", "pw");
    s.addGroup("vallee");
    s.addMember("vallee", "contrib", "contributor");
    s.start();
    const std::string token = s.login("contrib", "pw");
    const auto expectError = [](const Reply& r, int status, const char* code, const char* inMessage) {
        INFO(r.body);
        CHECK(r.status == status);
        CHECK(r.header("Content-Type") == "application/json");
        CHECK(r.json().value("error").toString() == QString::fromLatin1(code));
        CHECK(r.json().value("message").toString().contains(QString::fromLatin1(inMessage)));
    };
    // Above 1 MiB a JSON request is refused before parsing; an upload of that size is fine.
    const std::string big = jsonText(QJsonObject{{"kind", "landmark"}, {"description_fr", QString(1100 * 1024, QLatin1Char('a'))}});
    expectError(s.request("POST", "/api/groups/vallee/fiches", big, token), 413, "payload_too_large", "JSON");
    expectError(s.request("POST", "/api/login", big), 413, "payload_too_large", "1048576");
    CHECK(s.request("POST", "/api/groups/vallee/media", std::string(1100 * 1024, 'p'), token, {}, "image/jpeg").status == 201);
    // Malformed JSON: the parser's reason and where.
    expectError(s.request("POST", "/api/groups/vallee/fiches", "{\"kind\": \"landmark\",", token), 400, "malformed_json", "at offset");
    expectError(s.request("POST", "/api/groups/vallee/fiches", "{\"kind\" \"landmark\"}", token), 400, "malformed_json", "missing name separator at offset 9");
    expectError(s.request("POST", "/api/groups/vallee/fiches", "{} garbage", token), 400, "malformed_json", "not valid JSON");
    expectError(s.request("POST", "/api/groups/vallee/fiches", "", token), 400, "malformed_json", "not valid JSON");
    expectError(s.request("POST", "/api/groups/vallee/fiches", "\"a string\"", token), 400, "malformed_json", "JSON");
    CHECK(s.get("/api/groups/vallee/fiches", token).json().value("matched").toInt() == 0);
}
