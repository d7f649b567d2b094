#include "gis/geometry/geometry_merge.h"

#include "gis/geometry/geos_support.h"

#include <QCoreApplication>

namespace atlas::gis {
namespace {

// Points 0, lines 1, polygons 2 (GEOSGeom_getDimensions); -1 when unreadable.
int dimensionOf(const GeosContext& geos, const GEOSGeometry* g)
{
    return g ? GEOSGeom_getDimensions_r(geos.handle(), g) : -1;
}

}  // namespace

core::Result<QByteArray> mergeGeometries(const QList<QByteArray>& geometries, bool allowMulti)
{
    if (geometries.size() < 2)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "merging needs at least two features")};
    const GeosContext geos;
    GEOSContextHandle_t h = geos.handle();
    std::vector<GEOSGeometry*> all;
    int dimension = -2;
    for (const QByteArray& wkb : geometries) {
        GeosGeometry g = readWkb(geos, wkb);
        const int d = dimensionOf(geos, g.get());
        if (d < 0 || (dimension != -2 && d != dimension)) {
            for (GEOSGeometry* taken : all)
                GEOSGeom_destroy_r(h, taken);
            return core::Error{{}, {}, d < 0 ? QCoreApplication::translate("atlas::gis", "not a geometry (unreadable WKB)")
                                 : QCoreApplication::translate("atlas::gis", "points, lines and polygons cannot be merged together")};
        }
        dimension = d;
        all.push_back(g.release());
    }
    const GeosGeometry collection =
        adopt(geos, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, all.data(), unsigned(all.size())));
    GeosGeometry merged = adopt(geos, GEOSUnaryUnion_r(h, collection.get()));
    if (merged && dimension == 1)  // the union leaves lines cut at every meeting point
        merged = adopt(geos, GEOSLineMerge_r(h, merged.get()));
    if (!merged || GEOSisValid_r(h, merged.get()) != 1)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the features do not merge into a valid geometry")};
    if (!allowMulti && GEOSGetNumGeometries_r(h, merged.get()) > 1)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis",
                                                   "the features do not touch, and the layer holds single-part features")};
    return writeWkb(geos, merged.get());
}

}  // namespace atlas::gis
