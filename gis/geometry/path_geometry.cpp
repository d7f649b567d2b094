#include "gis/geometry/path_geometry.h"

#include <algorithm>
#include <cmath>

namespace atlas::gis {

void PathGeometry::addPart(PartRole role, const double* coords, std::size_t count)
{
    const auto begin = std::uint32_t(pointCount());
    xy.insert(xy.end(), coords, coords + 2 * count);
    parts.push_back({begin, std::uint32_t(begin + count), role});
}

core::Extent PathGeometry::extent() const
{
    core::Extent e = core::Extent::null();
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1]))
            continue;
        if (e.isNull()) {
            e = {xy[i], xy[i + 1], xy[i], xy[i + 1]};
            continue;
        }
        e.xMin = std::min(e.xMin, xy[i]);
        e.xMax = std::max(e.xMax, xy[i]);
        e.yMin = std::min(e.yMin, xy[i + 1]);
        e.yMax = std::max(e.yMax, xy[i + 1]);
    }
    return e;
}

bool PathGeometry::hasPolygon() const
{
    return std::any_of(parts.begin(), parts.end(),
                       [](const GeometryPart& p) { return p.role == PartRole::OuterRing; });
}

}  // namespace atlas::gis
