// Shared layers on both backends: a Belgian Lambert 72 file imported by the admin command
// comes back as an OGC API collection in longitude/latitude (CRS info, bbox, limit/offset and
// next links, single features, GDAL reading it); layers put over HTTP obey the scope rules of
// fiches for every caller (list, items, replace, delete); bad uploads get precise 4xx errors.

#include "auth/authz_policy.h"
#include "server_fixture.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

using namespace atlas::test;
using atlas::server::Action;
using atlas::server::Actor;
using atlas::server::FicheFacts;
using atlas::server::Role;
using atlas::server::isAllowed;
namespace core = atlas::core;

namespace {

struct Caller {
    const char* name;  // "" anonymous
    Role role;
    bool isOwner;
};

// "auteur" puts every layer of the matrix.
const Caller kCallers[] = {
    {"", Role::None, false},              {"dehors", Role::None, false},      {"lecteur", Role::Reader, false},
    {"contrib", Role::Contributor, false}, {"auteur", Role::Contributor, true}, {"anim", Role::Animator, false},
};

const core::SharingScope kScopes[] = {core::SharingScope::Private, core::SharingScope::Group, core::SharingScope::Community,
                                      core::SharingScope::Public};

// 25 points on a diagonal, with a text, an integer and a real property.
QByteArray pointsGeoJson()
{
    QJsonArray features;
    for (int i = 0; i < 25; ++i)
        features << QJsonObject{{"type", "Feature"},
                                {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{4.0 + i * 0.01, 50.0 + i * 0.01}}}},
                                {"properties", QJsonObject{{"name", QStringLiteral("Commune %1").arg(i)}, {"n", i}, {"area", i * 1.5}}}};
    return QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}}).toJson();
}

std::string zoneGeoJson(double x)
{
    const QJsonArray ring{QJsonArray{x, 50.0}, QJsonArray{x + 0.1, 50.0}, QJsonArray{x + 0.1, 50.1}, QJsonArray{x, 50.0}};
    const QJsonObject zone{{"type", "Feature"},
                           {"geometry", QJsonObject{{"type", "Polygon"}, {"coordinates", QJsonArray{ring}}}},
                           {"properties", QJsonObject{{"label", "zone"}}}};
    return jsonText(QJsonObject{{"type", "FeatureCollection"}, {"features", QJsonArray{zone, zone}}});
}

QSet<QString> collectionIds(const ServerFixture& s, const std::string& token)
{
    QSet<QString> ids;
    for (const QJsonValue& c : s.get("/collections", token).json().value("collections").toArray())
        ids << c.toObject().value("id").toString();
    return ids;
}

std::string putLayer(const std::string& group, const std::string& name, const std::string& query)
{
    return "/api/groups/" + group + "/layers/" + name + (query.empty() ? "" : "?" + query);
}

}  // namespace

