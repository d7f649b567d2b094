// Snapping reads a real layer file: a vertex within the tolerance wins over a nearer segment
// point, a segment is snapped to where no vertex is near, nothing beyond the tolerance, and
// a view denser than the vertex budget says it was cut short.

#include "gis/geometry/snap_index.h"
#include "formats/format_fixtures.h"

using namespace atlas;

namespace {

QString roads(const test::TempDir& dir)
{
    return dir.writeFile(QStringLiteral("roads.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[10,0],[10,10]]}},
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[20,20],[30,20],[30,30],[20,20]]]}}]})");
}

}  // namespace

TEST_CASE("snapping to the vertices and segments of a layer", "[geometry][snap]")
{
    test::TempDir dir;
    const QString file = roads(dir);
    const core::Extent view{-5, -5, 35, 35};
    const auto index = gis::SnapIndex::build({{file, {}}}, view, QStringLiteral("EPSG:4326"));
    CHECK(index.vertexCount() == 7);
    CHECK_FALSE(index.truncated());

    const auto vertex = index.snap(QPointF(9.6, 0.5), 1.0);
    REQUIRE(vertex);
    CHECK(vertex->vertex);
    CHECK(vertex->point == QPointF(10, 0));
    const auto segment = index.snap(QPointF(5, 0.4), 1.0);
    REQUIRE(segment);
    CHECK_FALSE(segment->vertex);
    CHECK(segment->point.x() == Approx(5));
    CHECK(segment->point.y() == Approx(0).margin(1e-12));
    // The polygon's diagonal edge, from (30, 30) back to (20, 20).
    const auto edge = index.snap(QPointF(25.5, 24.5), 1.0);
    REQUIRE(edge);
    CHECK(edge->point.x() == Approx(25));
    CHECK(edge->point.y() == Approx(25));
    CHECK_FALSE(index.snap(QPointF(5, 3), 1.0));

    const auto tight = gis::SnapIndex::build({{file, {}}}, view, QStringLiteral("EPSG:4326"), 4);
    CHECK(tight.truncated());
    CHECK(tight.vertexCount() == 3);
    // A file that cannot be read is skipped, not fatal.
    const auto missing = gis::SnapIndex::build({{dir.filePath(QStringLiteral("none.gpkg")), {}}}, view, QStringLiteral("EPSG:4326"));
    CHECK(missing.vertexCount() == 0);
    CHECK_FALSE(missing.snap(QPointF(0, 0), 1.0));
}
