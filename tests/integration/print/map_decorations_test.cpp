// The measured parts of a map sheet: layout on the paper, ellipsoid scale, round bar
// lengths, true north in a conic projection, legend symbols from the data.

#include "gis/print/map_decorations.h"
#include "gis/print/print_options.h"
#include "gis/print/sheet_layout.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

using namespace atlas;
using namespace atlas::test;

TEST_CASE("paper sizes follow ISO 216 and turn with the orientation", "[print]")
{
    CHECK(gis::pageSizeMm(gis::PaperSize::A4, gis::PaperOrientation::Portrait) == QSizeF(210, 297));
    CHECK(gis::pageSizeMm(gis::PaperSize::A4, gis::PaperOrientation::Landscape) == QSizeF(297, 210));
    CHECK(gis::pageSizeMm(gis::PaperSize::A3, gis::PaperOrientation::Portrait) == QSizeF(297, 420));
    CHECK(gis::paperSizeFromName(QStringLiteral("a3")) == gis::PaperSize::A3);
    CHECK_FALSE(gis::paperSizeFromName(QStringLiteral("Letter")).has_value());
    CHECK_FALSE(gis::orientationFromName(QStringLiteral("sideways")).has_value());
}

TEST_CASE("the sheet layout keeps every part on the page and apart", "[print]")
{
    for (const QSizeF page : {QSizeF(297, 210), QSizeF(210, 297), QSizeF(420, 297)}) {
        const gis::SheetLayout l = gis::layoutSheet(page, true, true, 7);
        INFO("page " << page.width() << "x" << page.height());
        for (const QRectF& r : {l.title, l.map, l.legend, l.footer}) {
            CHECK(l.page.contains(r));
            CHECK(r.width() > 20);
        }
        CHECK_FALSE(l.map.intersects(l.legend));
        CHECK_FALSE(l.map.intersects(l.title));
        CHECK_FALSE(l.map.intersects(l.footer));
        CHECK(l.map.width() * l.map.height() > 0.45 * page.width() * page.height());
    }
    // Landscape: legend column beside the map; portrait: band below it, two columns.
    const gis::SheetLayout landscape = gis::layoutSheet({297, 210}, false, true, 3);
    CHECK(landscape.legend.left() > landscape.map.right());
    const gis::SheetLayout portrait = gis::layoutSheet({210, 297}, false, true, 3);
    CHECK(portrait.legend.top() > portrait.map.bottom());
    CHECK(portrait.legendColumns == 2);
    CHECK(gis::layoutSheet({297, 210}, false, false, 3).legend.isEmpty());
}

TEST_CASE("scale bar lengths are round: 1, 2 or 5 times a power of ten", "[print]")
{
    CHECK(gis::roundDown125(7300) == Approx(5000));
    CHECK(gis::roundDown125(1999) == Approx(1000));
    CHECK(gis::roundDown125(2000) == Approx(2000));
    CHECK(gis::roundDown125(0.34) == Approx(0.2));
    CHECK(gis::roundDown125(0) == 0);
    CHECK(gis::scaleBarLabel(500) == QStringLiteral("500 m"));
    CHECK(gis::scaleBarLabel(2000) == QStringLiteral("2 km"));
    CHECK(gis::scaleBarLabel(2500) == QStringLiteral("2.5 km"));
}

TEST_CASE("the sheet scale is measured on the ellipsoid", "[print]")
{
    // Lambert-93 around Lille: 10 km of grid across 100 mm. The projection's scale
    // factor there is about 1.0003 (ground shorter than grid by that much at most).
    const gis::SheetScale l93 =
        gis::sheetScale({700000, 7055000, 710000, 7065000}, QStringLiteral("EPSG:2154"), 100, 25);
    REQUIRE(l93.isValid());
    CHECK(l93.metresPerMm == Approx(100).epsilon(0.002));
    CHECK(l93.denominator == Approx(100000).epsilon(0.002));
    CHECK(l93.barMetres == Approx(2000));  // 25 mm hold 2.5 km: the round length is 2 km
    CHECK(l93.barMm == Approx(l93.barMetres / l93.metresPerMm));
    CHECK(l93.barMm <= 25);

    // One degree of longitude at 50° N is 71.7 km on the ellipsoid (not 111 km).
    const gis::SheetScale wgs = gis::sheetScale({3, 49.5, 4, 50.5}, QStringLiteral("EPSG:4326"), 100, 30);
    REQUIRE(wgs.isValid());
    CHECK(wgs.metresPerMm * 100 == Approx(71700).epsilon(0.003));

    CHECK_FALSE(gis::sheetScale(core::Extent::null(), QStringLiteral("EPSG:2154"), 100, 25).isValid());
}

TEST_CASE("true north turns away from grid north off the central meridian", "[print]")
{
    CHECK(gis::trueNorthAngle({2, 48, 4, 50}, QStringLiteral("EPSG:4326")) == Approx(0).margin(1e-6));
    // Lambert-93 has its central meridian at 3° E; convergence is (lon - 3°) x sin(46.5°).
    // Strasbourg (7.75° E, 48.58° N) is about 1,050,000 / 6,840,000 in EPSG:2154.
    const double strasbourg = gis::trueNorthAngle({1045000, 6835000, 1055000, 6845000}, QStringLiteral("EPSG:2154"));
    CHECK(strasbourg == Approx(-(7.75 - 3) * std::sin(46.5 * M_PI / 180)).margin(0.25));
    const double brest = gis::trueNorthAngle({140000, 6830000, 150000, 6840000}, QStringLiteral("EPSG:2154"));
    CHECK(brest > 3);  // west of the meridian: north leans the other way
}

TEST_CASE("legend entries follow the layers, top first, with symbols from the geometry", "[print]")
{
    using namespace geojson;
    TempDir dir;
    const QString points = dir.writeFile(QStringLiteral("p.geojson"), featureCollection({feature(point({1, 1}))}));
    const QString lines =
        dir.writeFile(QStringLiteral("l.geojson"), featureCollection({feature(lineString({{0, 0}, {1, 1}}))}));
    const QString areas = dir.writeFile(
        QStringLiteral("a.geojson"), featureCollection({feature(polygon({{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}))}));
    const QList<gis::RenderLayer> layers = {
        {QStringLiteral("Zones"), areas, {}, core::LayerKind::Vector, {}},
        {QStringLiteral("Routes"), lines, {}, core::LayerKind::Vector, {}},
        {QStringLiteral("Lieux"), points, {}, core::LayerKind::Vector, {}},
        {QStringLiteral("Relief"), dir.filePath(QStringLiteral("none.tif")), {}, core::LayerKind::Raster, {}}};
    const QList<gis::LegendEntry> legend = gis::legendEntries(layers);
    REQUIRE(legend.size() == 4);
    CHECK(legend[0].name == QStringLiteral("Relief"));
    CHECK(legend[0].symbol == gis::LegendSymbol::Raster);
    CHECK(legend[1].symbol == gis::LegendSymbol::Marker);
    CHECK(legend[2].symbol == gis::LegendSymbol::Line);
    CHECK(legend[3].name == QStringLiteral("Zones"));
    CHECK(legend[3].symbol == gis::LegendSymbol::Area);
}
