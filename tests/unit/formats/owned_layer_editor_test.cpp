// Editing a layer the atlas owns: an invalid polygon is refused with where it crosses
// itself, or repaired on request; features go in and out with the index kept right.

#include "format_fixtures.h"
#include "gis/formats/vector_import.h"
#include "gis/store/layer_editor.h"
#include "gis/store/sqlite_database.h"

using namespace atlas;
using namespace atlas::test;

TEST_CASE("An invalid polygon is refused with its self-intersection, or repaired on request", "[formats][edit]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString zones = dir.writeFile(
        QStringLiteral("zones.geojson"),
        geojson::featureCollection({geojson::feature(
            geojson::polygon({{{3.0, 50.6}, {3.1, 50.6}, {3.1, 50.7}, {3.0, 50.6}}}), R"({"name":"Z"})")}));
    gis::VectorImportRequest r;
    r.atlasPath = atlas;
    r.sourcePath = zones;
    auto imported = gis::importVectorLayer(r);
    REQUIRE(imported);
    const gis::OwnedLayerEditor editor(atlas, imported.value().sourceLayer);
    CHECK(editor.crs().value() == QStringLiteral("EPSG:4326"));
    auto fields = editor.fields();
    REQUIRE(fields);
    REQUIRE(fields.value().size() == 1);
    CHECK(fields.value().first().name == QStringLiteral("name"));

    gis::FeatureRecord bowTie;
    bowTie.wkb = wkbFromWkt("POLYGON ((3.0 50.0, 3.2 50.2, 3.2 50.0, 3.0 50.2, 3.0 50.0))");
    bowTie.attributes.insert(QStringLiteral("name"), QStringLiteral("bow tie"));
    auto refused = editor.insert(bowTie);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason.contains(QStringLiteral("Self-intersection")));
    CHECK(refused.error().reason.contains(QStringLiteral("3.100000, 50.100000")));
    CHECK(editor.count().value() == 1);

    // Repaired, a bow tie is two triangles: too many parts for a layer of polygons...
    auto split = editor.insert(bowTie, true);
    REQUIRE_FALSE(split);
    CHECK(split.error().reason.contains(QStringLiteral("several parts")));
    CHECK(editor.count().value() == 1);
    // ...but fine for a layer of multipolygons.
    {
        auto db = gis::SqliteDatabase::open(atlas, gis::SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("UPDATE geometry_columns SET geometry_type = 6 WHERE f_table_name = 'zones'")));
        REQUIRE(db.value()->exec(QStringLiteral("UPDATE zones SET geom = CastToMulti(geom)")));
    }
    auto repaired = editor.insert(bowTie, true);
    INFO((repaired ? std::string() : repaired.error().message().toStdString()));
    REQUIRE(repaired);
    CHECK(editor.count().value() == 2);
    CHECK(sqlRows(atlas, QStringLiteral("SELECT IsValid(geom), GeometryType(geom) FROM %1 WHERE ogc_fid = %2")
                             .arg(imported.value().sourceLayer)
                             .arg(repaired.value())) == QStringList{QStringLiteral("1|MULTIPOLYGON")});
    // The R*Tree follows inserts and deletes through SpatiaLite's triggers.
    CHECK(sqlRows(atlas, QStringLiteral("SELECT count(*) FROM idx_zones_geom WHERE ymin < 50.3")) == QStringList{QStringLiteral("1")});
    REQUIRE(editor.remove(repaired.value()));
    CHECK(sqlRows(atlas, QStringLiteral("SELECT count(*) FROM idx_zones_geom WHERE ymin < 50.3")) == QStringList{QStringLiteral("0")});
    CHECK(sqlRows(atlas, QStringLiteral("SELECT rtreecheck('idx_zones_geom')")) == QStringList{QStringLiteral("ok")});
}
