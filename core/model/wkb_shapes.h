#pragma once
// Lines and polygons drawn by hand as well-known binary, so tools can store what the user
// sketched without a geometry library (points: wkb_point.h).

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace atlas::core {

// Little-endian 2D WKB LineString through `points` (at least two).
QByteArray lineStringWkb(const QList<QPointF>& points);
// Little-endian 2D WKB Polygon with one ring through `ring` (at least three points); the
// ring is closed here when its last point is not its first.
QByteArray polygonWkb(const QList<QPointF>& ring);
// The same with several rings: the outer one first, then its holes; each closed here.
QByteArray polygonWkb(const QList<QList<QPointF>>& rings);

}  // namespace atlas::core
