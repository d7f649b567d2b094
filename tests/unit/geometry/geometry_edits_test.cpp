// GEOS edits on real WKB: a ring cut as a hole (refused outside or across a hole), a
// polygon and a line split by a drawn line, features merged into one valid geometry,
// and a drawn area telling which features it meets.

#include "gis/geometry/area_filter.h"
#include "gis/geometry/geometry_merge.h"
#include "gis/geometry/geometry_split.h"
#include "gis/geometry/polygon_holes.h"
#include "gis/geometry/wkb_reader.h"
#include "formats/format_fixtures.h"

#include <ogr_api.h>

using namespace atlas;
using atlas::test::wkbFromWkt;

namespace {

struct Ogr {
    OGRGeometryH g = nullptr;
    explicit Ogr(const QByteArray& wkb)
    {
        REQUIRE(OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) == OGRERR_NONE);
    }
    ~Ogr() { OGR_G_DestroyGeometry(g); }
    double area() const { return OGR_G_Area(g); }
    double length() const { return OGR_G_Length(g); }
    bool valid() const { return OGR_G_IsValid(g) != 0; }
    OGRwkbGeometryType type() const { return wkbFlatten(OGR_G_GetGeometryType(g)); }
    int holes() const { return type() == wkbPolygon ? OGR_G_GetGeometryCount(g) - 1 : -1; }
};

const QList<QPointF> kSquareRing = {{2, 2}, {4, 2}, {4, 4}, {2, 4}};

gis::PathGeometry pathOf(const char* wkt)
{
    const QByteArray wkb = wkbFromWkt(wkt);
    gis::PathGeometry path;
    REQUIRE(gis::appendWkb(reinterpret_cast<const std::uint8_t*>(wkb.constData()), std::size_t(wkb.size()), path));
    return path;
}

}  // namespace

TEST_CASE("A ring inside a polygon becomes a hole; outside or across a hole it is refused", "[geometry][edits]")
{
    const QByteArray field = wkbFromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    auto holed = gis::withHole(field, kSquareRing);
    REQUIRE(holed);
    const Ogr once(holed.value());
    CHECK(once.valid());
    CHECK(once.holes() == 1);
    CHECK(once.area() == Approx(100.0 - 4.0).margin(1e-9));

    // A second hole elsewhere; a third across the first is refused, as is one that encloses it.
    auto twice = gis::withHole(holed.value(), {{6, 6}, {8, 6}, {8, 8}, {6, 8}});
    REQUIRE(twice);
    CHECK(Ogr(twice.value()).holes() == 2);
    CHECK(Ogr(twice.value()).area() == Approx(92.0).margin(1e-9));
    auto across = gis::withHole(holed.value(), {{3, 3}, {5, 3}, {5, 5}, {3, 5}});
    REQUIRE_FALSE(across);
    CHECK(across.error().reason.contains(QStringLiteral("hole")));
    auto around = gis::withHole(holed.value(), {{1, 1}, {5, 1}, {5, 5}, {1, 5}});
    REQUIRE_FALSE(around);
    CHECK(around.error().reason.contains(QStringLiteral("hole")));

    auto outside = gis::withHole(field, {{8, 8}, {12, 8}, {12, 12}, {8, 12}});
    REQUIRE_FALSE(outside);
    CHECK(outside.error().reason.contains(QStringLiteral("not inside")));
    CHECK_FALSE(gis::withHole(field, {{1, 1}, {3, 3}, {3, 1}, {1, 3}}));  // a bow tie
    CHECK_FALSE(gis::withHole(wkbFromWkt("LINESTRING (0 0, 10 10)"), kSquareRing));

    // In a multipolygon, the part that holds the ring takes it.
    auto multi = gis::withHole(wkbFromWkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))"),
                               kSquareRing);
    REQUIRE(multi);
    CHECK(Ogr(multi.value()).area() == Approx(196.0).margin(1e-9));
}

TEST_CASE("A line across a polygon splits it into two faces of the same total area", "[geometry][edits]")
{
    const QByteArray field = wkbFromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (6 6, 8 6, 8 8, 6 8, 6 6))");
    auto pieces = gis::splitGeometry(field, {{3, -5}, {3, 15}});
    REQUIRE(pieces);
    REQUIRE(pieces.value().size() == 2);
    const Ogr big(pieces.value()[0]), small(pieces.value()[1]);
    CHECK(big.valid());
    CHECK(small.valid());
    CHECK(big.area() == Approx(70.0 - 4.0).margin(1e-9));  // the larger first, with the hole
    CHECK(big.holes() == 1);
    CHECK(small.area() == Approx(30.0).margin(1e-9));

    // A bent line through the hole cuts the ring on both sides of it.
    auto bent = gis::splitGeometry(field, {{-1, 7}, {11, 7}});
    REQUIRE(bent);
    REQUIRE(bent.value().size() == 2);
    CHECK(Ogr(bent.value()[0]).area() + Ogr(bent.value()[1]).area() == Approx(96.0).margin(1e-9));

    // A line that stops inside, or misses, leaves one piece.
    auto inside = gis::splitGeometry(field, {{3, -5}, {3, 5}});
    REQUIRE(inside);
    CHECK(inside.value().size() == 1);
    auto missing = gis::splitGeometry(field, {{20, 0}, {20, 10}});
    REQUIRE(missing);
    CHECK(missing.value().size() == 1);

    // Of a multipolygon, the part not cut stays with the largest piece.
    auto islands = gis::splitGeometry(
        wkbFromWkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 22 0, 22 2, 20 2, 20 0)))"), {{3, -5}, {3, 15}});
    REQUIRE(islands);
    REQUIRE(islands.value().size() == 2);
    CHECK(Ogr(islands.value()[0]).type() == wkbMultiPolygon);
    CHECK(Ogr(islands.value()[0]).area() == Approx(70.0 + 4.0).margin(1e-9));
    CHECK(Ogr(islands.value()[1]).area() == Approx(30.0).margin(1e-9));

    CHECK_FALSE(gis::splitGeometry(wkbFromWkt("POINT (1 1)"), {{0, 0}, {2, 2}}));
    CHECK_FALSE(gis::splitGeometry(field, {{0, 0}}));
}

