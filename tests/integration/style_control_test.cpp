// Each kind of style made with `atlas-cli layer style`, rendered by `atlas-cli render` and compared with a
// committed control image: categorized, graduated, the four marker shapes and an SVG icon, dashes, labels
// (halo, collisions between layers settled by priority, line labels), opacity with a blend mode, and sizes
// in millimetres against pixels at two resolutions.
//
// To refresh after an intended change: ATLAS_UPDATE_CONTROL_IMAGES=1 ctest -R test_cli, then LOOK at
// tests/data/control/style_*.png before committing.

#include "cli_runner.h"
#include "control_image.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFile>

using namespace atlas::test;

namespace {

void cli(const QStringList& args)
{
    const CliResult r = runCli(args);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}

void style(const QString& atlas, const QString& layer, const QStringList& options)
{
    cli(QStringList{QStringLiteral("layer"), QStringLiteral("style"), atlas, layer} + options);
}

QString newAtlas(const TempDir& dir, const QString& crs)
{
    const QString atlas = dir.filePath(QStringLiteral("style.atlas"));
    cli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), crs});
    return atlas;
}

void addLayer(const QString& atlas, const QString& file)
{
    cli({QStringLiteral("layer"), QStringLiteral("add"), atlas, file});
}

// The Nord fixture in Lambert-93: zones, routes, towns, as a user adds them.
QString nordAtlas(const TempDir& dir)
{
    const QString atlas = newAtlas(dir, QStringLiteral("EPSG:2154"));
    for (const char* name : {"nord_zones.geojson", "nord_routes.geojson", "nord_villes.geojson"})
        addLayer(atlas, dataFile(QString::fromLatin1(name)));
    return atlas;
}

void compare(const QString& atlas, const QString& name, const QStringList& renderOptions = {},
             const QString& size = QStringLiteral("360x240"))
{
    const QString actual = outputFile(QStringLiteral("style_%1_actual.png").arg(name));
    const QString diff = outputFile(QStringLiteral("style_%1_diff.png").arg(name));
    QFile::remove(actual);
    QFile::remove(diff);
    cli(QStringList{QStringLiteral("render"), atlas, QStringLiteral("-o"), actual, QStringLiteral("--size"), size} +
        renderOptions);
    checkAgainstControl(actual, QStringLiteral("style_%1.png").arg(name), diff);
}

// A row of `count` points along latitude `lat`, from longitude 1.
QByteArray pointRow(double lat, int count)
{
    QList<QByteArray> features;
    for (int i = 0; i < count; ++i)
        features << geojson::feature(geojson::point({1.0 + 1.6 * i, lat}));
    return geojson::featureCollection(features);
}

const QStringList kGeographic = {QStringLiteral("--crs"), QStringLiteral("EPSG:4326"), QStringLiteral("--extent"),
                                 QStringLiteral("0,0,9,6")};

}  // namespace

TEST_CASE("a categorized style matches its control image", "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = nordAtlas(dir);
    style(atlas, QStringLiteral("nord_zones"), {QStringLiteral("--categorized"), QStringLiteral("name"),
                                                QStringLiteral("--ramp"), QStringLiteral("Set2")});
    style(atlas, QStringLiteral("nord_routes"), {QStringLiteral("--stroke"), QStringLiteral("#555555"),
                                                 QStringLiteral("--stroke-width"), QStringLiteral("1.2")});
    compare(atlas, QStringLiteral("categorized"));
}

TEST_CASE("a graduated style matches its control image", "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = nordAtlas(dir);
    style(atlas, QStringLiteral("nord_villes"),
          {QStringLiteral("--graduated"), QStringLiteral("population"), QStringLiteral("--classes"), QStringLiteral("4"),
           QStringLiteral("--method"), QStringLiteral("jenks"), QStringLiteral("--ramp"), QStringLiteral("YlOrRd"),
           QStringLiteral("--marker-size"), QStringLiteral("11"), QStringLiteral("--stroke"), QStringLiteral("#333333")});
    compare(atlas, QStringLiteral("graduated"));
}

