// Single-band raster styles on a generated DEM (a gaussian hill with a nodata hole): ramp colours at known
// pixels, a hillshade lit on the slope facing the sun, nodata transparent, no seam between two half frames,
// degrees turned into metres in a geographic CRS, and the style kept by the atlas.

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/datasource/raster_statistics.h"
#include "gis/render/raster_styler.h"
#include "gis/store/atlas_store.h"
#include "gis/store/style_codec.h"
#include "support/dem_fixture.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <cmath>

using namespace atlas;

namespace {

struct DemFile {
    test::TempDir dir;
    test::Dem dem;
    QString path = dir.filePath(QStringLiteral("dem.tif"));
    DemFile()
    {
        QString error;
        INFO(error.toStdString());
        REQUIRE(dem.write(path, &error));
    }

    // The DEM drawn with `style` on its own grid (one output pixel per cell) or over `extent`.
    QImage draw(const core::RasterStyle& style, core::Extent extent = core::Extent::null(), QSize size = {},
                const QString& crs = QStringLiteral("EPSG:2154")) const
    {
        if (extent.isNull()) {
            extent = dem.extent();
            size = QSize(dem.size, dem.size);
        }
        auto source = gis::openLayerSource(path, {}, core::LayerKind::Raster);
        REQUIRE(source);
        const std::atomic<bool> cancel{false};
        auto image = source.value()->readImage(extent, size, crs, style, &cancel);
        INFO((image ? QString() : image.error().message()).toStdString());
        REQUIRE(image);
        return image.value();
    }
};

int grey(QRgb c)
{
    return qGreen(c);
}

bool near(QRgb a, QRgb b, int delta = 3)
{
    return std::abs(qRed(a) - qRed(b)) <= delta && std::abs(qGreen(a) - qGreen(b)) <= delta &&
           std::abs(qBlue(a) - qBlue(b)) <= delta && std::abs(qAlpha(a) - qAlpha(b)) <= delta;
}

core::RasterStyle rampStyle(double lo, double hi)
{
    core::RasterStyle s;
    s.render = core::RasterRender::Ramp;
    s.ramp = QStringLiteral("Viridis");
    s.customRange = true;
    s.minimum = lo;
    s.maximum = hi;
    return s;
}

core::RasterStyle hillshadeStyle(double azimuth)
{
    core::RasterStyle s;
    s.render = core::RasterRender::Hillshade;
    s.azimuth = azimuth;
    return s;
}

}  // namespace

TEST_CASE("a colour ramp puts each value at its place between min and max", "[raster][style]")
{
    DemFile f;
    const QImage image = f.draw(rampStyle(0, 200));
    REQUIRE(image.size() == QSize(101, 101));
    for (const auto& [x, y] : {std::pair{50, 50}, std::pair{30, 40}, std::pair{0, 0}, std::pair{70, 60}}) {
        const QRgb expected = gis::rampColourOf(QStringLiteral("Viridis"), f.dem.value(x, y), 0, 200);
        INFO("pixel " << x << "," << y << " value " << f.dem.value(x, y) << ": " << std::hex << image.pixel(x, y)
                      << " expected " << expected);
        CHECK(near(image.pixel(x, y), expected));
    }
    // The summit (170 m) sits at 85 % of the ramp: between its two ends, not at either.
    CHECK(image.pixel(50, 50) != image.pixel(0, 0));
    CHECK(image.pixel(50, 50) != gis::rampColourOf(QStringLiteral("Viridis"), 200, 0, 200));

    SECTION("without a range of its own, the band's min and max are the ramp's ends")
    {
        core::RasterStyle s = rampStyle(0, 0);
        s.customRange = false;
        const QImage own = f.draw(s);
        auto range = gis::bandRange(f.path, 1);
        REQUIRE(range);
        CHECK(range.value().maximum == Approx(f.dem.value(50, 50)).margin(0.01));
        CHECK(range.value().minimum > 19);  // the nodata hole is not the minimum
        CHECK(near(own.pixel(50, 50), gis::rampColourOf(QStringLiteral("Viridis"), 1e9, 0, 1)));
        CHECK(near(own.pixel(0, 0), gis::rampColourOf(QStringLiteral("Viridis"), -1e9, 0, 1)));
    }
}

