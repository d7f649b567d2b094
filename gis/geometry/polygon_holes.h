#pragma once
// Cuts a hole in a polygon: the ring the user drew becomes an inner ring of the part that
// holds it (GEOS difference), refused when it strays outside the polygon or meets a hole.

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace atlas::gis {

// `polygon` (WKB Polygon or MultiPolygon) with the area inside `ring` (an open or closed
// ring of at least three points, same CRS) taken out. Refused, with the reason, when the
// ring crosses itself, is not wholly inside the polygon, or crosses or encloses a hole.
core::Result<QByteArray> withHole(const QByteArray& polygon, const QList<QPointF>& ring);

}  // namespace atlas::gis