TEST_CASE("A line is split where the drawn line crosses it, pieces in line order", "[geometry][edits]")
{
    const QByteArray road = wkbFromWkt("LINESTRING (0 0, 10 0, 10 10)");
    auto pieces = gis::splitGeometry(road, {{4, -1}, {4, 1}, {12, 5}});
    REQUIRE(pieces);
    REQUIRE(pieces.value().size() == 3);
    CHECK(Ogr(pieces.value()[0]).type() == wkbLineString);
    CHECK(Ogr(pieces.value()[0]).length() == Approx(4.0));
    CHECK(Ogr(pieces.value()[1]).length() == Approx(10.0));
    CHECK(Ogr(pieces.value()[2]).length() == Approx(6.0));
    auto missing = gis::splitGeometry(road, {{20, 0}, {20, 10}});
    REQUIRE(missing);
    CHECK(missing.value().size() == 1);

    // A multi-line: each part cut where crossed, the pieces in order.
    auto multi = gis::splitGeometry(wkbFromWkt("MULTILINESTRING ((0 0, 10 0), (0 5, 10 5))"), {{4, -1}, {4, 6}});
    REQUIRE(multi);
    REQUIRE(multi.value().size() == 4);
    double total = 0;
    for (const QByteArray& piece : multi.value()) {
        CHECK(Ogr(piece).type() == wkbLineString);
        total += Ogr(piece).length();
    }
    CHECK(total == Approx(20.0));
}

TEST_CASE("Merged features make one valid geometry; apart they need a multi layer", "[geometry][edits]")
{
    const QByteArray west = wkbFromWkt("POLYGON ((0 0, 5 0, 5 10, 0 10, 0 0))");
    const QByteArray east = wkbFromWkt("POLYGON ((5 0, 10 0, 10 10, 5 10, 5 0))");
    auto merged = gis::mergeGeometries({west, east}, false);
    REQUIRE(merged);
    const Ogr one(merged.value());
    CHECK(one.valid());
    CHECK(one.type() == wkbPolygon);
    CHECK(one.area() == Approx(100.0).margin(1e-9));

    const QByteArray far = wkbFromWkt("POLYGON ((20 0, 25 0, 25 5, 20 5, 20 0))");
    auto apart = gis::mergeGeometries({west, far}, false);
    REQUIRE_FALSE(apart);
    CHECK(apart.error().reason.contains(QStringLiteral("do not touch")));
    auto multi = gis::mergeGeometries({west, far}, true);
    REQUIRE(multi);
    CHECK(Ogr(multi.value()).type() == wkbMultiPolygon);
    CHECK(Ogr(multi.value()).area() == Approx(75.0).margin(1e-9));

    // Lines meeting end to end become one line.
    auto road = gis::mergeGeometries({wkbFromWkt("LINESTRING (0 0, 4 0)"), wkbFromWkt("LINESTRING (4 0, 4 3)")}, false);
    REQUIRE(road);
    CHECK(Ogr(road.value()).type() == wkbLineString);
    CHECK(Ogr(road.value()).length() == Approx(7.0));

    CHECK_FALSE(gis::mergeGeometries({west}, true));
    CHECK_FALSE(gis::mergeGeometries({west, wkbFromWkt("LINESTRING (0 0, 4 0)")}, true));
}

TEST_CASE("A drawn area meets the features it touches, not those it misses or whose hole it sits in",
          "[geometry][edits]")
{
    const gis::AreaFilter area({{2, 2}, {4, 2}, {4, 4}, {2, 4}});
    REQUIRE(area.isValid());
    CHECK(area.intersects(pathOf("POINT (3 3)")));
    CHECK_FALSE(area.intersects(pathOf("POINT (5 5)")));
    CHECK(area.intersects(pathOf("LINESTRING (0 0, 5 5)")));
    CHECK_FALSE(area.intersects(pathOf("LINESTRING (0 5, 5 10)")));
    CHECK(area.intersects(pathOf("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")));
    CHECK_FALSE(area.intersects(pathOf("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 5 1, 5 5, 1 5, 1 1))")));
    CHECK(area.intersects(pathOf("MULTIPOLYGON (((20 20, 21 20, 21 21, 20 20)), ((3.5 3.5, 6 3.5, 6 6, 3.5 3.5)))")));
    CHECK_FALSE(gis::AreaFilter({{0, 0}, {2, 2}, {2, 0}, {0, 2}}).isValid());
}
