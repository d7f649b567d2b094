// MapSettings: map <-> pixel arithmetic and the scale shown to users.

#include "gis/render/map_settings.h"
#include "support/extent_string_maker.h"

#include <cmath>

using atlas::core::Extent;
using atlas::gis::MapSettings;

namespace {

MapSettings settings(const Extent& e, QSize size, const QString& crs = QStringLiteral("EPSG:2154"))
{
    MapSettings s;
    s.extent = e;
    s.outputSize = size;
    s.crs = crs;
    return s;
}

}  // namespace

TEST_CASE("MapSettings maps corners to pixel corners and back", "[gis][settings]")
{
    const MapSettings s = settings({1000, 2000, 1200, 2100}, {400, 200});
    CHECK(s.unitsPerPixel() == Approx(0.5));
    CHECK(s.toPixel(1000, 2100) == QPointF(0, 0));  // top left: y grows downwards
    CHECK(s.toPixel(1200, 2000) == QPointF(400, 200));
    CHECK(s.toPixel(1100, 2050) == QPointF(200, 100));

    const QPointF p(123.25, 77.5);
    const QPointF m = s.toMap(p);
    CHECK(m.x() == Approx(1000 + 123.25 * 0.5));
    CHECK(m.y() == Approx(2100 - 77.5 * 0.5));
    const QPointF back = s.toPixel(m.x(), m.y());
    CHECK(back.x() == Approx(p.x()));
    CHECK(back.y() == Approx(p.y()));
}

TEST_CASE("MapSettings::fitted widens the extent to the output aspect", "[gis][settings]")
{
    const MapSettings s = settings({0, 0, 100, 100}, {200, 100}).fitted();
    CHECK(s.extent == Extent{-50, 0, 150, 100});
    CHECK(s.toPixel(-50, 100) == QPointF(0, 0));
    CHECK(s.toPixel(150, 0) == QPointF(200, 100));
}

TEST_CASE("MapSettings::scaleDenominator in metres, degrees and Web Mercator", "[gis][settings]")
{
    const double metresPerInch = 0.0254;
    SECTION("one metre per pixel at 96 dpi")
    {
        const MapSettings s = settings({700000, 7050000, 701000, 7051000}, {1000, 1000});
        CHECK(s.scaleDenominator() == Approx(96 / metresPerInch));  // ~1:3780
    }
    SECTION("twice the dpi, same ground per pixel: twice the denominator")
    {
        MapSettings s = settings({700000, 7050000, 701000, 7051000}, {1000, 1000});
        s.dpi = 192;
        CHECK(s.scaleDenominator() == Approx(2 * 96 / metresPerInch));
    }
    SECTION("degrees at 60 N are half as long east-west as at the equator")
    {
        const MapSettings equator = settings({-0.5, -0.5, 0.5, 0.5}, {1000, 1000}, QStringLiteral("EPSG:4326"));
        const MapSettings north = settings({-0.5, 59.5, 0.5, 60.5}, {1000, 1000}, QStringLiteral("EPSG:4326"));
        const double degreeAtEquator = 6378137.0 * 3.141592653589793 / 180;
        CHECK(equator.scaleDenominator() == Approx(0.001 * degreeAtEquator * 96 / metresPerInch));
        CHECK(north.scaleDenominator() == Approx(equator.scaleDenominator() / 2).epsilon(1e-3));
    }
    SECTION("Web Mercator is corrected by cos(latitude)")
    {
        // y = 6555963.7485 is Lille's latitude, 50.6292 N.
        const MapSettings s = settings({340000, 6555463.7485, 341000, 6556463.7485}, {1000, 1000},
                                       QStringLiteral("EPSG:3857"));
        CHECK(s.scaleDenominator() == Approx(std::cos(50.6292 * 3.141592653589793 / 180) * 96 / metresPerInch)
                                          .epsilon(1e-4));
    }
}
