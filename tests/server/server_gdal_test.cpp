// Real OGC API Features clients: GDAL's ogrinfo and ogr2ogr (the OAPIF driver) read the
// server, anonymously for public fiches and with a bearer token header for group fiches.

#include "server_fixture.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace atlas::test;

TEST_CASE("server: GDAL reads the OGC API anonymously and with a token")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addUser("anim", "pw");
    s.addGroup("vallee");
    s.addMember("vallee", "anim", "animator");
    s.start();
    const std::string token = s.login("anim", "pw");
    // 25 public published fiches (more than one page of 10) and 3 group-only ones.
    for (int i = 0; i < 28; ++i) {
        const bool isPublic = i < 25;
        const QJsonObject body{{"kind", "landmark"},
                               {"title_fr", QStringLiteral("Lieu %1").arg(i)},
                               {"scope", isPublic ? "public" : "group"},
                               {"status", "published"},
                               {"date_start", QStringLiteral("2024-01-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0'))},
                               {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{4.0 + i * 0.01, 50.0 + i * 0.01}}}}};
        REQUIRE(s.postJson("/api/groups/vallee/fiches", body, token).status == 201);
    }
    const QString source = QStringLiteral("OAPIF:") + s.url();

    const CommandResult info = runProgram("ogrinfo", {"-ro", "-so", source, "landmark"});
    INFO(info.out.toStdString() << info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains("Feature Count: 25"));
    CHECK(info.out.contains("Geometry: Point"));
    CHECK(info.out.contains("title_fr"));
    const CommandResult layers = runProgram("ogrinfo", {"-ro", "-q", source});
    CHECK(layers.out.contains("landmark"));
    CHECK(layers.out.contains("project"));

    // ogr2ogr follows the next links through every page.
    const QString anonymousOut = s.dir().filePath("public.geojson");
    const CommandResult copy = runProgram("ogr2ogr", {"-f", "GeoJSON", anonymousOut, source, "landmark"});
    INFO(copy.err.toStdString());
    REQUIRE(copy.exitCode == 0);
    QFile f(anonymousOut);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object().value("features").toArray();
    CHECK(features.size() == 25);
    for (const QJsonValue& v : features)
        CHECK(v.toObject().value("properties").toObject().value("scope").toString() == QStringLiteral("public"));

    // With the token in a header file, the group fiches come too.
    const QString headers = s.dir().writeFile("headers.txt", QByteArray("Authorization: Bearer ") + QByteArray::fromStdString(token) + "\n");
    const CommandResult withToken = runProgram("ogrinfo", {"-ro", "-so", "--config", "GDAL_HTTP_HEADER_FILE", headers, source, "landmark"});
    INFO(withToken.err.toStdString());
    REQUIRE(withToken.exitCode == 0);
    CHECK(withToken.out.contains("Feature Count: 28"));
    const QString groupOut = s.dir().filePath("group.geojson");
    REQUIRE(runProgram("ogr2ogr", {"--config", "GDAL_HTTP_HEADER_FILE", headers, "-f", "GeoJSON", groupOut, source, "landmark",
                                "-spat", "4.0", "50.0", "4.105", "50.105"})
                .exitCode == 0);
    QFile g(groupOut);
    REQUIRE(g.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(g.readAll()).object().value("features").toArray().size() == 11);
}