TEST_CASE("nodata pixels are transparent in every render type", "[raster][style]")
{
    DemFile f;
    const int hx = f.dem.size * 8 / 10 + 2, hy = f.dem.size * 2 / 10 + 2;
    REQUIRE(f.dem.inHole(hx, hy));
    core::RasterStyle grey;
    grey.render = core::RasterRender::Grey;
    core::RasterStyle shaded = rampStyle(0, 200);
    shaded.shade = true;
    for (const core::RasterStyle& style : {core::RasterStyle{}, grey, rampStyle(0, 200), shaded, hillshadeStyle(315)}) {
        INFO("render " << core::rasterRenderName(style.render) << (style.shade ? " shaded" : ""));
        const QImage image = f.draw(style);
        CHECK(qAlpha(image.pixel(hx, hy)) == 0);
        CHECK(qAlpha(image.pixel(hx, hy + 6)) == 255);
        CHECK(qAlpha(image.pixel(10, 10)) == 255);
    }
}

TEST_CASE("a hillshade lights the slope that faces the sun", "[raster][hillshade]")
{
    DemFile f;
    // Sun in the north-west: the north-west flank is lit, the south-east one in shadow.
    const QImage nw = f.draw(hillshadeStyle(315));
    const int lit = grey(nw.pixel(38, 38)), dark = grey(nw.pixel(62, 62));
    INFO("north-west flank " << lit << ", south-east flank " << dark);
    CHECK(lit > dark + 60);
    // Flat lowland gets the sun at its altitude: sin(45°) of full light.
    CHECK(grey(nw.pixel(2, 98)) == Approx(255 * std::sin(M_PI / 4)).margin(3));
    // The sun moved to the south-east: the other way round.
    const QImage se = f.draw(hillshadeStyle(135));
    CHECK(grey(se.pixel(62, 62)) > grey(se.pixel(38, 38)) + 60);

    SECTION("a higher z-factor deepens the shadows")
    {
        core::RasterStyle steep = hillshadeStyle(315);
        steep.zFactor = 3;
        CHECK(grey(f.draw(steep).pixel(62, 62)) < dark - 20);
    }
    SECTION("a colour ramp shaded by the relief keeps the ramp's hue and the hillshade's light")
    {
        core::RasterStyle s = rampStyle(0, 200);
        s.shade = true;
        const QImage image = f.draw(s);
        const QImage flat = f.draw(rampStyle(0, 200));
        // Same height on both flanks, so the same ramp colour; lit brighter than shaded.
        CHECK(flat.pixel(38, 38) == flat.pixel(62, 62));
        CHECK(qGray(image.pixel(38, 38)) > 1.25 * qGray(image.pixel(62, 62)));
    }
}

TEST_CASE("two half frames of a hillshade meet without a seam", "[raster][hillshade]")
{
    DemFile f;
    const core::Extent all = f.dem.extent();
    const double mid = all.xMin + 50 * test::Dem::kCell;
    const QImage whole = f.draw(hillshadeStyle(315), {all.xMin, all.yMin, all.xMin + 100 * test::Dem::kCell, all.yMax},
                                QSize(100, 101));
    const QImage left = f.draw(hillshadeStyle(315), {all.xMin, all.yMin, mid, all.yMax}, QSize(50, 101));
    const QImage right =
        f.draw(hillshadeStyle(315), {mid, all.yMin, all.xMin + 100 * test::Dem::kCell, all.yMax}, QSize(50, 101));
    int worst = 0;
    for (int y = 1; y < 100; ++y) {
        if (f.dem.inHole(49, y) || f.dem.inHole(50, y))
            continue;
        worst = std::max(worst, std::abs(grey(left.pixel(49, y)) - grey(whole.pixel(49, y))));
        worst = std::max(worst, std::abs(grey(right.pixel(0, y)) - grey(whole.pixel(50, y))));
    }
    CHECK(worst <= 2);
}

