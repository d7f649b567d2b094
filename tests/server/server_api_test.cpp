// atlas-server end to end on both backends: admin commands, login and sessions, fiches
// (create, read, update, delete, publish, reject, idempotent replays, change feed), media,
// comments and votes with their moderation.

#include "server_fixture.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QThread>

using namespace atlas::test;

namespace {

Backend anyBackend()
{
    return GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
}

// A group "vallee" with an animator, a contributor, a reader, and an outsider account.
void seed(ServerFixture& s, bool start = false)
{
    for (const char* u : {"anim", "contrib", "lecteur", "dehors"})
        s.addUser(QString::fromLatin1(u), QStringLiteral("pw-") + QString::fromLatin1(u));
    s.addGroup(QStringLiteral("vallee"));
    s.addMember(QStringLiteral("vallee"), QStringLiteral("anim"), QStringLiteral("animator"));
    s.addMember(QStringLiteral("vallee"), QStringLiteral("contrib"), QStringLiteral("contributor"));
    s.addMember(QStringLiteral("vallee"), QStringLiteral("lecteur"), QStringLiteral("reader"));
    if (start)
        s.start();
}

QJsonObject point(double lon, double lat)
{
    return QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{lon, lat}}};
}

}  // namespace

TEST_CASE("server: admin commands and sessions")
{
    const Backend backend = anyBackend();
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s);
    // Admin errors are precise and change nothing.
    const QString pw = s.dir().writeFile("pw", "x\n");
    CommandResult dup = s.run({"user", "add", "anim", "--password-file", pw});
    CHECK(dup.exitCode == 1);
    CHECK(dup.err.contains("already exists"));
    CHECK(s.run({"user", "add", "../etc", "--password-file", pw}).exitCode == 1);
    CHECK(s.run({"group", "member", "add", "vallee", "anim", "--role", "owner"}).exitCode == 1);
    CHECK(s.run({"group", "member", "add", "nowhere", "anim", "--role", "reader"}).err.contains("no such group"));
    CHECK(s.run({"user", "add", "nopw"}).err.contains("--password-file"));
    const CommandResult list = s.run({"user", "list"});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains("anim\t"));
    CHECK(list.out.contains("vallee:animator"));
    CHECK(list.out.contains("lecteur\t"));
    CHECK(list.out.count('\n') == 4);

    s.start({"--session-seconds", "3"});
    const std::string token = s.login("contrib", "pw-contrib");
    const Reply me = s.get("/api/me", token);
    REQUIRE(me.status == 200);
    CHECK(me.json().value("user").toString() == QStringLiteral("contrib"));
    CHECK(me.json().value("groups").toArray().first().toObject().value("role").toString() == QStringLiteral("contributor"));

    CHECK(s.postJson("/api/login", QJsonObject{{"user", "contrib"}, {"password", "wrong"}}).status == 401);
    CHECK(s.postJson("/api/login", QJsonObject{{"user", "nobody"}, {"password", "x"}}).status == 401);
    CHECK(s.get("/api/me", "not-a-token").status == 401);

    // Logout ends the token; another login still works.
    const std::string second = s.login("anim", "pw-anim");
    CHECK(s.request("POST", "/api/logout", {}, second).status == 204);
    CHECK(s.get("/api/me", second).status == 401);

    // Sessions expire.
    QThread::sleep(4);
    const Reply expired = s.get("/api/me", token);
    CHECK(expired.status == 401);
    CHECK(expired.json().value("message").toString().contains("expired"));

    // Rate limit: after 5 failures even the right password waits.
    for (int i = 0; i < 5; ++i)
        CHECK(s.postJson("/api/login", QJsonObject{{"user", "lecteur"}, {"password", "bad"}}).status == 401);
    const Reply limited = s.postJson("/api/login", QJsonObject{{"user", "lecteur"}, {"password", "pw-lecteur"}});
    CHECK(limited.status == 429);
    CHECK_FALSE(limited.header("Retry-After").empty());
    CHECK(s.login("anim", "pw-anim").size() == 64);  // other accounts are not affected

    // A new password closes the account's sessions.
    const std::string before = s.login("dehors", "pw-dehors");
    const QString newPw = s.dir().writeFile("newpw", "nouveau\n");
    REQUIRE(s.run({"user", "passwd", "dehors", "--password-file", newPw}).exitCode == 0);
    CHECK(s.get("/api/me", before).status == 401);
    CHECK(s.login("dehors", "nouveau").size() == 64);
}

