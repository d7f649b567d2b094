// Every file of the bad-input corpus (tests/data/bad/make_corpus.sh, generated here):
// no crash, either a specific error naming the file (and the feature or line when there
// is one) with the atlas unchanged, or a correct import; and the same through atlas-cli.

#include "format_fixtures.h"
#include "gis/formats/vector_import.h"
#include "gis/render/map_renderer.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>

using namespace atlas;
using namespace atlas::test;

namespace {

struct Expected {
    qint64 features = -1;   // >= 0: a correct import of that many features
    QStringList reasons = {};  // otherwise: the message contains each of these
    QString check = {};        // imports: SQL on the new table ("%1") ...
    QString checkResult = {};  // ... and its expected first row
};

const QMap<QString, Expected>& expectations()
{
    static const QMap<QString, Expected> table = {
        {"attributes_only.csv", {-1, {"no layer with geometries"}}},
        {"awkward_field_names.geojson", {1, {}, "SELECT count(*) FROM pragma_table_info('%1')", "7"}},
        {"bad_prj.shp", {3, {}, "SELECT srid FROM geometry_columns WHERE f_table_name = '%1'", "4326"}},
        {"curves_and_surfaces.csv", {3, {}, "SELECT count(*) FROM %1 WHERE GeometryType(geom) LIKE 'MULTIPOLYGON%'", "2"}},
        {"empty.geojson", {-1, {"empty"}}},
        {"empty_geometries.geojson", {4, {}, "SELECT count(*) FROM %1 WHERE geom IS NULL", "3"}},
        {"geojson_named.shp", {3, {}, "SELECT name FROM %1 ORDER BY n LIMIT 1", "Lille"}},
        {"good.geojson", {3, {}, "SELECT sum(n) FROM %1", "6"}},
        {"huge_coordinates.geojson", {-1, {"feature 1", "out of range"}}},
        {"image_named.geojson", {-1, {"not a geographic file"}}},
        {"invalid_utf8.geojson", {1, {}, "SELECT name FROM %1", "Café ÿþ"}},
        {"many_attributes.geojson", {-1, {"100000 attributes"}}},
        {"missing_dbf.shp", {3, {}, "SELECT count(*) FROM %1 WHERE geom IS NOT NULL", "3"}},
        {"missing_shx.shp", {-1, {".shx"}}},
        {"mixed_geometries.geojson", {3, {}, "SELECT geometry_type FROM geometry_columns WHERE f_table_name = '%1'", "0"}},
        {"nan_lon.csv", {2, {}, "SELECT count(*) FROM %1 WHERE geom IS NULL", "1"}},
        {"nan_wkt.csv", {-1, {"line 4"}}},
        {"nested_values.geojson", {1, {}, "SELECT json_extract(meta, '$.year') FROM %1", "2021"}},
        {"no_features.geojson", {0, {}, "SELECT count(*) FROM %1", "0"}},
        {"noise.gpkg", {-1, {"not a geographic file"}}},
        {"not_json.geojson", {-1, {"not a geographic file"}}},
        {"self_intersecting.geojson", {1, {}, "SELECT IsValid(geom) FROM %1", "0"}},
        {"truncated.geojson", {-1, {"cannot be read"}}},
        {"truncated.gpkg", {-1, {"cannot be read"}}},
        {"truncated.kml", {-1, {"cannot be read"}}},
        {"truncated_shp.shp", {-1, {"feature 1"}}},
        {"z_and_m.csv", {3, {}, "SELECT geometry_type FROM geometry_columns WHERE f_table_name = '%1'", "3000"}},
    };
    return table;
}

QStringList makeCorpus(const TempDir& dir)
{
    QProcess script;
    script.start(QStringLiteral("bash"), {QStringLiteral(ATLAS_CORPUS_SCRIPT), dir.filePath(QStringLiteral("bad"))});
    REQUIRE(script.waitForFinished(120000));
    INFO(script.readAllStandardError().toStdString());
    REQUIRE(script.exitCode() == 0);
    QStringList files;
    for (const QFileInfo& fi : QDir(dir.filePath(QStringLiteral("bad"))).entryInfoList(QDir::Files, QDir::Name))
        if (!QStringList{"shx", "dbf", "prj", "cpg"}.contains(fi.suffix()))
            files << fi.absoluteFilePath();
    return files;
}

}  // namespace