TEST_CASE("a hillshade in a geographic CRS measures its cells in metres", "[raster][hillshade]")
{
    DemFile f;
    // The DEM's frame in WGS 84 (2.5 km across in French Flanders), drawn 101 pixels wide.
    const QImage lambert = f.draw(hillshadeStyle(315));
    const core::Extent geo = gis::CrsTransform(QStringLiteral("EPSG:2154"), QStringLiteral("EPSG:4326"))
                                 .transformExtent(f.dem.extent());
    REQUIRE(geo.xMin == Approx(2.29).margin(0.02));  // longitude first
    const QImage degrees = f.draw(hillshadeStyle(315), geo, QSize(101, 101), QStringLiteral("EPSG:4326"));
    // Degrees read as metres would make every slope a cliff: black or white. In metres, the flanks are
    // shaded as in the projected frame and the lowland as flat ground.
    // The lightest and darkest drawn pixels.
    auto greyRange = [](const QImage& image) {
        std::pair<int, int> range{255, 0};
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    range = {std::min(range.first, grey(image.pixel(x, y))), std::max(range.second, grey(image.pixel(x, y)))};
        return range;
    };
    const auto [dark, lit] = greyRange(degrees);
    const auto [lambertDark, lambertLit] = greyRange(lambert);
    INFO("geographic " << dark << ".." << lit << ", Lambert-93 " << lambertDark << ".." << lambertLit);
    CHECK(std::abs(lit - lambertLit) <= 25);
    CHECK(std::abs(dark - lambertDark) <= 25);
}

TEST_CASE("a raster style survives the style JSON and an atlas save and reopen", "[raster][style][store]")
{
    core::LayerStyle style;
    style.opacity = 0.8;
    style.raster = rampStyle(12.5, 180);
    style.raster.ramp = QStringLiteral("Terrain");
    style.raster.shade = true;
    style.raster.azimuth = 300;
    style.raster.altitude = 35;
    style.raster.zFactor = 2.5;
    style.raster.band = 1;
    CHECK(gis::decodeStyle(gis::encodeStyle(style)) == style);
    // Vector styles are written as before: no raster key.
    CHECK_FALSE(gis::encodeStyle(core::LayerStyle{}).contains(QStringLiteral("raster")));
    // Damaged values fall back instead of drawing nonsense.
    const core::LayerStyle bad = gis::decodeStyle(QStringLiteral(
        R"({"raster":{"render":"hillshade","altitude":120,"zFactor":-1,"ramp":"nope","min":9,"max":3}})"));
    CHECK(bad.raster.render == core::RasterRender::Hillshade);
    CHECK(bad.raster.altitude == 45);
    CHECK(bad.raster.zFactor == 1);
    CHECK(bad.raster.ramp == QStringLiteral("Terrain"));
    CHECK_FALSE(bad.raster.customRange);

    DemFile f;
    const QString atlas = f.dir.filePath(QStringLiteral("relief.atlas"));
    core::AtlasDocument doc;
    doc.crs = QStringLiteral("EPSG:2154");
    REQUIRE(gis::createAtlas(atlas, doc));
    auto specs = gis::layerSpecsFromFile(f.path, 0);
    REQUIRE(specs);
    REQUIRE(specs.value().size() == 1);
    CHECK(specs.value().first().kind == core::LayerKind::Raster);
    doc.layers << specs.value().first();
    doc.layers.first().style = style;
    REQUIRE(gis::saveAtlas(atlas, doc));
    auto reopened = gis::loadAtlas(atlas);
    REQUIRE(reopened);
    REQUIRE(reopened.value().layers.size() == 1);
    CHECK(reopened.value().layers.first().style == style);
}