TEST_CASE("server: fiches lifecycle, replays and the change feed")
{
    const Backend backend = anyBackend();
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s, true);
    const std::string contrib = s.login("contrib", "pw-contrib"), anim = s.login("anim", "pw-anim"),
                      lecteur = s.login("lecteur", "pw-lecteur");

    const QJsonObject fiche{{"kind", "project"}, {"title_fr", "Halle aux grains"}, {"scope", "group"},
                            {"status", "proposed"}, {"geometry", point(4.4, 50.6)}, {"date_start", "2024-03-01"}};
    const std::string op = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const Reply created = s.request("POST", "/api/groups/vallee/fiches", jsonText(fiche), contrib, {{"X-Atlas-Op", op}});
    INFO(created.body);
    REQUIRE(created.status == 201);
    const QString uuid = created.json().value("uuid").toString();
    CHECK(created.json().value("version").toInt() == 1);
    CHECK(created.json().value("owner").toString() == QStringLiteral("contrib"));
    CHECK(created.json().value("group").toString() == QStringLiteral("vallee"));

    // Replaying the op returns the first answer and creates nothing more.
    const Reply replay = s.request("POST", "/api/groups/vallee/fiches", jsonText(fiche), contrib, {{"X-Atlas-Op", op}});
    CHECK(replay.status == 201);
    CHECK(replay.header("X-Atlas-Replayed") == "true");
    CHECK(replay.json().value("uuid").toString() == uuid);
    CHECK(s.get("/api/groups/vallee/fiches", contrib).json().value("matched").toInt() == 1);

    const std::string path = "/api/fiches/" + uuid.toStdString();
    const Reply read = s.get(path, lecteur);
    REQUIRE(read.status == 200);
    CHECK(read.json().value("title_fr").toString() == QStringLiteral("Halle aux grains"));

    // Update against the version read; a stale version is a conflict and changes nothing.
    const Reply updated = s.request("PUT", path, jsonText(QJsonObject{{"version", 1}, {"title_nl", "Graanhal"}}), contrib);
    REQUIRE(updated.status == 200);
    CHECK(updated.json().value("version").toInt() == 2);
    CHECK(updated.json().value("title_fr").toString() == QStringLiteral("Halle aux grains"));
    const Reply stale = s.request("PUT", path, jsonText(QJsonObject{{"version", 1}, {"title_nl", "Oud"}}), contrib);
    CHECK(stale.status == 409);
    CHECK(stale.json().value("current_version").toInt() == 2);
    CHECK(s.get(path, contrib).json().value("title_nl").toString() == QStringLiteral("Graanhal"));

    // Readers read but do not write; contributors do not publish; animators do.
    CHECK(s.request("PUT", path, jsonText(QJsonObject{{"version", 2}, {"title_fr", "x"}}), lecteur).status == 403);
    CHECK(s.request("PUT", path, jsonText(QJsonObject{{"version", 2}, {"status", "published"}}), contrib).status == 403);
    CHECK(s.request("POST", path + "/publish", {}, contrib).status == 403);
    const Reply published = s.request("POST", path + "/publish", {}, anim);
    REQUIRE(published.status == 200);
    CHECK(published.json().value("status").toString() == QStringLiteral("published"));
    CHECK(s.request("POST", path + "/reject", {}, anim).status == 409);  // only proposed fiches

    // Delete is a tombstone: gone from reads and lists, present in the change feed.
    CHECK(s.request("DELETE", path + "?version=2", {}, contrib).status == 409);
    const Reply deleted = s.request("DELETE", path + "?version=3", {}, contrib);
    REQUIRE(deleted.status == 200);
    CHECK(deleted.json().value("deleted").toBool());
    CHECK(s.get(path, contrib).status == 404);
    CHECK(s.get("/api/groups/vallee/fiches", contrib).json().value("matched").toInt() == 0);

    const Reply feed = s.get("/api/groups/vallee/changes?after=0", lecteur);
    REQUIRE(feed.status == 200);
    const QJsonArray changes = feed.json().value("changes").toArray();
    REQUIRE(changes.size() == 4);
    QStringList ops;
    qint64 lastSeq = 0;
    for (const QJsonValue& c : changes) {
        ops << c.toObject().value("operation").toString();
        CHECK(c.toObject().value("seq").toInteger() > lastSeq);
        lastSeq = c.toObject().value("seq").toInteger();
        CHECK(c.toObject().value("record").toString() == uuid);
    }
    CHECK(ops == QStringList{"insert", "update", "update", "delete"});
    CHECK(changes[0].toObject().value("op").toString().toStdString() == op);
    CHECK(changes[1].toObject().value("changes").toObject().value("title_nl").toObject().value("new").toString() == QStringLiteral("Graanhal"));
    CHECK(changes[2].toObject().value("changes").toObject().value("status").toObject().value("old").toString() == QStringLiteral("proposed"));
    CHECK(s.get("/api/groups/vallee/changes?after=" + std::to_string(changes[1].toObject().value("seq").toInteger()), lecteur)
              .json().value("changes").toArray().size() == 2);
    CHECK(s.get("/api/groups/vallee/changes", s.login("dehors", "pw-dehors")).status == 403);

    // The data survives a restart.
    const Reply again = s.request("POST", "/api/groups/vallee/fiches", jsonText(fiche), contrib);
    REQUIRE(again.status == 201);
    s.stop();
    s.start();
    CHECK(s.get("/api/fiches/" + again.json().value("uuid").toString().toStdString(), s.login("contrib", "pw-contrib")).status == 200);
}

