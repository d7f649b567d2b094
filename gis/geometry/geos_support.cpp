#include "gis/geometry/geos_support.h"

namespace atlas::gis {
namespace {

GEOSCoordSequence* sequence(GEOSContextHandle_t h, const double* xy, std::size_t count, bool close)
{
    const bool repeat = close && count > 0 && (xy[0] != xy[2 * count - 2] || xy[1] != xy[2 * count - 1]);
    GEOSCoordSequence* s = GEOSCoordSeq_create_r(h, unsigned(count + (repeat ? 1 : 0)), 2);
    for (std::size_t i = 0; i < count; ++i)
        GEOSCoordSeq_setXY_r(h, s, unsigned(i), xy[2 * i], xy[2 * i + 1]);
    if (repeat)
        GEOSCoordSeq_setXY_r(h, s, unsigned(count), xy[0], xy[1]);
    return s;
}

// A ring needs four positions once closed; a line two.
GEOSGeometry* ring(GEOSContextHandle_t h, const double* xy, std::size_t count)
{
    return count >= 3 ? GEOSGeom_createLinearRing_r(h, sequence(h, xy, count, true)) : nullptr;
}

}  // namespace

GeosGeometry adopt(const GeosContext& geos, GEOSGeometry* g)
{
    return GeosGeometry(g, GeosDeleter{geos.handle()});
}

GeosGeometry readWkb(const GeosContext& geos, const QByteArray& wkb)
{
    return adopt(geos, GEOSGeomFromWKB_buf_r(geos.handle(), reinterpret_cast<const unsigned char*>(wkb.constData()),
                                             size_t(wkb.size())));
}

QByteArray writeWkb(const GeosContext& geos, const GEOSGeometry* g)
{
    GEOSContextHandle_t h = geos.handle();
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(h);
    GEOSWKBWriter_setOutputDimension_r(h, writer, GEOSHasZ_r(h, g) == 1 ? 3 : 2);
    size_t size = 0;
    unsigned char* bytes = GEOSWKBWriter_write_r(h, writer, g, &size);
    GEOSWKBWriter_destroy_r(h, writer);
    QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(size));
    GEOSFree_r(h, bytes);
    return out;
}

GeosGeometry polygonFrom(const GeosContext& geos, const QList<QPointF>& points)
{
    std::vector<double> xy;
    for (const QPointF& p : points)
        xy.insert(xy.end(), {p.x(), p.y()});
    GEOSGeometry* shell = ring(geos.handle(), xy.data(), points.size());
    return adopt(geos, shell ? GEOSGeom_createPolygon_r(geos.handle(), shell, nullptr, 0) : nullptr);
}

GeosGeometry geometryFrom(const GeosContext& geos, const PathGeometry& path)
{
    GEOSContextHandle_t h = geos.handle();
    std::vector<GEOSGeometry*> members;
    GEOSGeometry* shell = nullptr;
    std::vector<GEOSGeometry*> holes;
    const auto closePolygon = [&] {
        if (shell)
            members.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(), unsigned(holes.size())));
        else
            for (GEOSGeometry* hole : holes)
                GEOSGeom_destroy_r(h, hole);
        shell = nullptr;
        holes.clear();
    };
    for (const GeometryPart& part : path.parts) {
        const double* xy = path.xy.data() + 2 * part.begin;
        const std::size_t count = part.end - part.begin;
        if (part.role == PartRole::InnerRing) {
            if (GEOSGeometry* r = ring(h, xy, count))
                holes.push_back(r);
            continue;
        }
        closePolygon();
        if (part.role == PartRole::OuterRing)
            shell = ring(h, xy, count);
        else if (part.role == PartRole::Line && count >= 2)
            members.push_back(GEOSGeom_createLineString_r(h, sequence(h, xy, count, false)));
        else if (part.role == PartRole::Point && count == 1)
            members.push_back(GEOSGeom_createPoint_r(h, sequence(h, xy, 1, false)));
    }
    closePolygon();
    if (members.empty())
        return adopt(geos, nullptr);
    return adopt(geos, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, members.data(), unsigned(members.size())));
}

std::vector<const GEOSGeometry*> partsOf(const GeosContext& geos, const GEOSGeometry* g)
{
    std::vector<const GEOSGeometry*> parts;
    const int n = GEOSGetNumGeometries_r(geos.handle(), g);
    for (int i = 0; i < n; ++i)
        parts.push_back(GEOSGetGeometryN_r(geos.handle(), g, i));
    return parts;
}

}  // namespace atlas::gis