TEST_CASE("Every bad file gives a specific error with the atlas unchanged, or a correct import", "[formats][badinput]")
{
    TempDir dir;
    const QStringList files = makeCorpus(dir);
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    // The corpus and this table describe the same files.
    CHECK(names == QStringList(expectations().keys()));

    const QString atlas = newAtlas(dir);
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        if (!expectations().contains(name))
            continue;
        const Expected& expected = expectations()[name];
        INFO("file " << name.toStdString());
        const QString before = atlasSnapshot(atlas);
        gis::VectorImportRequest request;
        request.atlasPath = atlas;
        request.sourcePath = file;
        auto imported = gis::importVectorLayers(request);
        if (expected.features < 0) {
            REQUIRE_FALSE(imported);
            const QString message = imported.error().message();
            INFO("message " << message.toStdString());
            CHECK(message.contains(name));
            for (const QString& reason : expected.reasons)
                CHECK(message.contains(reason));
            CHECK(atlasSnapshot(atlas) == before);
        } else {
            INFO((imported ? std::string() : imported.error().message().toStdString()));
            REQUIRE(imported);
            const QString table = imported.value().first().spec.sourceLayer;
            CHECK(imported.value().first().featureCount == expected.features);
            CHECK(sqlRows(atlas, QStringLiteral("SELECT count(*) FROM %1").arg(table)) ==
                  QStringList{QString::number(expected.features)});
            CHECK(sqlRows(atlas, QStringLiteral("SELECT rtreecheck('idx_%1_geom')").arg(table)) ==
                  QStringList{QStringLiteral("ok")});
            if (!expected.check.isEmpty())
                CHECK(sqlRows(atlas, expected.check.arg(table)).value(0) == expected.checkResult);
            // OGR, hence the renderer, reads what was written.
            CHECK(readLayer(atlas, table).count == expected.features);
        }
        CHECK(sqlRows(atlas, QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});
    }
}

TEST_CASE("atlas-cli import of a bad file: exit status 1 and one error line naming the file", "[formats][badinput][cli]")
{
    TempDir dir;
    const QStringList files = makeCorpus(dir);
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        if (!expectations().contains(name) || expectations()[name].features >= 0)
            continue;
        INFO("file " << name.toStdString());
        const QString atlas = newAtlas(dir, name + QStringLiteral(".atlas"));
        const QString before = atlasSnapshot(atlas);
        QProcess cli;
        cli.start(QStringLiteral(ATLAS_CLI_PATH), {QStringLiteral("import"), atlas, file});
        REQUIRE(cli.waitForFinished(60000));
        CHECK(cli.exitStatus() == QProcess::NormalExit);
        CHECK(cli.exitCode() == 1);
        const QStringList lines = QString::fromUtf8(cli.readAllStandardError()).split('\n', Qt::SkipEmptyParts);
        INFO("stderr " << lines.join('\n').toStdString());
        REQUIRE(lines.size() == 1);
        CHECK(lines.first().startsWith(QStringLiteral("atlas-cli: error: ")));
        CHECK(lines.first().contains(name));
        CHECK(atlasSnapshot(atlas) == before);
    }
}

TEST_CASE("Every bad file is drawn on the map or refused with a reason naming it, never a crash", "[formats][badinput][render]")
{
    TempDir dir;
    const QStringList files = makeCorpus(dir);
    // The corpus lies around Lille; Lambert-93 also reprojects the huge and NaN coordinates.
    const QList<QPair<QString, core::Extent>> frames = {
        {QStringLiteral("EPSG:4326"), core::Extent{2.5, 49.8, 3.7, 50.9}},
        {QStringLiteral("EPSG:2154"), core::Extent{640000, 6980000, 760000, 7100000}}};
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        INFO("file " << name.toStdString());
        for (const auto& [crs, extent] : frames) {
            INFO("crs " << crs.toStdString());
            gis::MapSettings settings;
            settings.crs = crs;
            settings.extent = extent;
            settings.outputSize = QSize(120, 120);
            core::LayerStyle style;
            style.labelField = QStringLiteral("name");
            const std::atomic<bool> cancel{false};
            const gis::RenderResult r =
                gis::renderMap({{name, file, {}, core::LayerKind::Vector, style}}, settings, cancel);
            REQUIRE(r.image.size() == QSize(120, 120));
            for (const core::Error& e : r.errors)
                CHECK(e.message().contains(name));
            // Files with drawable features near Lille draw them.
            if (QStringList{"good.geojson", "self_intersecting.geojson", "mixed_geometries.geojson",
                            "huge_coordinates.geojson", "empty_geometries.geojson", "invalid_utf8.geojson"}
                    .contains(name)) {
                CHECK(r.errors.isEmpty());
                CHECK(r.featuresDrawn >= 1);
            }
            // GDAL reads a feature with 100,000 properties in minutes: refused up front.
            if (name == QLatin1String("many_attributes.geojson")) {
                REQUIRE(r.errors.size() == 1);
                CHECK(r.errors.first().message().contains(QStringLiteral("100000 attributes")));
            }
        }
    }
}
