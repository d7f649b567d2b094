// Geometries the simple fixtures do not have, drawn pixel by pixel: multi-parts, a
// multipolygon with a hole, a collection mixing an area and a line, and invalid shapes
// (a bow tie, degenerate rings) drawn without harm. 200x200 pixels over 0..20 degrees.

#include "gis/render/map_renderer.h"
#include "gis_fixtures.h"
#include "support/image_compare.h"

using namespace atlas;
using namespace atlas::test;

namespace {

const QColor kRed(220, 30, 30), kGreen(0, 160, 0);
const QRgb kWhite = qRgb(255, 255, 255);

QByteArray geometryFeature(const char* geometry)
{
    return QByteArray(R"({"type":"Feature","properties":{},"geometry":)") + geometry + "}";
}

struct Drawn {
    gis::RenderResult result;
    gis::MapSettings settings;
    QRgb at(double lon, double lat) const
    {
        const QPointF p = settings.toPixel(lon, lat);
        return result.image.pixel(int(p.x()), int(p.y()));
    }
};

Drawn draw(TempDir& dir, const QList<QByteArray>& features)
{
    const QString path = dir.writeFile(QStringLiteral("shapes.geojson"), geojson::featureCollection(features));
    core::LayerStyle style;
    style.fill = kRed;
    style.stroke = kGreen;
    style.strokeWidth = 4;
    style.markerSize = 10;
    Drawn d;
    d.settings.crs = QStringLiteral("EPSG:4326");
    d.settings.extent = {0, 0, 20, 20};
    d.settings.outputSize = {200, 200};
    const std::atomic<bool> cancel{false};
    d.result = gis::renderMap({{QStringLiteral("shapes"), path, {}, core::LayerKind::Vector, style}}, d.settings, cancel);
    return d;
}

}  // namespace

TEST_CASE("Multi-part geometries are drawn part by part, holes left open", "[gis][render][geometry]")
{
    TempDir dir;
    const Drawn d = draw(dir, {
        geometryFeature(R"({"type":"MultiPolygon","coordinates":[
            [[[1,1],[5,1],[5,5],[1,5],[1,1]],[[2.5,2.5],[3.5,2.5],[3.5,3.5],[2.5,3.5],[2.5,2.5]]],
            [[[11,1],[15,1],[15,5],[11,5],[11,1]]]]})"),
        geometryFeature(R"({"type":"MultiLineString","coordinates":[[[1,11],[9,11]],[[1,15],[9,15]]]})"),
        geometryFeature(R"({"type":"MultiPoint","coordinates":[[13,13],[17,17]]})"),
    });
    REQUIRE(d.result.errors.isEmpty());
    CHECK(d.result.featuresDrawn == 3);
    CHECK(colourNear(d.at(1.8, 1.8), kRed.rgb(), 2));  // first polygon
    CHECK(colourNear(d.at(3.0, 3.0), kWhite, 2));      // its hole
    CHECK(colourNear(d.at(13, 3), kRed.rgb(), 2));     // second polygon
    CHECK(colourNear(d.at(8, 3), kWhite, 2));          // between them
    CHECK(colourNear(d.at(5, 11), kGreen.rgb(), 2));   // both lines
    CHECK(colourNear(d.at(5, 15), kGreen.rgb(), 2));
    CHECK(colourNear(d.at(5, 13), kWhite, 2));
    CHECK(colourNear(d.at(13, 13), kRed.rgb(), 2));    // both markers (filled like areas)
    CHECK(colourNear(d.at(17, 17), kRed.rgb(), 2));
    CHECK(colourNear(d.at(15, 15), kWhite, 2));
}

TEST_CASE("A collection of an area and a line fills the area only", "[gis][render][geometry]")
{
    TempDir dir;
    const Drawn d = draw(dir, {geometryFeature(R"({"type":"GeometryCollection","geometries":[
        {"type":"Polygon","coordinates":[[[11,7],[15,7],[15,9],[11,9],[11,7]]]},
        {"type":"LineString","coordinates":[[16,6],[19,6],[19,10]]}]})")});
    REQUIRE(d.result.errors.isEmpty());
    CHECK(colourNear(d.at(13, 8), kRed.rgb(), 2));
    CHECK(colourNear(d.at(17.5, 6), kGreen.rgb(), 2));  // on the line
    CHECK(colourNear(d.at(18.3, 7), kWhite, 2));        // inside the line's bend: not a ring
}

TEST_CASE("Invalid and degenerate shapes are drawn without harm", "[gis][render][geometry]")
{
    TempDir dir;
    const Drawn d = draw(dir, {
        // A bow tie: two lobes crossing at (3, 18), the even-odd fill leaves the middle open.
        geometryFeature(R"({"type":"Polygon","coordinates":[[[1,17],[5,19],[5,17],[1,19],[1,17]]]})"),
        // Rings of one and two points, a ring not closed, repeated points, a spike.
        geometryFeature(R"({"type":"Polygon","coordinates":[[[8,8]]]})"),
        geometryFeature(R"({"type":"Polygon","coordinates":[[[8,8],[9,9]]]})"),
        geometryFeature(R"({"type":"Polygon","coordinates":[[[8,12],[10,12],[10,14]]]})"),
        geometryFeature(R"({"type":"LineString","coordinates":[[12,17],[12,17],[12,17],[18,17],[12,17.01]]})"),
        // Far outside the frame and the datum's range.
        geometryFeature(R"({"type":"LineString","coordinates":[[-1e300,5],[1e300,5.0001]]})"),
    });
    CHECK(d.result.image.size() == QSize(200, 200));
    CHECK(colourNear(d.at(1.6, 18), kRed.rgb(), 2));  // left lobe
    CHECK(colourNear(d.at(4.4, 18), kRed.rgb(), 2));  // right lobe
    CHECK(colourNear(d.at(3, 17.3), kWhite, 2));      // between them
    CHECK(colourNear(d.at(15, 17), kGreen.rgb(), 2));  // the line with repeated points
}
