// Editing WKB geometries keeps their structure: parts, holes, Z values and byte order
// survive moves; vertices are moved, inserted and removed with rings kept closed; broken or
// truncated WKB is refused instead of read past its end.

#include "gis/geometry/wkb_edit.h"
#include "formats/format_fixtures.h"

#include <cpl_conv.h>
#include <ogr_api.h>

using namespace atlas;
using atlas::test::wkbFromWkt;

namespace {

QString wktOf(const QByteArray& wkb)
{
    OGRGeometryH g = nullptr;
    REQUIRE(OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) == OGRERR_NONE);
    char* text = nullptr;
    OGR_G_ExportToIsoWkt(g, &text);
    const QString wkt = QString::fromUtf8(text);
    CPLFree(text);
    OGR_G_DestroyGeometry(g);
    return wkt;
}

const gis::VertexMap shift = [](double& x, double& y) {
    x += 10;
    y -= 1;
    return true;
};

}  // namespace

TEST_CASE("every vertex of every part moves; holes and multi-parts keep their shape", "[geometry][wkb]")
{
    const auto polygon = gis::mapWkbVertices(
        wkbFromWkt("MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1)), ((5 5, 6 5, 6 6, 5 5)))"), shift);
    REQUIRE(polygon);
    CHECK(wktOf(*polygon) == QStringLiteral("MULTIPOLYGON (((10 -1,14 -1,14 3,10 3,10 -1),(11 0,12 0,12 1,11 0)),"
                                            "((15 4,16 4,16 5,15 4)))"));
    const auto line = gis::mapWkbVertices(wkbFromWkt("LINESTRING Z (0 0 7, 1 1 8)"), shift);
    REQUIRE(line);
    CHECK(wktOf(*line) == QStringLiteral("LINESTRING Z (10 -1 7,11 0 8)"));
    const auto collection = gis::mapWkbVertices(wkbFromWkt("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 0))"), shift);
    REQUIRE(collection);
    CHECK(wktOf(*collection) == QStringLiteral("GEOMETRYCOLLECTION (POINT (11 1),LINESTRING (10 -1,11 -1))"));
}

TEST_CASE("big-endian WKB stays big-endian; broken WKB and refused vertices give nothing", "[geometry][wkb]")
{
    // POINT (1 2) in big-endian (XDR) byte order.
    const QByteArray xdr = QByteArray::fromHex("00000000013ff00000000000004000000000000000");
    const auto moved = gis::mapWkbVertices(xdr, shift);
    REQUIRE(moved);
    CHECK(moved->at(0) == 0);
    CHECK(wktOf(*moved) == QStringLiteral("POINT (11 1)"));

    const QByteArray square = wkbFromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))");
    CHECK_FALSE(gis::mapWkbVertices(square.left(square.size() - 3), shift));
    CHECK_FALSE(gis::mapWkbVertices(square + QByteArray(1, '\0'), shift));
    CHECK_FALSE(gis::mapWkbVertices(QByteArray("not wkb at all"), shift));
    // A ring claiming four billion points is refused before anything is read.
    QByteArray liar = square;
    liar[9] = char(0xff), liar[10] = char(0xff), liar[11] = char(0xff), liar[12] = char(0xff);
    CHECK_FALSE(gis::mapWkbVertices(liar, shift));
    int seen = 0;
    CHECK_FALSE(gis::mapWkbVertices(square, [&seen](double&, double&) { return ++seen < 2; }));
    CHECK(seen == 2);
}

TEST_CASE("vertices are listed per sequence, moved, inserted and removed; rings stay closed", "[geometry][wkb]")
{
    const QByteArray holed = wkbFromWkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))");
    const auto sequences = gis::vertexSequences(holed);
    REQUIRE(sequences.size() == 2);
    CHECK(sequences[0].ring);
    CHECK(sequences[0].points.size() == 5);
    CHECK(sequences[1].points.at(1) == QPointF(2, 1));

    // The first vertex of a ring is also its last.
    const auto moved = gis::withVertexMoved(holed, 0, 0, QPointF(-1, -1));
    REQUIRE(moved);
    CHECK(wktOf(*moved) == QStringLiteral("POLYGON ((-1 -1,4 0,4 4,0 4,-1 -1),(1 1,2 1,2 2,1 1))"));
    const auto inserted = gis::withVertexInserted(holed, 1, 2, QPointF(2.5, 1.5));
    REQUIRE(inserted);
    CHECK(wktOf(*inserted) == QStringLiteral("POLYGON ((0 0,4 0,4 4,0 4,0 0),(1 1,2 1,2.5 1.5,2 2,1 1))"));
    const auto removed = gis::withVertexRemoved(holed, 0, 0);
    REQUIRE(removed);
    CHECK(wktOf(*removed) == QStringLiteral("POLYGON ((4 0,4 4,0 4,4 0),(1 1,2 1,2 2,1 1))"));
    // A triangle keeps its three corners; a line its two ends; nothing past the end.
    CHECK_FALSE(gis::withVertexRemoved(holed, 1, 1));
    CHECK_FALSE(gis::withVertexRemoved(wkbFromWkt("LINESTRING (0 0, 1 1)"), 0, 0));
    CHECK_FALSE(gis::withVertexMoved(holed, 2, 0, QPointF()));
    CHECK_FALSE(gis::withVertexInserted(holed, 0, 5, QPointF()));

    // A vertex added to a 3D line takes the height of its neighbour.
    const auto line = gis::withVertexInserted(wkbFromWkt("LINESTRING Z (0 0 5, 2 0 9)"), 0, 1, QPointF(1, 1));
    REQUIRE(line);
    CHECK(wktOf(*line) == QStringLiteral("LINESTRING Z (0 0 5,1 1 9,2 0 9)"));
    const auto multi = gis::withVertexMoved(wkbFromWkt("MULTIPOINT ((0 0), (5 5))"), 1, 0, QPointF(6, 6));
    REQUIRE(multi);
    CHECK(wktOf(*multi) == QStringLiteral("MULTIPOINT ((0 0),(6 6))"));
}
