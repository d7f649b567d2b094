#pragma once
// Transforms a list of points (a sketch on the map, say) with a CrsTransform, all or none.

#include "gis/crs/crs_transform.h"

#include <QList>
#include <QPointF>
#include <optional>

namespace atlas::gis {

// Every point transformed, or nullopt when the transform is invalid or a point fails.
std::optional<QList<QPointF>> transformPoints(const CrsTransform& transform, const QList<QPointF>& points);

}  // namespace atlas::gis
