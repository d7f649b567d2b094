#pragma once
// The pen of a stroke in device pixels, with its dash pattern: one rule for the map, the print,
// the legend and the web bundle, so a dashed road looks the same everywhere.

#include "core/model/layer_style.h"

#include <QList>
#include <QPen>

namespace atlas::gis {

// Dash and gap lengths in device pixels for a stroke `widthPx` wide (dash, gap, dash, gap…);
// empty for a solid stroke. Thin strokes keep dashes long enough to read.
QList<qreal> dashLengths(core::StrokeDash dash, double widthPx);
// A pen `widthPx` wide (0: the device's thinnest line), solid with round caps and joins, or dashed
// with flat caps so the gaps stay open.
QPen strokePen(const QColor& colour, double widthPx, core::StrokeDash dash);

}  // namespace atlas::gis