TEST_CASE("the four marker shapes and an SVG icon match their control image", "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir, QStringLiteral("EPSG:4326"));
    const QStringList markers = {QStringLiteral("circle"), QStringLiteral("square"), QStringLiteral("triangle"),
                                 QStringLiteral("diamond"), QStringLiteral("icon")};
    for (int i = 0; i < markers.size(); ++i) {
        addLayer(atlas, dir.writeFile(markers[i] + QStringLiteral(".geojson"), pointRow(5.2 - i, 5)));
        const QStringList look = markers[i] == QLatin1String("icon")
                                     ? QStringList{QStringLiteral("--marker-svg"), QStringLiteral("church")}
                                     : QStringList{QStringLiteral("--marker"), markers[i]};
        style(atlas, markers[i],
              look + QStringList{QStringLiteral("--marker-size"), QStringLiteral("16"), QStringLiteral("--fill"),
                                 QStringLiteral("#0072b2"), QStringLiteral("--stroke"), QStringLiteral("#ffffff"),
                                 QStringLiteral("--stroke-width"), QStringLiteral("1.5")});
    }
    compare(atlas, QStringLiteral("markers"), kGeographic);
}

TEST_CASE("solid, dashed, dotted and dash-dot strokes, thin and thick, match their control image",
          "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir, QStringLiteral("EPSG:4326"));
    const QStringList dashes = {QStringLiteral("solid"), QStringLiteral("dash"), QStringLiteral("dot"), QStringLiteral("dash-dot")};
    for (int i = 0; i < dashes.size(); ++i) {
        for (const auto& [suffix, width, lat] : {std::tuple{"thin", "1", 5.4 - 0.7 * i}, std::tuple{"thick", "3", 2.6 - 0.7 * i}}) {
            const QString name = dashes[i] + QLatin1Char('_') + QLatin1String(suffix);
            // A gentle zigzag, so joins and diagonal dashes show too.
            addLayer(atlas, dir.writeFile(name + QStringLiteral(".geojson"),
                                          geojson::featureCollection({geojson::feature(geojson::lineString(
                                              {{0.5, lat}, {3, lat}, {4.5, lat + 0.3}, {6, lat}, {8.5, lat}}))})));
            style(atlas, name, {QStringLiteral("--dash"), dashes[i], QStringLiteral("--stroke-width"),
                                QString::fromLatin1(width), QStringLiteral("--stroke"), QStringLiteral("#222222")});
        }
    }
    compare(atlas, QStringLiteral("dashes"), kGeographic);
}

TEST_CASE("labels with halos, settled across layers by priority, match their control image", "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = nordAtlas(dir);
    // Road numbers, along the middle of each road, outrank the town and zone names above them where
    // they collide; no label covers a labelled town's marker or leaves the image. Large enough for a
    // zone name (Flandre maritime) to find room beside the towns.
    style(atlas, QStringLiteral("nord_zones"), {QStringLiteral("--label"), QStringLiteral("name")});
    style(atlas, QStringLiteral("nord_routes"), {QStringLiteral("--label"), QStringLiteral("ref"),
                                                 QStringLiteral("--label-priority"), QStringLiteral("5"),
                                                 QStringLiteral("--stroke-width"), QStringLiteral("1.5")});
    style(atlas, QStringLiteral("nord_villes"), {QStringLiteral("--label"), QStringLiteral("name")});
    compare(atlas, QStringLiteral("labels"), {}, QStringLiteral("480x360"));
}

