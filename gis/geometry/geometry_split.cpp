#include "gis/geometry/geometry_split.h"

#include "gis/geometry/geos_support.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace atlas::gis {
namespace {

struct Piece {
    GeosGeometry geometry;
    double key = 0;  // sort key: minus the area (largest first), or distance along the line
};

QList<QByteArray> written(const GeosContext& geos, std::vector<Piece>& pieces)
{
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.key < b.key; });
    QList<QByteArray> out;
    for (const Piece& p : pieces)
        out << writeWkb(geos, p.geometry.get());
    return out;
}

// The faces of one polygon's boundary noded with the blade, kept when inside the polygon.
std::vector<Piece> facesOf(const GeosContext& geos, const GEOSGeometry* polygon, const GEOSGeometry* blade)
{
    GEOSContextHandle_t h = geos.handle();
    const GeosGeometry boundary = adopt(geos, GEOSBoundary_r(h, polygon));
    const GeosGeometry noded = boundary ? adopt(geos, GEOSUnion_r(h, boundary.get(), blade)) : nullptr;
    const GEOSGeometry* edges[] = {noded.get()};
    const GeosGeometry faces = noded ? adopt(geos, GEOSPolygonize_r(h, edges, 1)) : nullptr;
    std::vector<Piece> pieces;
    if (!faces)
        return pieces;
    for (const GEOSGeometry* face : partsOf(geos, faces.get())) {
        const GeosGeometry inside = adopt(geos, GEOSPointOnSurface_r(h, face));
        if (!inside || GEOSContains_r(h, polygon, inside.get()) != 1)
            continue;  // a hole of the polygon, or ground outside it
        double area = 0;
        GEOSArea_r(h, face, &area);
        pieces.push_back({adopt(geos, GEOSGeom_clone_r(h, face)), -area});
    }
    return pieces;
}

// The faces of the polygons the blade cuts, largest first; the parts it does not cut (an
// island of a multipolygon) stay with the largest face. Empty when nothing is cut.
std::vector<Piece> splitPolygons(const GeosContext& geos, const GEOSGeometry* polygons, const GEOSGeometry* blade)
{
    GEOSContextHandle_t h = geos.handle();
    std::vector<Piece> pieces;
    std::vector<GEOSGeometry*> untouched;
    for (const GEOSGeometry* part : partsOf(geos, polygons)) {
        std::vector<Piece> faces = facesOf(geos, part, blade);
        if (faces.size() < 2)
            untouched.push_back(GEOSGeom_clone_r(h, part));
        else
            std::move(faces.begin(), faces.end(), std::back_inserter(pieces));
    }
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.key < b.key; });
    if (pieces.empty() || untouched.empty()) {
        for (GEOSGeometry* part : untouched)
            GEOSGeom_destroy_r(h, part);
        return pieces;
    }
    untouched.push_back(pieces.front().geometry.release());
    pieces.front().geometry =
        adopt(geos, GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, untouched.data(), unsigned(untouched.size())));
    return pieces;
}

// The line's stretches between the points where the blade crosses it, in line order.
std::vector<Piece> splitLines(const GeosContext& geos, const GEOSGeometry* line, const GEOSGeometry* blade)
{
    GEOSContextHandle_t h = geos.handle();
    GEOSGeometry* both[] = {GEOSGeom_clone_r(h, line), GEOSGeom_clone_r(h, blade)};
    const GeosGeometry together = adopt(geos, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, both, 2));
    const GeosGeometry noded = adopt(geos, GEOSNode_r(h, together.get()));
    std::vector<Piece> pieces;
    if (!noded)
        return pieces;
    const GeosGeometry merged = adopt(geos, GEOSLineMerge_r(h, line));
    double length = 0;
    GEOSLength_r(h, line, &length);
    const double tolerance = 1e-9 * std::max(1.0, length);
    for (const GEOSGeometry* edge : partsOf(geos, noded.get())) {
        // Noded edges lie on the line or on the blade; the line's are covered by it.
        const GeosGeometry middle = adopt(geos, GEOSInterpolateNormalized_r(h, edge, 0.5));
        double away = 1;
        if (!middle || GEOSDistance_r(h, line, middle.get(), &away) != 1 || away > tolerance)
            continue;
        const GeosGeometry start = adopt(geos, GEOSGeomGetStartPoint_r(h, edge));
        pieces.push_back({adopt(geos, GEOSGeom_clone_r(h, edge)), GEOSProject_r(h, merged.get(), start.get())});
    }
    return pieces;
}

}  // namespace

core::Result<QList<QByteArray>> splitGeometry(const QByteArray& wkb, const QList<QPointF>& blade)
{
    const GeosContext geos;
    GEOSContextHandle_t h = geos.handle();
    const GeosGeometry g = readWkb(geos, wkb);
    if (!g)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "not a geometry (unreadable WKB)")};
    if (blade.size() < 2)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the split line needs two points")};
    GEOSCoordSequence* s = GEOSCoordSeq_create_r(h, unsigned(blade.size()), 2);
    for (int i = 0; i < blade.size(); ++i)
        GEOSCoordSeq_setXY_r(h, s, unsigned(i), blade[i].x(), blade[i].y());
    const GeosGeometry line = adopt(geos, GEOSGeom_createLineString_r(h, s));
    std::vector<Piece> pieces;
    switch (GEOSGeomTypeId_r(h, g.get())) {
    case GEOS_POLYGON:
    case GEOS_MULTIPOLYGON:
        pieces = splitPolygons(geos, g.get(), line.get());
        break;
    case GEOS_LINESTRING:
    case GEOS_MULTILINESTRING:
        pieces = splitLines(geos, g.get(), line.get());
        break;
    default:
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "only lines and polygons can be split")};
    }
    if (pieces.empty())
        return QList<QByteArray>{wkb};
    return written(geos, pieces);
}

}  // namespace atlas::gis
