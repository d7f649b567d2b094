// GEOS validity before saving: a bow-tie polygon is refused with where it crosses
// itself, and MakeValid repairs it into a valid geometry of the same area.

#include "gis/geometry/geometry_validity.h"
#include "formats/format_fixtures.h"

#include <ogr_api.h>

using namespace atlas;
using atlas::test::wkbFromWkt;

namespace {

double areaOf(const QByteArray& wkb)
{
    OGRGeometryH g = nullptr;
    REQUIRE(OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) == OGRERR_NONE);
    const double area = OGR_G_Area(g);
    OGR_G_DestroyGeometry(g);
    return area;
}

}  // namespace

TEST_CASE("A self-intersecting polygon is reported with the crossing point", "[geometry][validity]")
{
    auto bowTie = gis::checkValidity(wkbFromWkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"));
    REQUIRE(bowTie);
    CHECK_FALSE(bowTie.value().valid);
    CHECK(bowTie.value().reason.contains(QStringLiteral("Self-intersection")));
    CHECK(bowTie.value().location.x() == Approx(1.0));
    CHECK(bowTie.value().location.y() == Approx(1.0));
    CHECK(bowTie.value().message().contains(QStringLiteral("1.000000, 1.000000")));

    auto square = gis::checkValidity(wkbFromWkt("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"));
    REQUIRE(square);
    CHECK(square.value().valid);
    CHECK(square.value().message().isEmpty());

    CHECK_FALSE(gis::checkValidity(QByteArray("not wkb")));
}

TEST_CASE("MakeValid turns a bow tie into two valid triangles", "[geometry][validity]")
{
    auto fixed = gis::makeValid(wkbFromWkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"));
    REQUIRE(fixed);
    auto report = gis::checkValidity(fixed.value());
    REQUIRE(report);
    CHECK(report.value().valid);
    CHECK(areaOf(fixed.value()) == Approx(2.0));
}
