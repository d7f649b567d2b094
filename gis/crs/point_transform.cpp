#include "gis/crs/point_transform.h"

namespace atlas::gis {

std::optional<QList<QPointF>> transformPoints(const CrsTransform& transform, const QList<QPointF>& points)
{
    if (!transform.isValid())
        return std::nullopt;
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF& p : points) {
        double x = p.x(), y = p.y();
        if (!transform.transformPoint(x, y))  // false for a point PROJ cannot place
            return std::nullopt;
        out << QPointF(x, y);
    }
    return out;
}

}  // namespace atlas::gis
