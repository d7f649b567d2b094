// Export then re-import equals the original, per format: count, attributes (where the
// format keeps them) and geometries within a tolerance; selection, CRS, refusals.

#include "format_fixtures.h"
#include "gis/formats/layer_compare.h"
#include "gis/formats/vector_export.h"
#include "gis/formats/vector_import.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <gdal.h>
#include <ogr_api.h>
#include <atomic>
#include <tuple>

using namespace atlas;
using namespace atlas::test;

namespace {

struct Fixture {
    TempDir dir;
    QString atlas = newAtlas(dir);
    QString places;
    QString zones;

    Fixture()
    {
        using namespace geojson;
        const QString p = dir.writeFile(
            QStringLiteral("places.geojson"),
            featureCollection({
                feature(point({3.0573, 50.6292}), R"({"name":"Lille","population":236710,"since":"1858-02-01","area":34.83})"),
                feature(point({2.3768, 51.0343}), R"({"name":"Dunkerque","population":86279,"since":"1972-01-01","area":43.89})"),
                feature(point({3.5235, 50.357}), R"({"name":"Valenciennes","population":null,"since":"1900-05-06","area":13.84})"),
            }));
        const QString z = dir.writeFile(
            QStringLiteral("zones.geojson"),
            featureCollection({
                feature(polygon({{{3.0, 50.6}, {3.12, 50.6}, {3.12, 50.68}, {3.0, 50.68}, {3.0, 50.6}},
                                 {{3.04, 50.62}, {3.08, 50.62}, {3.08, 50.65}, {3.04, 50.65}, {3.04, 50.62}}}),
                        R"({"name":"Lille","code":59350})"),
                feature(polygon({{{3.12, 50.66}, {3.22, 50.66}, {3.22, 50.74}, {3.12, 50.74}, {3.12, 50.66}}}),
                        R"({"name":"Roubaix","code":59512})"),
            }));
        places = importOne(p);
        zones = importOne(z);
    }

    QString importOne(const QString& file, const QString& crs = {})
    {
        gis::VectorImportRequest r;
        r.atlasPath = atlas;
        r.sourcePath = file;
        r.targetCrs = crs;
        auto imported = gis::importVectorLayers(r);
        INFO((imported ? std::string() : imported.error().message().toStdString()));
        REQUIRE(imported);
        return imported.value().first().spec.sourceLayer;
    }

    QString exportTo(const QString& table, const QString& name, const QString& crs = {}, bool xy = false)
    {
        gis::VectorExportRequest r;
        r.sourcePath = atlas;
        r.sourceLayer = table;
        r.outputPath = dir.filePath(QStringLiteral("out/") + name);
        r.targetCrs = crs;
        r.csvAsXY = xy;
        dir.makeDir(QStringLiteral("out"));
        auto written = gis::exportVectorLayer(r);
        INFO((written ? std::string() : written.error().message().toStdString()));
        REQUIRE(written);
        return r.outputPath;
    }

    void roundTrip(const QString& table, const QString& name, gis::LayerCompareOptions options, bool xy = false)
    {
        INFO("round trip of " << table.toStdString() << " through " << name.toStdString());
        const QString file = exportTo(table, name, {}, xy);
        const QString back = importOne(file);
        auto compared = gis::compareLayers(atlas, table, atlas, back, options);
        REQUIRE(compared);
        const gis::LayerComparison& c = compared.value();
        INFO("first difference: " << c.firstDifference.toStdString() << "; missing: "
                                  << c.missingFields.join(',').toStdString());
        CHECK(c.countA == c.countB);
        CHECK(c.countA > 0);
        CHECK(c.same());
        if (options.attributes)
            CHECK(c.comparedFields.contains(QStringLiteral("name")));
    }
};

gis::LayerCompareOptions exact()
{
    return {};
}

}  // namespace

TEST_CASE("GeoPackage, GeoJSON and FlatGeobuf keep everything", "[formats][export]")
{
    Fixture f;
    for (const QString ext : {"gpkg", "geojson", "fgb"}) {
        // FlatGeobuf's spatial index stores features in Hilbert order.
        gis::LayerCompareOptions options = exact();
        options.orderBy = QStringLiteral("name");
        f.roundTrip(f.places, QStringLiteral("places.") + ext, options);
        f.roundTrip(f.zones, QStringLiteral("zones.") + ext, options);
    }
}

