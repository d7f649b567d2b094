// atlas-cli layer style --categorized / --graduated on real layers: the rendered
// colours of two categories and two classes, kept when the atlas is reopened and saved again.

#include "cli_runner.h"
#include "support/image_compare.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QImage>

using namespace atlas::test;

namespace {

// 100 pixels per degree over Nord: lon 2.0..4.2, lat 50.0..51.2.
QImage renderAtlas(const TempDir& dir, const QString& atlas, const QString& name)
{
    const QString png = dir.filePath(name);
    const CliResult r = runCli({QStringLiteral("render"), atlas, QStringLiteral("-o"), png, QStringLiteral("--crs"),
                                QStringLiteral("EPSG:4326"), QStringLiteral("--extent"), QStringLiteral("2,50,4.2,51.2"),
                                QStringLiteral("--size"), QStringLiteral("220x120")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QImage image(png);
    REQUIRE(image.size() == QSize(220, 120));
    return image;
}

QRgb at(const QImage& image, double lon, double lat)
{
    return image.pixel(int((lon - 2.0) * 100), int((51.2 - lat) * 100));
}

CliResult style(const QString& atlas, const QString& layer, const QStringList& options)
{
    return runCli(QStringList{QStringLiteral("layer"), QStringLiteral("style"), atlas, layer} + options);
}

}  // namespace

TEST_CASE("atlas-cli colours categories and classes, and the atlas keeps them", "[cli][thematic]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("nord.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:4326")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("layer"), QStringLiteral("add"), atlas, dataFile(QStringLiteral("nord_zones.geojson"))}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("layer"), QStringLiteral("add"), atlas, dataFile(QStringLiteral("nord_villes.geojson"))}).exitCode == 0);

    CliResult r = style(atlas, QStringLiteral("nord_zones"),
                        {QStringLiteral("--categorized"), QStringLiteral("name"), QStringLiteral("--ramp"), QStringLiteral("Set2")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("4 categories of name")));
    r = style(atlas, QStringLiteral("nord_villes"),
              {QStringLiteral("--graduated"), QStringLiteral("population"), QStringLiteral("--classes"), QStringLiteral("2"),
               QStringLiteral("--method"), QStringLiteral("jenks"), QStringLiteral("--ramp"), QStringLiteral("YlOrRd"),
               QStringLiteral("--marker-size"), QStringLiteral("9")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2 classes of population (jenks)")));

    // Set2 in name order: Cambrésis, Flandre maritime, Hainaut, Métropole lilloise.
    auto check = [&](const QImage& image) {
        CHECK(colourNear(at(image, 3.7, 50.3), qRgb(0x8d, 0xa0, 0xcb), 2));   // Hainaut
        CHECK(colourNear(at(image, 2.95, 50.6), qRgb(0xe7, 0x8a, 0xc3), 2));  // Métropole lilloise
        // Jenks in two classes: Lille alone on top (YlOrRd's darkest), Hazebrouck below (its lightest).
        CHECK(colourNear(at(image, 3.0573, 50.6292), qRgb(0x80, 0x00, 0x26), 2));
        CHECK(colourNear(at(image, 2.5386, 50.7236), qRgb(0xff, 0xff, 0xcc), 2));
    };
    check(renderAtlas(dir, atlas, QStringLiteral("first.png")));

    // Another command loads and saves the atlas: the classifications come back unchanged.
    REQUIRE(style(atlas, QStringLiteral("nord_zones"), {QStringLiteral("--opacity"), QStringLiteral("1")}).exitCode == 0);
    check(renderAtlas(dir, atlas, QStringLiteral("reopened.png")));

    // Back to one symbol: the zones lose their category colours.
    REQUIRE(style(atlas, QStringLiteral("nord_zones"), {QStringLiteral("--single")}).exitCode == 0);
    const QImage single = renderAtlas(dir, atlas, QStringLiteral("single.png"));
    CHECK_FALSE(colourNear(at(single, 3.7, 50.3), qRgb(0x8d, 0xa0, 0xcb), 10));
}

TEST_CASE("atlas-cli layer style refuses bad thematic options with a clear message", "[cli][thematic]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("nord.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("layer"), QStringLiteral("add"), atlas, dataFile(QStringLiteral("nord_villes.geojson"))}).exitCode == 0);
    const struct {
        QStringList options;
        QString message;
    } cases[] = {
        {{QStringLiteral("--categorized"), QStringLiteral("pop")}, QStringLiteral("no field of that name (fields: name, population)")},
        {{QStringLiteral("--graduated"), QStringLiteral("name")}, QStringLiteral("is not a number")},
        {{QStringLiteral("--graduated"), QStringLiteral("population"), QStringLiteral("--method"), QStringLiteral("median")}, QStringLiteral("--method must be")},
        {{QStringLiteral("--graduated"), QStringLiteral("population"), QStringLiteral("--classes"), QStringLiteral("0")}, QStringLiteral("--classes must be")},
        {{QStringLiteral("--categorized"), QStringLiteral("name"), QStringLiteral("--ramp"), QStringLiteral("Rainbow")}, QStringLiteral("unknown ramp 'Rainbow'")},
        {{QStringLiteral("--classes"), QStringLiteral("3")}, QStringLiteral("needs --categorized or --graduated")},
    };
    for (const auto& c : cases) {
        const CliResult r = style(atlas, QStringLiteral("nord_villes"), c.options);
        INFO(r.describe());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(c.message));
    }
    // After the refusals the layer is still there and can be categorized.
    const CliResult ok = style(atlas, QStringLiteral("nord_villes"), {QStringLiteral("--categorized"), QStringLiteral("name")});
    INFO(ok.describe());
    CHECK(ok.out.contains(QStringLiteral("10 categories of name")));
}
