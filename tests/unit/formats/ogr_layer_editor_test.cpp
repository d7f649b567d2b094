// Editing GeoPackage and SpatiaLite layers in place, as other tools made them: features go in,
// come back with their values, move and go away with the file's own spatial index kept
// right; bad geometries and unknown fields are refused with the file unchanged; formats
// whose ids are not stable are refused before anything is written.

#include "format_fixtures.h"
#include "gis/store/layer_editor.h"

#include <QCryptographicHash>
#include <QFile>

using namespace atlas;
using namespace atlas::test;

namespace {

// Three zones around Lille, written by ogr2ogr into `name` with `args`.
QString zonesIn(const TempDir& dir, const QString& name, const QStringList& args)
{
    QList<QByteArray> zones;
    for (int i = 0; i < 3; ++i) {
        const double x = 2.8 + 0.3 * i;
        zones << geojson::feature(geojson::polygon({{{x, 50.5}, {x + 0.2, 50.5}, {x + 0.2, 50.7}, {x, 50.7}, {x, 50.5}}}),
                                  QStringLiteral(R"({"name":"Zone %1"})").arg(i + 1).toUtf8());
    }
    const QString source = dir.writeFile(QStringLiteral("zones.geojson"), geojson::featureCollection(zones));
    const QString path = dir.filePath(name);
    REQUIRE(translate(source, path, args));
    return path;
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

gis::FeatureRecord square(double x, double y, const QString& name)
{
    gis::FeatureRecord f;
    const QByteArray wkt = QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                               .arg(x).arg(y).arg(x + 0.1).arg(y + 0.1).toLatin1();
    f.wkb = wkbFromWkt(wkt.constData());
    f.attributes.insert(QStringLiteral("name"), name);
    return f;
}

}  // namespace

TEST_CASE("A GeoPackage layer is edited in place with its spatial index", "[formats][edit][inplace]")
{
    TempDir dir;
    const QString gpkg = zonesIn(dir, QStringLiteral("zones.gpkg"), {"-nln", "zones"});
    const gis::LayerEditor editor(gpkg, QStringLiteral("zones"));
    const qint64 before = readLayer(gpkg).count;
    REQUIRE(before >= 3);
    CHECK(editor.crs().value() == QStringLiteral("EPSG:4326"));
    CHECK(editor.geometryKind().value() == gis::EditableGeometry::Polygon);
    auto fields = editor.fields();
    REQUIRE(fields);
    REQUIRE(fields.value().size() == 1);
    CHECK(fields.value().first().name == QStringLiteral("name"));

    // Added: GDAL and the R*Tree both find it where it is.
    auto added = editor.insert(square(5.0, 45.0, QStringLiteral("Nouvelle zone")));
    REQUIRE(added);
    CHECK(readLayer(gpkg).count == before + 1);
    auto back = editor.read(added.value());
    REQUIRE(back);
    CHECK(back.value().attributes.value(QStringLiteral("name")).toString() == QStringLiteral("Nouvelle zone"));
    CHECK_FALSE(back.value().wkb.isEmpty());
    const QString inIndex = QStringLiteral("SELECT id FROM rtree_zones_geom WHERE minx < 5.05 AND maxx > 5.05 "
                                           "AND miny < 45.05 AND maxy > 45.05");
    CHECK(sqlRows(gpkg, inIndex) == QStringList{QString::number(added.value())});

    // Moved: the index follows.
    REQUIRE(editor.replaceGeometry(added.value(), square(6.0, 46.0, {}).wkb));
    CHECK(sqlRows(gpkg, inIndex).isEmpty());
    CHECK(sqlRows(gpkg, QStringLiteral("SELECT count(*) FROM rtree_zones_geom WHERE minx < 6.05 AND maxx > 6.05 "
                                       "AND miny < 46.05 AND maxy > 46.05")) == QStringList{"1"});

    // Removed, then put back with the same id (redo after undo).
    REQUIRE(editor.remove(added.value()));
    CHECK(readLayer(gpkg).count == before);
    CHECK_FALSE(editor.read(added.value()));
    gis::FeatureRecord again = back.value();
    auto restored = editor.insert(again);
    REQUIRE(restored);
    CHECK(restored.value() == added.value());
    CHECK(editor.read(added.value()).value().attributes == back.value().attributes);
    CHECK(sqlRows(gpkg, QStringLiteral("PRAGMA integrity_check")) == QStringList{"ok"});
}

TEST_CASE("Refused edits of a GeoPackage leave the file as it was", "[formats][edit][inplace]")
{
    TempDir dir;
    const QString gpkg = zonesIn(dir, QStringLiteral("zones.gpkg"), {"-nln", "zones"});
    const gis::LayerEditor editor(gpkg, QStringLiteral("zones"));
    const QByteArray unchanged = digest(gpkg);

    gis::FeatureRecord bowTie;
    bowTie.wkb = wkbFromWkt("POLYGON ((3.0 50.0, 3.2 50.2, 3.2 50.0, 3.0 50.2, 3.0 50.0))");
    auto refused = editor.insert(bowTie);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason.contains(QStringLiteral("Self-intersection")));
    CHECK(refused.error().file == gpkg);

