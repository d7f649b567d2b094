#pragma once
// Splits a polygon or a line along a drawn line (GEOS): polygons into the faces the line
// cuts them into, lines at the points where the drawn line crosses them.

#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace atlas::gis {

// The pieces of `geometry` (WKB polygon, line or their multis) cut by the line through
// `blade` (same CRS), as WKB: polygons largest first (the parts of a multipolygon that the
// line misses stay with the first piece), lines in their order from the start. One piece
// means the line does not cut it; points and unreadable WKB are refused with the reason.
core::Result<QList<QByteArray>> splitGeometry(const QByteArray& geometry, const QList<QPointF>& blade);

}  // namespace atlas::gis
