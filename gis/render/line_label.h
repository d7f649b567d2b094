#pragma once
// Where a line's label goes: at the middle of its longest part, along the segment there, turned
// so the text never reads upside down.

#include <QPointF>
#include <QPolygonF>

namespace atlas::gis {

struct LinePlacement {
    QPointF anchor;       // the middle of the part, by length
    double angle = 0;     // degrees, clockwise on screen, in (-90, 90]
    double length = 0;    // of the part, in pixels: a longer label is not placed
};

// The length of a polyline in pixels.
double polylineLength(const QPolygonF& line);
// The placement on `line` (at least two points).
LinePlacement placeOnLine(const QPolygonF& line);

}  // namespace atlas::gis