    gis::FeatureRecord unknown = square(3.0, 50.0, QStringLiteral("x"));
    unknown.attributes.insert(QStringLiteral("population"), 12);
    auto noField = editor.insert(unknown);
    REQUIRE_FALSE(noField);
    CHECK(noField.error().reason.contains(QStringLiteral("population")));

    gis::FeatureRecord twoParts;
    twoParts.wkb = wkbFromWkt("MULTIPOLYGON (((3 50, 3.1 50, 3.1 50.1, 3 50)), ((4 50, 4.1 50, 4.1 50.1, 4 50)))");
    auto multi = editor.insert(twoParts);
    REQUIRE_FALSE(multi);
    CHECK(multi.error().reason.contains(QStringLiteral("several parts")));
    CHECK_FALSE(editor.replaceGeometry(999999, square(3.0, 50.0, {}).wkb));
    CHECK(digest(gpkg) == unchanged);

    // Repaired on request: MakeValid's two triangles need a multi-polygon layer.
    const QString multiGpkg = zonesIn(dir, QStringLiteral("multi.gpkg"), {"-nln", "zones", "-nlt", "MULTIPOLYGON"});
    const gis::LayerEditor multiEditor(multiGpkg, QStringLiteral("zones"));
    CHECK(multiEditor.holdsMultiParts().value());
    auto repaired = multiEditor.insert(bowTie, true);
    REQUIRE(repaired);
    CHECK(readLayer(multiGpkg).wkt.last().startsWith(QStringLiteral("MULTIPOLYGON")));
    // A single polygon goes into the multi layer as a multi of one.
    auto single = multiEditor.insert(square(5.0, 45.0, QStringLiteral("one")));
    REQUIRE(single);
    CHECK(readLayer(multiGpkg).wkt.last().startsWith(QStringLiteral("MULTIPOLYGON")));
}

TEST_CASE("A SpatiaLite layer is edited in place; a shapefile is refused untouched", "[formats][edit][inplace]")
{
    TempDir dir;
    const QString sqlite = zonesIn(dir, QStringLiteral("zones.sqlite"), {"-f", "SQLite", "-dsco", "SPATIALITE=YES", "-nln", "zones"});
    const gis::LayerEditor editor(sqlite, QStringLiteral("zones"));
    const qint64 before = readLayer(sqlite).count;
    auto added = editor.insert(square(4.0, 50.0, QStringLiteral("Westhoek")));
    REQUIRE(added);
    CHECK(readLayer(sqlite).count == before + 1);
    CHECK(editor.read(added.value()).value().attributes.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Westhoek"));
    REQUIRE(editor.remove(added.value()));
    CHECK(readLayer(sqlite).count == before);

    const QString shp = zonesIn(dir, QStringLiteral("zones.shp"), {});
    const QByteArray unchanged = digest(shp);
    const gis::LayerEditor shapefile(shp, {});
    auto kind = shapefile.geometryKind();
    REQUIRE_FALSE(kind);
    CHECK(kind.error().reason.contains(QStringLiteral("only GeoPackage and SpatiaLite")));
    CHECK_FALSE(shapefile.insert(square(4.0, 50.0, QStringLiteral("x"))));
    CHECK(digest(shp) == unchanged);
}
