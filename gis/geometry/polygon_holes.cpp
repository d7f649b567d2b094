#include "gis/geometry/polygon_holes.h"

#include "gis/geometry/geos_support.h"

#include <QCoreApplication>

namespace atlas::gis {
namespace {

// The polygon's parts without their holes: what the ring must stay within.
GeosGeometry shellsOf(const GeosContext& geos, const GEOSGeometry* polygon)
{
    GEOSContextHandle_t h = geos.handle();
    std::vector<GEOSGeometry*> shells;
    for (const GEOSGeometry* part : partsOf(geos, polygon))
        if (GEOSGeomTypeId_r(h, part) == GEOS_POLYGON)
            shells.push_back(GEOSGeom_createPolygon_r(h, GEOSGeom_clone_r(h, GEOSGetExteriorRing_r(h, part)), nullptr, 0));
    return adopt(geos, GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, shells.data(), unsigned(shells.size())));
}

}  // namespace

core::Result<QByteArray> withHole(const QByteArray& polygonWkb, const QList<QPointF>& ring)
{
    const GeosContext geos;
    GEOSContextHandle_t h = geos.handle();
    const GeosGeometry polygon = readWkb(geos, polygonWkb);
    const int type = polygon ? GEOSGeomTypeId_r(h, polygon.get()) : -1;
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "only a polygon can take a hole")};
    const GeosGeometry hole = polygonFrom(geos, ring);
    if (!hole)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the ring needs at least three points")};
    double area = 0;
    GEOSArea_r(h, hole.get(), &area);
    if (area <= 0 || GEOSisValid_r(h, hole.get()) != 1)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the ring crosses itself")};
    if (GEOSContains_r(h, polygon.get(), hole.get()) != 1) {
        const GeosGeometry shells = shellsOf(geos, polygon.get());
        if (shells && GEOSContains_r(h, shells.get(), hole.get()) == 1)
            return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the ring crosses or encloses a hole of the polygon")};
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the ring is not inside the polygon")};
    }
    const GeosGeometry cut = adopt(geos, GEOSDifference_r(h, polygon.get(), hole.get()));
    if (!cut || GEOSisValid_r(h, cut.get()) != 1)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the hole would leave an invalid polygon")};
    return writeWkb(geos, cut.get());
}

}  // namespace atlas::gis
