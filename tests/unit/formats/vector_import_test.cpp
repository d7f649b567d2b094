// importVectorLayers against real files: values and types as OGR reads them back, CRS,
// encodings, several layers, spatial index, progress, cancel and failure leaving nothing.

#include "format_fixtures.h"
#include "gis/formats/vector_import.h"
#include "gis/store/sqlite_database.h"

#include <QFile>
#include <atomic>

using namespace atlas;
using namespace atlas::test;

namespace {

QByteArray placesJson()
{
    using namespace geojson;
    return featureCollection({
        feature(point({3.0573, 50.6292}), R"({"name":"Lille","population":236710,"since":"1858-02-01","big":true,"area":34.83})"),
        feature(point({2.3768, 51.0343}), R"({"name":"Dunkerque","population":86279,"since":"1972-01-01","big":false,"area":43.89})"),
        feature(point({3.5235, 50.3570}), R"({"name":"Valenciennes","population":null,"since":"1900-05-06","big":false,"area":13.84})"),
    });
}

gis::VectorImportRequest request(const QString& atlas, const QString& file)
{
    gis::VectorImportRequest r;
    r.atlasPath = atlas;
    r.sourcePath = file;
    return r;
}

}  // namespace

TEST_CASE("A GeoJSON layer is imported with its values, types, CRS and spatial index", "[formats][import]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString file = dir.writeFile(QStringLiteral("places.geojson"), placesJson());
    auto imported = gis::importVectorLayers(request(atlas, file));
    REQUIRE(imported);
    REQUIRE(imported.value().size() == 1);
    const gis::ImportedLayer& layer = imported.value().first();
    CHECK(layer.featureCount == 3);
    CHECK(layer.spec.sourceLayer == QStringLiteral("places"));
    CHECK(layer.spec.isOwnedByAtlas());

    const LayerContent source = readLayer(file);
    const LayerContent copy = readLayer(atlas, layer.spec.sourceLayer);
    REQUIRE(copy.error.isEmpty());
    CHECK(copy.fields == source.fields);
    CHECK(copy.values == source.values);
    CHECK(copy.wkt == source.wkt);
    CHECK(copy.crs == QStringLiteral("EPSG:4326"));
    CHECK(copy.geometryType == QStringLiteral("Point"));
    // Types survive: a date stays a date, a boolean a boolean.
    const QStringList declared = sqlRows(atlas, QStringLiteral("SELECT name || ':' || type FROM pragma_table_info('places')"));
    CHECK(declared.contains(QStringLiteral("since:DATE")));
    CHECK(declared.contains(QStringLiteral("big:BOOLEAN")));
    CHECK(declared.contains(QStringLiteral("population:INTEGER")));
    CHECK(declared.contains(QStringLiteral("area:REAL")));

    // A sound R*Tree that answers box queries, and triggers that keep it up to date.
    CHECK(sqlRows(atlas, QStringLiteral("SELECT rtreecheck('idx_places_geom')")) == QStringList{QStringLiteral("ok")});
    CHECK(sqlRows(atlas, QStringLiteral("SELECT count(*) FROM idx_places_geom WHERE xmin > 3")) == QStringList{QStringLiteral("2")});
    CHECK(sqlRows(atlas, QStringLiteral("SELECT spatial_index_enabled FROM geometry_columns WHERE f_table_name = 'places'")) ==
          QStringList{QStringLiteral("1")});
    CHECK(sqlRows(atlas, QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});
}