TEST_CASE("server: media upload and download")
{
    const Backend backend = anyBackend();
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s, true);
    const std::string contrib = s.login("contrib", "pw-contrib"), lecteur = s.login("lecteur", "pw-lecteur"),
                      dehors = s.login("dehors", "pw-dehors");
    std::string photo(300000, '\0');
    for (size_t i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) % 251);
    const std::string sha = QCryptographicHash::hash(QByteArray::fromStdString(photo), QCryptographicHash::Sha256).toHex().toStdString();

    const Reply up = s.request("POST", "/api/groups/vallee/media", photo, contrib, {{"X-Content-SHA256", sha}}, "image/jpeg");
    INFO(up.body);
    REQUIRE(up.status == 201);
    CHECK(up.json().value("sha256").toString().toStdString() == sha);
    // A truncated upload does not match its announced hash: refused, nothing stored.
    const Reply truncated = s.request("POST", "/api/groups/vallee/media", photo.substr(0, 1000), contrib,
                                      {{"X-Content-SHA256", std::string(64, 'b')}}, "image/jpeg");
    CHECK(truncated.status == 422);
    CHECK(truncated.json().value("error").toString() == QStringLiteral("hash_mismatch"));
    CHECK(s.request("POST", "/api/groups/vallee/media", photo, lecteur, {}, "image/jpeg").status == 403);

    const Reply down = s.get("/api/groups/vallee/media/" + sha, lecteur);
    REQUIRE(down.status == 200);
    CHECK(down.body == photo);
    CHECK(down.header("Content-Type") == "image/jpeg");
    CHECK(s.get("/api/groups/vallee/media/" + sha, dehors).status == 403);
    CHECK(s.get("/api/groups/vallee/media/" + sha).status == 401);
    CHECK(s.get("/api/groups/vallee/media/" + std::string(64, 'b'), lecteur).status == 404);
    CHECK(s.get("/api/groups/vallee/media/..%2F..%2Fserver.sqlite", lecteur).status == 400);
    CHECK(s.get("/api/groups/vallee/media/" + sha + "%2F..", lecteur).status == 400);
}