TEST_CASE("a layer's opacity and multiply blending match their control image", "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = nordAtlas(dir);
    style(atlas, QStringLiteral("nord_zones"), {QStringLiteral("--fill"), QStringLiteral("#f0c020"),
                                                QStringLiteral("--stroke-width"), QStringLiteral("0")});
    // A band across the zones, multiplied over them at 70 %: green where it crosses yellow.
    addLayer(atlas, dir.writeFile(QStringLiteral("band.geojson"),
                                  geojson::featureCollection({geojson::feature(geojson::polygon(
                                      {{{2.0, 50.45}, {4.2, 50.45}, {4.2, 50.75}, {2.0, 50.75}, {2.0, 50.45}}}))})));
    style(atlas, QStringLiteral("band"), {QStringLiteral("--fill"), QStringLiteral("#3c8ce6"), QStringLiteral("--blend"),
                                          QStringLiteral("multiply"), QStringLiteral("--opacity"), QStringLiteral("0.7"),
                                          QStringLiteral("--stroke-width"), QStringLiteral("0")});
    compare(atlas, QStringLiteral("blend"));
}

TEST_CASE("sizes in millimetres and in pixels match their control images at 96 and 192 dpi", "[cli][render][style]")
{
    TempDir dir;
    const QString atlas = nordAtlas(dir);
    style(atlas, QStringLiteral("nord_routes"), {QStringLiteral("--unit"), QStringLiteral("mm"),
                                                 QStringLiteral("--stroke-width"), QStringLiteral("0.5")});
    style(atlas, QStringLiteral("nord_villes"), {QStringLiteral("--unit"), QStringLiteral("mm"),
                                                 QStringLiteral("--marker-size"), QStringLiteral("2.5"),
                                                 QStringLiteral("--stroke-width"), QStringLiteral("0.25"),
                                                 QStringLiteral("--marker"), QStringLiteral("square")});
    style(atlas, QStringLiteral("nord_zones"), {QStringLiteral("--stroke-width"), QStringLiteral("2")});  // pixels
    SECTION("96 dpi") { compare(atlas, QStringLiteral("units_96dpi")); }
    SECTION("192 dpi: everything twice as many pixels") {
        compare(atlas, QStringLiteral("units_192dpi"), {QStringLiteral("--dpi"), QStringLiteral("192")});
    }
}

TEST_CASE("bad style names and icons are refused with the reason, the atlas unchanged", "[cli][style]")
{
    TempDir dir;
    const QString atlas = nordAtlas(dir);
    const QStringList styleVilles{QStringLiteral("layer"), QStringLiteral("style"), atlas, QStringLiteral("nord_villes")};
    const std::pair<QStringList, QString> cases[] = {
        {{QStringLiteral("--dash"), QStringLiteral("wavy")}, QStringLiteral("--dash must be one of solid, dash, dot, dash-dot")},
        {{QStringLiteral("--blend"), QStringLiteral("dissolve")}, QStringLiteral("--blend must be one of normal, multiply")},
        {{QStringLiteral("--unit"), QStringLiteral("in")}, QStringLiteral("--unit must be one of px, mm")},
        {{QStringLiteral("--marker"), QStringLiteral("hexagon")}, QStringLiteral("--marker must be one of circle")},
        {{QStringLiteral("--marker-svg"), dir.filePath(QStringLiteral("gone.svg"))}, QStringLiteral("is missing")},
        {{QStringLiteral("--marker-svg"), dir.writeFile(QStringLiteral("bad.svg"), "<svg oops")}, QStringLiteral("not an SVG image")},
        {{QStringLiteral("--scales"), QStringLiteral("50000-100")}, QStringLiteral("--scales must be MIN-MAX")},
        {{QStringLiteral("--label-priority"), QStringLiteral("high")}, QStringLiteral("--label-priority must be a whole number")},
    };
    for (const auto& [options, reason] : cases) {
        const CliResult r = runCli(styleVilles + options);
        INFO(r.describe());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(reason));
    }
    // Still the plain Nord map of render_control_test.
    const QString actual = outputFile(QStringLiteral("style_refused_actual.png"));
    cli({QStringLiteral("render"), atlas, QStringLiteral("-o"), actual, QStringLiteral("--size"), QStringLiteral("480x360")});
    checkAgainstControl(actual, QStringLiteral("nord_lambert93.png"), outputFile(QStringLiteral("style_refused_diff.png")));
}
