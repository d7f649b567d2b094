#pragma once
// Draws a point symbol's shape (circle, square, triangle, diamond) filling a box, with
// the painter's pen and brush: one drawing for the map, the legend and the print.

#include "core/model/layer_style.h"

#include <QRectF>

class QPainter;

namespace atlas::gis {

void drawMarkerShape(QPainter& painter, core::MarkerShape shape, const QRectF& box);

}  // namespace atlas::gis