TEST_CASE("server: comments and votes on published public fiches, moderated by animators")
{
    const Backend backend = anyBackend();
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s, true);
    const std::string contrib = s.login("contrib", "pw-contrib"), anim = s.login("anim", "pw-anim"),
                      dehors = s.login("dehors", "pw-dehors"), lecteur = s.login("lecteur", "pw-lecteur");
    const auto create = [&](const char* scope, const char* status) {
        const Reply r = s.postJson("/api/groups/vallee/fiches", QJsonObject{{"kind", "landmark"}, {"scope", scope}, {"status", status}}, anim);
        REQUIRE(r.status == 201);
        return "/api/fiches/" + r.json().value("uuid").toString().toStdString();
    };
    const std::string pub = create("public", "published"), draft = create("public", "draft"), group = create("group", "published");

    const Reply c1 = s.postJson(pub + "/comments", QJsonObject{{"text", "Très beau lieu"}}, dehors);
    REQUIRE(c1.status == 201);
    CHECK(s.postJson(pub + "/comments", QJsonObject{{"text", "Je confirme"}}, contrib).status == 201);
    CHECK(s.postJson(pub + "/comments", QJsonObject{{"text", "anonyme"}}).status == 401);
    CHECK(s.postJson(draft + "/comments", QJsonObject{{"text", "trop tôt"}}, contrib).status == 403);
    CHECK(s.postJson(group + "/comments", QJsonObject{{"text", "interne"}}, contrib).status == 403);
    CHECK(s.postJson(pub + "/comments", QJsonObject{{"text", ""}}, dehors).status == 400);

    // One vote per account: voting again replaces it.
    CHECK(s.request("PUT", pub + "/vote", jsonText(QJsonObject{{"value", 1}}), dehors).status == 200);
    CHECK(s.request("PUT", pub + "/vote", jsonText(QJsonObject{{"value", 1}}), dehors).json().value("up").toInt() == 1);
    const Reply v = s.request("PUT", pub + "/vote", jsonText(QJsonObject{{"value", -1}}), contrib);
    CHECK(v.json().value("up").toInt() == 1);
    CHECK(v.json().value("down").toInt() == 1);
    CHECK(s.request("PUT", pub + "/vote", jsonText(QJsonObject{{"value", 5}}), contrib).status == 400);
    CHECK(s.request("PUT", pub + "/vote", jsonText(QJsonObject{{"value", 1}})).status == 401);

    // Anyone reads the list with its counts; animators hide and restore.
    const Reply listed = s.get(pub + "/comments");
    REQUIRE(listed.status == 200);
    CHECK(listed.json().value("comment_count").toInt() == 2);
    CHECK(listed.json().value("votes").toObject().value("down").toInt() == 1);
    const std::string commentId = c1.json().value("id").toString().toStdString();
    CHECK(s.request("POST", "/api/comments/" + commentId + "/hide", {}, lecteur).status == 403);
    CHECK(s.request("POST", "/api/comments/" + commentId + "/hide", {}, anim).status == 200);
    CHECK(s.get(pub + "/comments").json().value("comment_count").toInt() == 1);
    const Reply modView = s.get(pub + "/comments", anim);
    CHECK(modView.json().value("comment_count").toInt() == 2);
    CHECK(s.request("POST", "/api/comments/" + commentId + "/restore", {}, anim).status == 200);
    CHECK(s.get(pub + "/comments").json().value("comment_count").toInt() == 2);
    CHECK(s.request("POST", "/api/comments/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString() + "/hide", {}, anim).status == 404);
}

TEST_CASE("server: animators manage the members of their group")
{
    const Backend backend = anyBackend();
    INFO(backendName(backend));
    ServerFixture s(backend);
    seed(s, true);
    const std::string anim = s.login("anim", "pw-anim"), lecteur = s.login("lecteur", "pw-lecteur"),
                      dehors = s.login("dehors", "pw-dehors");
    const Reply members = s.get("/api/groups/vallee/members", lecteur);
    REQUIRE(members.status == 200);
    CHECK(members.json().value("members").toArray().size() == 3);
    CHECK(s.get("/api/groups/vallee/members", dehors).status == 403);

    // A reader cannot promote anyone; the animator can, and the new role takes effect at once.
    CHECK(s.request("PUT", "/api/groups/vallee/members/dehors", jsonText(QJsonObject{{"role", "contributor"}}), lecteur).status == 403);
    CHECK(s.postJson("/api/groups/vallee/fiches", QJsonObject{{"kind", "action"}}, dehors).status == 403);
    REQUIRE(s.request("PUT", "/api/groups/vallee/members/dehors", jsonText(QJsonObject{{"role", "contributor"}}), anim).status == 200);
    CHECK(s.postJson("/api/groups/vallee/fiches", QJsonObject{{"kind", "action"}}, dehors).status == 201);
    CHECK(s.request("PUT", "/api/groups/vallee/members/dehors", jsonText(QJsonObject{{"role", "owner"}}), anim).status == 400);
    CHECK(s.request("PUT", "/api/groups/vallee/members/personne", jsonText(QJsonObject{{"role", "reader"}}), anim).status == 404);
    CHECK(s.request("PUT", "/api/groups/vallee/members/anim", jsonText(QJsonObject{{"role", "reader"}}), anim).status == 409);

    REQUIRE(s.request("DELETE", "/api/groups/vallee/members/lecteur", {}, anim).status == 200);
    CHECK(s.get("/api/groups/vallee/members", lecteur).status == 403);
    CHECK(s.get("/api/groups/vallee/members", anim).json().value("members").toArray().size() == 3);
}
