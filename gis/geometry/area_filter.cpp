#include "gis/geometry/area_filter.h"

#include "gis/geometry/geos_support.h"

namespace atlas::gis {

struct AreaFilter::Prepared {
    GeosContext geos;
    GeosGeometry area{nullptr, GeosDeleter{geos.handle()}};
    const GEOSPreparedGeometry* prepared = nullptr;
    ~Prepared()
    {
        if (prepared)
            GEOSPreparedGeom_destroy_r(geos.handle(), prepared);
    }
};

AreaFilter::AreaFilter(const QList<QPointF>& ring) : m_prepared(std::make_unique<Prepared>())
{
    Prepared& p = *m_prepared;
    p.area = polygonFrom(p.geos, ring);
    if (p.area && GEOSisValid_r(p.geos.handle(), p.area.get()) == 1)
        p.prepared = GEOSPrepare_r(p.geos.handle(), p.area.get());
}

AreaFilter::~AreaFilter() = default;

bool AreaFilter::isValid() const
{
    return m_prepared->prepared != nullptr;
}

bool AreaFilter::intersects(const PathGeometry& geometry) const
{
    if (!isValid())
        return false;
    const GeosGeometry g = geometryFrom(m_prepared->geos, geometry);
    return g && GEOSPreparedIntersects_r(m_prepared->geos.handle(), m_prepared->prepared, g.get()) == 1;
}

}  // namespace atlas::gis