TEST_CASE("Shapefile keeps geometries and attributes under 10-character names", "[formats][export]")
{
    Fixture f;
    gis::LayerCompareOptions options;
    options.fieldNameLength = 10;
    f.roundTrip(f.places, QStringLiteral("places.shp"), options);
    f.roundTrip(f.zones, QStringLiteral("zones.shp"), options);
}

TEST_CASE("CSV with WKT or X/Y columns", "[formats][export]")
{
    Fixture f;
    gis::LayerCompareOptions options;
    options.tolerance = 1e-9;
    f.roundTrip(f.places, QStringLiteral("places.csv"), options);
    f.roundTrip(f.zones, QStringLiteral("zones.csv"), options);
    // X and Y columns come back as attributes too; compare what the source has.
    f.roundTrip(f.places, QStringLiteral("places_xy.csv"), options, true);
}

TEST_CASE("KML keeps geometries and names; DXF keeps geometries", "[formats][export]")
{
    Fixture f;
    gis::LayerCompareOptions kml;
    kml.tolerance = 1e-9;
    kml.ignoredFields = {QStringLiteral("population"), QStringLiteral("since"), QStringLiteral("area"),
                         QStringLiteral("code")};
    f.roundTrip(f.places, QStringLiteral("places.kml"), kml);
    f.roundTrip(f.zones, QStringLiteral("zones.kml"), kml);
    gis::LayerCompareOptions dxf;
    dxf.attributes = false;
    dxf.tolerance = 1e-9;
    f.roundTrip(f.places, QStringLiteral("places.dxf"), dxf);
    f.roundTrip(f.zones, QStringLiteral("zones.dxf"), dxf);
}

TEST_CASE("Export in another CRS, of a selection, and refusals that leave no file", "[formats][export]")
{
    Fixture f;
    const QString l93 = f.exportTo(f.zones, QStringLiteral("zones_l93.gpkg"), QStringLiteral("EPSG:2154"));
    CHECK(readLayer(l93).crs == QStringLiteral("EPSG:2154"));
    const QString back = f.importOne(l93, QStringLiteral("EPSG:4326"));
    gis::LayerCompareOptions options;
    options.tolerance = 1e-7;
    auto compared = gis::compareLayers(f.atlas, f.zones, f.atlas, back, options);
    REQUIRE(compared);
    INFO("first difference: " << compared.value().firstDifference.toStdString());
    INFO("original " << readLayer(f.atlas, f.zones).wkt.join('\n').toStdString());
    INFO("back " << readLayer(f.atlas, back).wkt.join('\n').toStdString());
    CHECK(compared.value().same());

    gis::VectorExportRequest selection;
    selection.sourcePath = f.atlas;
    selection.sourceLayer = f.places;
    selection.outputPath = f.dir.filePath(QStringLiteral("out/two.geojson"));
    selection.featureIds = {1, 3};
    auto written = gis::exportVectorLayer(selection);
    REQUIRE(written);
    CHECK(written.value() == 2);
    const LayerContent two = readLayer(selection.outputPath);
    CHECK(two.count == 2);
    CHECK(two.values.value(1).value(0) == QStringLiteral("Valenciennes"));

    gis::VectorExportRequest again = selection;
    auto exists = gis::exportVectorLayer(again);
    REQUIRE_FALSE(exists);
    CHECK(exists.error().reason.contains(QStringLiteral("already exists")));

    gis::VectorExportRequest unknown = selection;
    unknown.outputPath = f.dir.filePath(QStringLiteral("out/places.xyz"));
    auto refused = gis::exportVectorLayer(unknown);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(QStringLiteral("places.xyz")));
    CHECK_FALSE(QFileInfo::exists(unknown.outputPath));

    std::atomic<bool> cancel = true;
    gis::VectorExportRequest cancelled = selection;
    cancelled.outputPath = f.dir.filePath(QStringLiteral("out/cancelled.shp"));
    cancelled.featureIds.clear();
    cancelled.cancel = &cancel;
    auto stopped = gis::exportVectorLayer(cancelled);
    REQUIRE_FALSE(stopped);
    CHECK(QDir(f.dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("cancelled.*")}).isEmpty());
}

