#pragma once
// Owned GEOS objects for the re-entrant C API: one context per use (so any thread may
// call), geometries freed with it, WKB read and written, shapes built from coordinates.

#include "gis/geometry/path_geometry.h"

#include <geos_c.h>

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <memory>
#include <vector>

namespace atlas::gis {

class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r()) {}
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

struct GeosDeleter {
    GEOSContextHandle_t handle;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
};
using GeosGeometry = std::unique_ptr<GEOSGeometry, GeosDeleter>;

// Takes ownership of `g` (may be null).
GeosGeometry adopt(const GeosContext& geos, GEOSGeometry* g);
// Null when the bytes are not WKB.
GeosGeometry readWkb(const GeosContext& geos, const QByteArray& wkb);
// 2D, or 3D when the geometry has Z values.
QByteArray writeWkb(const GeosContext& geos, const GEOSGeometry* g);
// A polygon with one ring through `ring` (closed here if open); null when too short.
GeosGeometry polygonFrom(const GeosContext& geos, const QList<QPointF>& ring);
// The parts of `path` as one geometry: points, lines, polygons (an outer ring with the
// inner rings after it); null when empty.
GeosGeometry geometryFrom(const GeosContext& geos, const PathGeometry& path);
// The simple parts of `g` (a multi's members; `g` itself when single), borrowed from it.
std::vector<const GEOSGeometry*> partsOf(const GeosContext& geos, const GEOSGeometry* g);

}  // namespace atlas::gis