TEST_CASE("server: a layer imported from Lambert 72 is served in CRS84 with paging, bbox and GDAL")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addGroup("vallee");
    const QString source = s.dir().writeFile("communes.geojson", pointsGeoJson());
    const QString lambert = s.dir().filePath("communes.gpkg");
    const CommandResult project = runProgram("ogr2ogr", {"-f", "GPKG", "-t_srs", "EPSG:31370", "-nln", "communes", lambert, source});
    INFO(project.err.toStdString());
    REQUIRE(project.exitCode == 0);
    const CommandResult imported = s.run({"layer", "import", "vallee", "communes", lambert, "--scope", "public", "--title", "Communes"});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("25 features"));
    CHECK(imported.out.contains("EPSG:31370"));
    // Errors of the command are precise.
    CHECK(s.run({"layer", "import", "vallee", "a.b", lambert}).err.contains("layer names"));
    CHECK(s.run({"layer", "import", "nulle", "x", lambert}).err.contains("no such group"));
    CHECK(s.run({"layer", "import", "vallee", "x", s.dir().filePath("absent.gpkg")}).err.contains("absent.gpkg"));
    CHECK(s.run({"layer", "import", "vallee", "x", lambert, "--scope", "private"}).err.contains("--owner"));
    s.start();

    // The collection, anonymously: CRS84, the extent in longitude/latitude, the source CRS.
    QJsonObject collection;
    for (const QJsonValue& c : s.get("/collections").json().value("collections").toArray())
        if (c.toObject().value("id").toString() == "vallee.communes")
            collection = c.toObject();
    REQUIRE_FALSE(collection.isEmpty());
    CHECK(collection.value("title").toString() == "Communes");
    CHECK(collection.value("storageCrs").toString() == "http://www.opengis.net/def/crs/OGC/1.3/CRS84");
    CHECK(collection.value("sourceCrs").toString() == "EPSG:31370");
    CHECK(collection.value("geometryType").toString() == "Point");
    const QJsonArray extent = collection.value("extent").toObject().value("spatial").toObject().value("bbox").toArray().first().toArray();
    CHECK(extent[0].toDouble() == Approx(4.0).margin(1e-6));
    CHECK(extent[1].toDouble() == Approx(50.0).margin(1e-6));
    CHECK(extent[2].toDouble() == Approx(4.24).margin(1e-6));
    CHECK(extent[3].toDouble() == Approx(50.24).margin(1e-6));
    CHECK(s.get("/collections/vallee.communes").json().value("id").toString() == "vallee.communes");

    // Pages of 10 through the next links: every feature once, back where it was.
    std::string next = "/collections/vallee.communes/items?limit=10";
    QSet<qint64> seen;
    int pages = 0;
    while (!next.empty()) {
        const Reply page = s.get(next);
        INFO(next << " " << page.body);
        REQUIRE(page.status == 200);
        CHECK(page.header("Content-Crs") == "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
        CHECK(page.json().value("numberMatched").toInt() == 25);
        for (const QJsonValue& v : page.json().value("features").toArray()) {
            const QJsonObject f = v.toObject();
            const int n = f.value("properties").toObject().value("n").toInt();
            seen << qint64(f.value("id").toInteger());
            const QJsonArray xy = f.value("geometry").toObject().value("coordinates").toArray();
            CHECK(xy[0].toDouble() == Approx(4.0 + n * 0.01).margin(1e-6));
            CHECK(xy[1].toDouble() == Approx(50.0 + n * 0.01).margin(1e-6));
            CHECK(f.value("properties").toObject().value("name").toString() == QStringLiteral("Commune %1").arg(n));
            CHECK(f.value("properties").toObject().value("area").toDouble() == Approx(n * 1.5));
        }
        next.clear();
        for (const QJsonValue& l : page.json().value("links").toArray())
            if (l.toObject().value("rel").toString() == "next")
                next = QUrl(l.toObject().value("href").toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toStdString();
        ++pages;
    }
    CHECK(pages == 3);
    CHECK(seen.size() == 25);
    const Reply boxed = s.get("/collections/vallee.communes/items?bbox=4.0,50.0,4.105,50.105&limit=5");
    CHECK(boxed.json().value("numberMatched").toInt() == 11);
    CHECK(boxed.json().value("numberReturned").toInt() == 5);
    const Reply third = s.get("/collections/vallee.communes/items/3");
    CHECK(third.status == 200);
    CHECK(third.json().value("id").toInt() == 3);
    CHECK(third.json().value("properties").toObject().value("n").toInt() == 2);
    CHECK(s.get("/collections/vallee.communes/items/99").status == 404);
    CHECK(s.get("/collections/vallee.communes/items/abc").status == 404);
    CHECK(s.get("/collections/vallee.communes/items?crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84").status == 200);
    CHECK(s.get("/collections/vallee.communes/items?crs=EPSG:31370").json().value("error").toString() == "bad_parameter");
    CHECK(s.get("/collections/vallee.communes/items?datetime=2024-01-01").json().value("error").toString() == "unknown_parameter");
    CHECK(s.get("/collections/vallee.absent/items").status == 404);

    // A real client: GDAL's OGC API Features driver.
    const CommandResult info = runProgram("ogrinfo", {"-ro", "-so", "OAPIF:" + s.url(), "vallee.communes"});
    INFO(info.out.toStdString() << info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains("Feature Count: 25"));
    CHECK(s.run({"layer", "list"}).out.contains("vallee.communes\tpublic\t25\tPoint\tEPSG:31370"));
}

TEST_CASE("server: shared layers obey the scope rules for every caller")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    std::map<std::string, std::string> tokens = seedCallers(s, {"--max-body", "65536"});

    const auto put = [&](const std::string& name, core::SharingScope scope, const std::string& token, const std::string& body) {
        return s.request("PUT", putLayer("vallee", name, "scope=" + core::scopeName(scope).toStdString()), body, token, {},
                         "application/geo+json");
    };
    // Reads: one layer per scope, seen by every caller through three doors.
    for (auto scope : kScopes) {
        const Reply r = put("zone-" + core::scopeName(scope).toStdString(), scope, tokens["auteur"], zoneGeoJson(4.0));
        INFO(r.body);
        REQUIRE(r.status == 201);
        CHECK(r.json().value("features").toInt() == 2);
        CHECK(r.json().value("geometry_type").toString() == "Polygon");
    }
    int checks = 0;
    for (const Caller& c : kCallers) {
        const std::string& token = tokens[c.name];
        const Actor actor{c.name[0] != 0, c.role, c.isOwner};
        const QSet<QString> ids = collectionIds(s, token);
        QSet<QString> listed;
        for (const QJsonValue& l : s.get("/api/groups/vallee/layers", token).json().value("layers").toArray())
            listed << l.toObject().value("collection").toString();
        for (auto scope : kScopes) {
            const QString id = QStringLiteral("vallee.zone-") + core::scopeName(scope);
            const bool canRead = isAllowed(actor, FicheFacts{scope, core::ObservationStatus::Published}, Action::Read);
            INFO("caller '" << c.name << "' reads " << id.toStdString());
            CHECK(ids.contains(id) == canRead);
            CHECK(listed.contains(id) == canRead);
            const Reply items = s.get("/collections/" + id.toStdString() + "/items", token);
            CHECK(items.status == (canRead ? 200 : 404));
            if (canRead)
                CHECK(items.json().value("numberMatched").toInt() == 2);
            checks += 3;
        }
    }

    // Writes: per caller and scope a fresh layer of the author, replaced then deleted.
    for (const Caller& c : kCallers) {
        const std::string& token = tokens[c.name];
        const bool anonymous = c.name[0] == 0;
        const Actor actor{!anonymous, c.role, c.isOwner};
        for (auto scope : kScopes) {
            const FicheFacts facts{scope, core::ObservationStatus::Published};
            const std::string name = std::string("w-") + (anonymous ? "anon" : c.name) + "-" + core::scopeName(scope).toStdString();
            INFO("caller '" << c.name << "' on " << name);
            REQUIRE(put(name, scope, tokens["auteur"], zoneGeoJson(4.0)).status == 201);
            const bool canRead = isAllowed(actor, facts, Action::Read);
            const Reply replaced = put(name, scope, token, zoneGeoJson(5.0));
            const bool canUpdate = isAllowed(actor, facts, Action::Update);
            CHECK(replaced.status == (canUpdate ? 200 : anonymous ? 401 : !canRead ? 409 : 403));
            if (canUpdate)
                CHECK(replaced.json().value("version").toInt() == 2);
            const Reply removed = s.request("DELETE", putLayer("vallee", name, ""), {}, token);
            const bool canDelete = isAllowed(actor, facts, Action::Delete);
            CHECK(removed.status == (canDelete ? 200 : !canRead ? 404 : anonymous ? 401 : 403));
            // What was refused left the layer as it was.
            const Reply after = s.get("/collections/vallee." + name + "/items", tokens["auteur"]);
            CHECK(after.status == (canDelete ? 404 : 200));
            if (!canDelete) {
                const double x = after.json().value("features").toArray().first().toObject().value("geometry").toObject()
                                     .value("coordinates").toArray().first().toArray().first().toArray().first().toDouble();
                CHECK(x == (canUpdate ? 5.0 : 4.0));
            }
            checks += 3;
        }
        const Reply created = put(std::string("new-") + (anonymous ? "anon" : c.name), core::SharingScope::Group, token, zoneGeoJson(4.0));
        const bool canCreate = isAllowed(actor, FicheFacts{core::SharingScope::Group, core::ObservationStatus::Draft}, Action::Create);
        CHECK(created.status == (canCreate ? 201 : anonymous ? 401 : 403));
        ++checks;
    }
    CHECK(checks == 6 * 4 * 3 + 6 * 4 * 3 + 6);

    // Bad uploads: precise errors, nothing stored.
    const auto expectError = [&](const Reply& r, int status, const char* code) {
        INFO(r.body);
        CHECK(r.status == status);
        CHECK(r.json().value("error").toString() == QString::fromLatin1(code));
        CHECK_FALSE(r.json().value("message").toString().isEmpty());
    };
    const std::string& anim = tokens["anim"];
    expectError(s.request("PUT", putLayer("vallee", "bad", ""), "{\"type\": \"FeatureCollection\", ", anim), 400, "invalid_layer");
    expectError(s.request("PUT", putLayer("vallee", "bad", ""), "pas du json", anim), 400, "invalid_layer");
    expectError(s.request("PUT", putLayer("vallee", "a.b", ""), zoneGeoJson(4.0), anim), 400, "invalid_layer_name");
    expectError(s.request("PUT", putLayer("vallee", "bad", "scope=everyone"), zoneGeoJson(4.0), anim), 400, "bad_parameter");
    expectError(s.request("PUT", putLayer("vallee", "bad", "colour=red"), zoneGeoJson(4.0), anim), 400, "unknown_parameter");
    expectError(s.request("PUT", putLayer("nulle", "bad", ""), zoneGeoJson(4.0), anim), 404, "not_found");
    expectError(s.request("PUT", putLayer("vallee", "bad", ""), std::string(70000, ' '), anim), 413, "payload_too_large");
    CHECK_FALSE(collectionIds(s, anim).contains("vallee.bad"));
}