TEST_CASE("Thousands of features give an R*Tree that finds exactly what a scan finds", "[formats][import]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    QList<QByteArray> features;
    for (int i = 0; i < 20000; ++i)
        features << geojson::feature(geojson::point({2.0 + (i * 7919 % 10007) / 10007.0, 50.0 + (i * 104729 % 9973) / 9973.0}),
                                     QStringLiteral(R"({"n":%1})").arg(i).toUtf8());
    const QString file = dir.writeFile(QStringLiteral("many.geojson"), geojson::featureCollection(features));
    auto imported = gis::importVectorLayers(request(atlas, file));
    REQUIRE(imported);
    CHECK(imported.value().first().featureCount == 20000);
    CHECK(sqlRows(atlas, QStringLiteral("SELECT rtreecheck('idx_many_geom')")) == QStringList{QStringLiteral("ok")});
    const QString box = QStringLiteral("xmin <= 2.6 AND xmax >= 2.3 AND ymin <= 50.5 AND ymax >= 50.2");
    const QStringList byIndex = sqlRows(atlas, QStringLiteral("SELECT count(*) FROM idx_many_geom WHERE ") + box);
    const QStringList byScan = sqlRows(atlas, QStringLiteral("SELECT count(*) FROM many WHERE MbrMinX(geom) <= 2.6 AND "
                                                             "MbrMinX(geom) >= 2.3 AND MbrMinY(geom) <= 50.5 AND MbrMinY(geom) >= 50.2"));
    CHECK(byIndex == byScan);
    CHECK(byIndex.first().toInt() > 100);

    // An edit after the import goes through SpatiaLite's triggers into the index.
    {
        auto db = gis::SqliteDatabase::open(atlas, gis::SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("INSERT INTO many (n, geom) VALUES (-1, MakePoint(9.5, 45.5, 4326))")));
        CHECK_FALSE(db.value()->exec(QStringLiteral("INSERT INTO many (n, geom) VALUES (-2, MakePoint(9.5, 45.5, 2154))")));
    }
    CHECK(sqlRows(atlas, QStringLiteral("SELECT count(*) FROM idx_many_geom WHERE xmin > 9")) == QStringList{QStringLiteral("1")});
    CHECK(sqlRows(atlas, QStringLiteral("SELECT rtreecheck('idx_many_geom')")) == QStringList{QStringLiteral("ok")});
}

TEST_CASE("All layers or chosen layers of a GeoPackage, in the requested CRS", "[formats][import]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString places = dir.writeFile(QStringLiteral("places.geojson"), placesJson());
    const QString zones = dir.writeFile(QStringLiteral("zones.geojson"),
                                        geojson::featureCollection({geojson::feature(
                                            geojson::polygon({{{3.0, 50.6}, {3.1, 50.6}, {3.1, 50.7}, {3.0, 50.6}}}),
                                            R"({"name":"Z"})")}));
    const QString gpkg = dir.filePath(QStringLiteral("both.gpkg"));
    REQUIRE(translate(places, gpkg, {QStringLiteral("-f"), QStringLiteral("GPKG")}));
    REQUIRE(translate(zones, gpkg, {QStringLiteral("-update")}));

    auto chosen = request(atlas, gpkg);
    chosen.layers = {QStringLiteral("zones")};
    chosen.targetCrs = QStringLiteral("EPSG:2154");
    auto one = gis::importVectorLayers(chosen);
    REQUIRE(one);
    REQUIRE(one.value().size() == 1);
    const LayerContent z = readLayer(atlas, one.value().first().spec.sourceLayer);
    CHECK(z.crs == QStringLiteral("EPSG:2154"));
    CHECK(z.geometryType == QStringLiteral("Polygon"));
    REQUIRE(z.wkt.size() == 1);
    // Lambert-93 metres, not degrees.
    CHECK(z.wkt.first().contains(QStringLiteral("70")));
    CHECK_FALSE(z.wkt.first().contains(QStringLiteral("50.6")));

    auto all = request(atlas, gpkg);
    all.allLayers = true;
    auto both = gis::importVectorLayers(all);
    REQUIRE(both);
    REQUIRE(both.value().size() == 2);
    CHECK(both.value()[0].spec.sourceLayer != both.value()[1].spec.sourceLayer);
    // Names already taken get a suffix.
    CHECK(both.value()[1].spec.sourceLayer == QStringLiteral("zones_2"));

    auto missing = request(atlas, gpkg);
    missing.layers = {QStringLiteral("nowhere")};
    auto refused = gis::importVectorLayers(missing);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(QStringLiteral("nowhere")));
    CHECK(refused.error().message().contains(QStringLiteral("places, zones")));
}

