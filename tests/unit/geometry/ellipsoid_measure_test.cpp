// Lengths and areas on the ellipsoid against PROJ's `geod` and planar references.

#include "gis/geometry/ellipsoid_measure.h"
#include "support/test_support.h"

using namespace atlas;

TEST_CASE("Lille to Dunkirk measures the same in WGS 84 and in Lambert-93", "[geometry][measure]")
{
    // echo "50.6292 3.0573 51.0343 2.3768" | geod +ellps=WGS84 -I +units=m
    const double reference = 65797.121;
    const gis::EllipsoidMeasure lonLat(QStringLiteral("EPSG:4326"));
    REQUIRE(lonLat.isValid());
    CHECK(lonLat.length({{3.0573, 50.6292}, {2.3768, 51.0343}}) == Approx(reference).margin(0.01));

    gis::CrsTransform toL93(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:2154"));
    double x1 = 3.0573, y1 = 50.6292, x2 = 2.3768, y2 = 51.0343;
    REQUIRE(toL93.transformPoint(x1, y1));
    REQUIRE(toL93.transformPoint(x2, y2));
    const gis::EllipsoidMeasure l93(QStringLiteral("EPSG:2154"));
    CHECK(l93.length({{x1, y1}, {x2, y2}}) == Approx(reference).margin(0.01));
    // A path is the sum of its legs.
    const QPointF mid((x1 + x2) / 2, (y1 + y2) / 2);
    CHECK(l93.length({{x1, y1}, mid, {x2, y2}}) == Approx(reference).epsilon(1e-6));
    CHECK(l93.length({{x1, y1}}) == 0);
}

TEST_CASE("A 10 km square in Lambert-93 has 100 km² divided by the projection's areal scale", "[geometry][measure]")
{
    const gis::EllipsoidMeasure l93(QStringLiteral("EPSG:2154"));
    const double x = 700000, y = 7060000;  // near Lille
    const QList<QPointF> ring = {{x, y}, {x + 10000, y}, {x + 10000, y + 10000}, {x, y + 10000}};
    const double area = l93.area(ring);
    // Areal scale of Lambert-93 there: 1.00357 (`echo 3.0573 50.7 | proj -S` with the
    // EPSG:2154 parameters); over the square it varies by less than 0.05 %.
    CHECK(area == Approx(1e8 / 1.00357).epsilon(0.0005));
    // Closed or not, clockwise or not: the same area.
    QList<QPointF> closed = ring;
    closed << ring.first();
    CHECK(l93.area(closed) == Approx(area));
    QList<QPointF> reversed(ring.rbegin(), ring.rend());
    CHECK(l93.area(reversed) == Approx(area));
    CHECK(l93.area({{x, y}, {x + 1, y}}) == 0);

    CHECK(gis::EllipsoidMeasure::formatArea(area).endsWith(QStringLiteral("km²")));
    CHECK(gis::EllipsoidMeasure::formatLength(850).endsWith(QStringLiteral(" m")));
    CHECK(gis::EllipsoidMeasure::formatLength(12400).endsWith(QStringLiteral(" km")));
}
