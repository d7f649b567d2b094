// The server's non-HTTP pieces: strict fiche input, OGC bbox/datetime parsing, the blob
// store's names and hash check, the login limiter, passwords and tokens, SQL placeholders.

#include "auth/credentials.h"
#include "auth/login_limiter.h"
#include "http/fiche_input.h"
#include "http/ogc_items.h"
#include "storage/blob_store.h"
#include "storage/pg_connection.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>

using namespace atlas::server;

TEST_CASE("fiche input: strict types, known fields, geometry checked")
{
    const QJsonObject ok{{"kind", "landmark"}, {"title_fr", "Église"}, {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{4.35, 50.85}}}}};
    auto fiche = ficheFromClient(ok, nullptr);
    REQUIRE(fiche.ok());
    CHECK(fiche.value().titleFr == QStringLiteral("Église"));
    CHECK_FALSE(fiche.value().identity.uuid.isNull());
    CHECK(wkbToGeoJson(fiche.value().geometryWkb).toObject().value("type").toString() == QStringLiteral("Point"));

    const auto failsOn = [](const QJsonObject& json, const QString& field) {
        auto r = ficheFromClient(json, nullptr);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().location == field);
    };
    failsOn(QJsonObject{{"title_fr", "x"}}, "kind");
    failsOn(QJsonObject{{"kind", "landmark"}, {"title_fr", 12}}, "title_fr");
    failsOn(QJsonObject{{"kind", "landmark"}, {"themes", "not a list"}}, "themes");
    failsOn(QJsonObject{{"kind", "landmark"}, {"themes", QJsonArray{1, 2}}}, "themes");
    failsOn(QJsonObject{{"kind", "landmark"}, {"links", QJsonArray{"nope"}}}, "links");
    failsOn(QJsonObject{{"kind", "castle"}}, "kind");
    failsOn(QJsonObject{{"kind", "landmark"}, {"scope", "everyone"}}, "scope");
    failsOn(QJsonObject{{"kind", "landmark"}, {"date_start", "2024-13-40"}}, "date_start");
    failsOn(QJsonObject{{"kind", "landmark"}, {"date_start", "2024-05-02"}, {"date_end", "2024-05-01"}}, "date_end");
    failsOn(QJsonObject{{"kind", "landmark"}, {"geometry", "zz"}}, "geometry");
    failsOn(QJsonObject{{"kind", "landmark"}, {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{400, 50}}}}}, "geometry");
    failsOn(QJsonObject{{"kind", "landmark"}, {"title_fr", QString(501, QLatin1Char('x'))}}, "title_fr");
    failsOn(QJsonObject{{"kind", "landmark"}, {"password", "x"}}, "password");
    failsOn(QJsonObject{{"kind", "landmark"}, {"uuid", "'; DROP TABLE fiches; --"}}, "uuid");

    // An update keeps what it does not mention and never takes a new uuid.
    auto updated = ficheFromClient(QJsonObject{{"title_nl", "Kerk"}, {"uuid", QUuid::createUuid().toString()}}, &fiche.value());
    REQUIRE(updated.ok());
    CHECK(updated.value().titleFr == QStringLiteral("Église"));
    CHECK(updated.value().titleNl == QStringLiteral("Kerk"));
    CHECK(updated.value().identity.uuid == fiche.value().identity.uuid);
}

TEST_CASE("OGC parameters: bbox and datetime")
{
    auto box = parseBbox("4.1,50.2,4.9,51");
    REQUIRE(box.ok());
    CHECK(box.value().minX == 4.1);
    CHECK(box.value().maxY == 51.0);
    CHECK(parseBbox("4,50,0,4.9,51,100").ok());
    CHECK_FALSE(parseBbox("4,50,4.9").ok());
    CHECK_FALSE(parseBbox("4,50,x,51").ok());
    CHECK_FALSE(parseBbox("5,50,4,51").ok());
    CHECK_FALSE(parseBbox("4,50,4.9,91").ok());

    auto day = parseDatetime("2024-05-01");
    REQUIRE(day.ok());
    CHECK(day.value().from == QDate(2024, 5, 1));
    CHECK(day.value().to == QDate(2024, 5, 1));
    auto open = parseDatetime("../2024-05-01T10:00:00Z");
    REQUIRE(open.ok());
    CHECK_FALSE(open.value().from.isValid());
    CHECK(open.value().to == QDate(2024, 5, 1));
    CHECK_FALSE(parseDatetime("yesterday").ok());
    CHECK_FALSE(parseDatetime("2024-05-02/2024-05-01").ok());
    CHECK_FALSE(parseDatetime("2024-01-01/2024-02-01/2024-03-01").ok());
}

TEST_CASE("blob store: content-addressed, hash checked, no path names")
{
    atlas::test::TempDir dir;
    BlobStore blobs(dir.filePath("media"));
    const QByteArray bytes("a photo, pretend");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto put = blobs.put(bytes, sha);
    REQUIRE(put.ok());
    CHECK(put.value() == sha);
    CHECK(atlas::test::readAll(blobs.filePath(sha)) == bytes);

    const QString other = QString(64, QLatin1Char('a'));
    auto wrong = blobs.put("truncated", other);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().location == QStringLiteral("sha256"));
    CHECK_FALSE(blobs.contains(other));
    // Only the one file and its folder: no temporary file left behind.
    CHECK(QDir(dir.filePath("media")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() == 1);

    for (const char* bad : {"../../etc/passwd", "..", "", "ABCDEF", "g000000000000000000000000000000000000000000000000000000000000000"})
        CHECK_FALSE(BlobStore::isValidName(QString::fromLatin1(bad)));
    CHECK(blobs.filePath(QStringLiteral("../x")).isEmpty());
}

TEST_CASE("login limiter: refuses after repeated failures, per account and address")
{
    LoginLimiter limiter(3, std::chrono::seconds(60));
    const auto t0 = LoginLimiter::Clock::now();
    for (int i = 0; i < 3; ++i) {
        CHECK(limiter.retryAfter("ana", "127.0.0.1", t0) == 0);
        limiter.recordFailure("ana", "127.0.0.1", t0);
    }
    CHECK(limiter.retryAfter("ana", "127.0.0.1", t0) > 0);
    CHECK(limiter.retryAfter("ana", "10.0.0.2", t0) == 0);
    CHECK(limiter.retryAfter("bob", "127.0.0.1", t0) == 0);
    CHECK(limiter.retryAfter("ana", "127.0.0.1", t0 + std::chrono::seconds(61)) == 0);
}

TEST_CASE("credentials: Argon2id hashes verify, tokens are random and stored hashed")
{
    REQUIRE(initCredentials());
    auto hash = hashPassword("correct horse");
    REQUIRE(hash.ok());
    CHECK(hash.value().startsWith(QStringLiteral("$argon2id$")));
    CHECK(verifyPassword(hash.value(), "correct horse"));
    CHECK_FALSE(verifyPassword(hash.value(), "correct horsE"));
    const QString a = newSessionToken(), b = newSessionToken();
    CHECK(a.size() == 64);
    CHECK(a != b);
    CHECK(tokenDigest(a).size() == 64);
    CHECK(tokenDigest(a) != a);
}

TEST_CASE("PostgreSQL placeholders: numbered outside quotes only")
{
    CHECK(numberPlaceholders("SELECT ? , '?', ?") == QStringLiteral("SELECT $1 , '?', $2"));
}