TEST_CASE("atlas-cli export writes by extension in the chosen CRS, or says why not", "[formats][export][cli]")
{
    Fixture f;
    auto run = [](const QStringList& args) {
        QProcess cli;
        cli.start(QStringLiteral(ATLAS_CLI_PATH), args);
        REQUIRE(cli.waitForFinished(60000));
        return std::make_tuple(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
                               QString::fromUtf8(cli.readAllStandardError()).split('\n', Qt::SkipEmptyParts));
    };
    const QString shp = f.dir.filePath(QStringLiteral("zones_l93.shp"));
    auto [code, out, err] = run({QStringLiteral("export"), f.atlas, f.zones, shp, QStringLiteral("--crs"),
                                 QStringLiteral("EPSG:2154")});
    INFO(err.join('\n').toStdString());
    CHECK(code == 0);
    CHECK(out.contains(QStringLiteral("2 features")));
    CHECK(readLayer(shp).crs == QStringLiteral("EPSG:2154"));
    CHECK(readLayer(shp).count == 2);

    auto [code2, out2, err2] = run({QStringLiteral("export"), f.atlas, QStringLiteral("nowhere"),
                                    f.dir.filePath(QStringLiteral("x.gpkg"))});
    CHECK(code2 == 1);
    REQUIRE(err2.size() == 1);
    CHECK(err2.first().startsWith(QStringLiteral("atlas-cli: error: ")));
    CHECK(err2.first().contains(QStringLiteral("nowhere")));
}

TEST_CASE("A GeoPackage export carries a sound spatial index that GDAL uses and keeps up to date", "[formats][export]")
{
    Fixture f;
    QList<QByteArray> features;
    for (int i = 0; i < 5000; ++i)
        features << geojson::feature(geojson::point({2.0 + (i * 7919 % 10007) / 10007.0, 50.0 + (i * 104729 % 9973) / 9973.0}),
                                     QStringLiteral(R"({"n":%1})").arg(i).toUtf8());
    const QString many = f.importOne(f.dir.writeFile(QStringLiteral("many.geojson"), geojson::featureCollection(features)));
    const QString gpkg = f.exportTo(many, QStringLiteral("many.gpkg"));
    CHECK(sqlRows(gpkg, QStringLiteral("SELECT rtreecheck('rtree_many_geom')")) == QStringList{QStringLiteral("ok")});
    CHECK(sqlRows(gpkg, QStringLiteral("SELECT count(*) FROM rtree_many_geom")) == QStringList{QStringLiteral("5000")});
    CHECK(sqlRows(gpkg, QStringLiteral("SELECT extension_name FROM gpkg_extensions WHERE table_name = 'many'")) ==
          QStringList{QStringLiteral("gpkg_rtree_index")});

    // GDAL sees the index, answers a box query with it, and its triggers follow an edit.
    GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    REQUIRE(ds);
    OGRLayerH sql = GDALDatasetExecuteSQL(ds, "SELECT HasSpatialIndex('many', 'geom')", nullptr, nullptr);
    REQUIRE(sql);
    OGRFeatureH row = OGR_L_GetNextFeature(sql);
    CHECK(OGR_F_GetFieldAsInteger(row, 0) == 1);
    OGR_F_Destroy(row);
    GDALDatasetReleaseResultSet(ds, sql);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGR_L_SetSpatialFilterRect(layer, 2.3, 50.2, 2.6, 50.5);
    const qint64 inBox = OGR_L_GetFeatureCount(layer, TRUE);
    OGR_L_SetSpatialFilter(layer, nullptr);
    OGRFeatureH moved = OGR_L_GetFeature(layer, 1);
    REQUIRE(moved);
    OGRGeometryH far = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(far, 0, 9.5, 45.5);
    OGR_F_SetGeometryDirectly(moved, far);
    CHECK(OGR_L_SetFeature(layer, moved) == OGRERR_NONE);
    OGR_F_Destroy(moved);
    GDALClose(ds);
    CHECK(sqlRows(gpkg, QStringLiteral("SELECT count(*) FROM rtree_many_geom WHERE minx > 9")) == QStringList{QStringLiteral("1")});
    CHECK(sqlRows(gpkg, QStringLiteral("SELECT rtreecheck('rtree_many_geom')")) == QStringList{QStringLiteral("ok")});
    const QStringList scanned = sqlRows(f.atlas, QStringLiteral("SELECT count(*) FROM many WHERE MbrMinX(geom) BETWEEN 2.3 AND 2.6 "
                                                                "AND MbrMinY(geom) BETWEEN 50.2 AND 50.5"));
    CHECK(QString::number(inBox) == scanned.value(0));
    CHECK(inBox > 50);
}
