#pragma once
// Tells which features meet a drawn area: the polygon is prepared once with GEOS (indexed
// edges), then each feature's geometry is tested against it. One filter per thread.

#include "gis/geometry/path_geometry.h"

#include <QList>
#include <QPointF>
#include <memory>

namespace atlas::gis {

class AreaFilter {
public:
    // `ring`: the area's outline (open or closed), in the CRS of the features to test.
    explicit AreaFilter(const QList<QPointF>& ring);
    ~AreaFilter();
    AreaFilter(const AreaFilter&) = delete;
    AreaFilter& operator=(const AreaFilter&) = delete;

    // False when the outline is not a usable polygon (fewer than three points, crossing itself).
    bool isValid() const;
    // Whether `geometry` touches or overlaps the area (a polygon's holes are not part of it).
    bool intersects(const PathGeometry& geometry) const;

private:
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
};

}  // namespace atlas::gis