TEST_CASE("Shapefile texts are decoded from their encoding: .cpg, none, or asked", "[formats][import][encoding]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString json = dir.writeFile(QStringLiteral("villes.geojson"),
                                       geojson::featureCollection({geojson::feature(
                                           geojson::point({3.0, 50.6}), R"({"nom":"Hénin-Beaumont Œuf"})")}));
    const QString expected = QStringLiteral("Hénin-Beaumont Œuf");

    SECTION("UTF-8 shapefile with its .cpg")
    {
        const QString shp = dir.filePath(QStringLiteral("utf8/villes.shp"));
        dir.makeDir(QStringLiteral("utf8"));
        REQUIRE(translate(json, shp, {QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8")}));
        auto imported = gis::importVectorLayers(request(atlas, shp));
        REQUIRE(imported);
        CHECK(readLayer(atlas, imported.value().first().spec.sourceLayer).values.first().first() == expected);
        CHECK(imported.value().first().warnings.isEmpty());
    }
    SECTION("UTF-8 shapefile without .cpg nor code page")
    {
        dir.makeDir(QStringLiteral("bare"));
        const QString shp = dir.filePath(QStringLiteral("bare/villes.shp"));
        REQUIRE(translate(json, shp, {QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8")}));
        REQUIRE(QFile::remove(dir.filePath(QStringLiteral("bare/villes.cpg"))));
        QFile dbf(dir.filePath(QStringLiteral("bare/villes.dbf")));
        REQUIRE(dbf.open(QIODevice::ReadWrite));
        dbf.seek(29);
        dbf.write(QByteArray(1, '\0'));
        dbf.close();
        auto imported = gis::importVectorLayers(request(atlas, shp));
        REQUIRE(imported);
        CHECK(readLayer(atlas, imported.value().first().spec.sourceLayer).values.first().first() == expected);
    }
    SECTION("Latin-1 shapefile with its .cpg, then without it")
    {
        dir.makeDir(QStringLiteral("latin"));
        const QString shp = dir.filePath(QStringLiteral("latin/villes.shp"));
        const QString latinJson = dir.writeFile(QStringLiteral("latin.geojson"),
                                                geojson::featureCollection({geojson::feature(
                                                    geojson::point({3.0, 50.6}), R"({"nom":"Hénin-Beaumont"})")}));
        REQUIRE(translate(latinJson, shp, {QStringLiteral("-lco"), QStringLiteral("ENCODING=ISO-8859-1")}));
        REQUIRE(readAll(dir.filePath(QStringLiteral("latin/villes.dbf"))).contains("H\xe9nin"));
        auto withCpg = gis::importVectorLayers(request(atlas, shp));
        REQUIRE(withCpg);
        CHECK(readLayer(atlas, withCpg.value().first().spec.sourceLayer).values.first().first() ==
              QStringLiteral("Hénin-Beaumont"));

        QFile::remove(dir.filePath(QStringLiteral("latin/villes.cpg")));
        QFile dbf(dir.filePath(QStringLiteral("latin/villes.dbf")));
        REQUIRE(dbf.open(QIODevice::ReadWrite));
        dbf.seek(29);
        dbf.write(QByteArray(1, '\0'));
        dbf.close();
        auto guessed = gis::importVectorLayers(request(atlas, shp));
        REQUIRE(guessed);
        CHECK(readLayer(atlas, guessed.value().first().spec.sourceLayer).values.first().first() ==
              QStringLiteral("Hénin-Beaumont"));
        CHECK(guessed.value().first().warnings.join(' ').contains(QStringLiteral("Latin-1")));

        auto asked = request(atlas, shp);
        asked.encoding = QStringLiteral("ISO-8859-1");
        auto told = gis::importVectorLayers(asked);
        REQUIRE(told);
        CHECK(readLayer(atlas, told.value().first().spec.sourceLayer).values.first().first() ==
              QStringLiteral("Hénin-Beaumont"));
        CHECK(told.value().first().warnings.isEmpty());
    }
}

TEST_CASE("A Windows-1252 CSV read with --encoding", "[formats][import][encoding]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString csv = dir.writeFile(QStringLiteral("lieux.csv"), "nom,lon,lat\n\x80uro caf\xe9,3.0,50.6\n");
    auto r = request(atlas, csv);
    r.encoding = QStringLiteral("windows-1252");
    auto imported = gis::importVectorLayers(r);
    REQUIRE(imported);
    CHECK(readLayer(atlas, imported.value().first().spec.sourceLayer).values.first().first() == QStringLiteral("€uro café"));

    r.encoding = QStringLiteral("no-such-encoding");
    auto refused = gis::importVectorLayers(r);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason.contains(QStringLiteral("no-such-encoding")));
}

TEST_CASE("Polygons mixed with multipolygons become a multipolygon layer; 3D is kept", "[formats][import]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString mixed = dir.writeFile(
        QStringLiteral("mixed.geojson"),
        R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"k":1},"geometry":{"type":"Polygon","coordinates":[[[3,50],[3.1,50],[3.1,50.1],[3,50]]]}},
{"type":"Feature","properties":{"k":2},"geometry":{"type":"MultiPolygon","coordinates":[[[[4,50],[4.1,50],[4.1,50.1],[4,50]]],[[[5,50],[5.1,50],[5.1,50.1],[5,50]]]]}}]})");
    auto imported = gis::importVectorLayers(request(atlas, mixed));
    REQUIRE(imported);
    const LayerContent m = readLayer(atlas, QStringLiteral("mixed"));
    CHECK(m.geometryType == QStringLiteral("Multi Polygon"));
    CHECK(m.wkt.first().startsWith(QStringLiteral("MULTIPOLYGON")));

    const QString z = dir.writeFile(
        QStringLiteral("z.geojson"),
        R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[3,50,12.5],[3.1,50,13]]}}]})");
    REQUIRE(gis::importVectorLayers(request(atlas, z)));
    const LayerContent zc = readLayer(atlas, QStringLiteral("z"));
    REQUIRE(zc.wkt.size() == 1);
    CHECK(zc.geometryType == QStringLiteral("3D Line String"));
    CHECK(zc.wkt.first().startsWith(QStringLiteral("LINESTRING Z (3 50 12.5,")));
    CHECK(zc.wkt.first().endsWith(QStringLiteral(" 13)")));
}

TEST_CASE("Progress is reported and a cancel leaves the atlas exactly as it was", "[formats][import]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    QList<QByteArray> features;
    for (int i = 0; i < 30000; ++i)
        features << geojson::feature(geojson::point({2.0 + i * 1e-5, 50.0}), R"({"v":1})");
    const QString file = dir.writeFile(QStringLiteral("big.geojson"), geojson::featureCollection(features));

    auto r = request(atlas, file);
    qint64 last = -1, total = -2;
    int calls = 0;
    r.progress = [&](qint64 done, qint64 all) {
        CHECK(done > last);
        last = done;
        total = all;
        ++calls;
    };
    REQUIRE(gis::importVectorLayers(r));
    CHECK(calls > 2);
    CHECK(last == 30000);
    CHECK(total == 30000);

    const QString before = atlasSnapshot(atlas);
    std::atomic<bool> cancel = false;
    auto c = request(atlas, file);
    c.cancel = &cancel;
    c.progress = [&](qint64 done, qint64) {
        if (done > 5000)
            cancel = true;
    };
    auto cancelled = gis::importVectorLayers(c);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().reason.contains(QStringLiteral("cancelled")));
    CHECK(atlasSnapshot(atlas) == before);
}
