#pragma once
// Draws a legend symbol from a layer style, and lists a thematic layer's legend rows;
// shared by the printed sheet and the legend panel so both show what the map shows.

#include "core/model/layer_style.h"
#include "gis/print/map_decorations.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace atlas::gis {

// `box` in device units; `pixel` is device units per 1/96 inch (a style pixel); strokes are at
// least `minStroke` device units wide so a hairline stays visible on paper.
void paintLegendSymbol(QPainter& painter, const QRectF& box, LegendSymbol symbol, const core::LayerStyle& style,
                       double pixel, double minStroke);

struct LegendRow {
    QString label;
    core::LayerStyle style;  // the layer's style recoloured as the renderer does for this row
};

// One row per category or class, then "Other values" (the layer's own colours, used for
// unmatched and NULL values). A raster drawn with a ramp or grey stretch over a known range has one row:
// its gradient, labelled "min – max". Empty for a single-symbol style.
QList<LegendRow> thematicLegendRows(const core::LayerStyle& style, LegendSymbol symbol);

// "12 – 180": the values at the ends of a raster's ramp, in the user's locale.
QString rasterRangeLabel(double minimum, double maximum);

// `entries` with each thematic layer followed by its rows (names indented), for a flat legend.
QList<LegendEntry> withThematicRows(const QList<LegendEntry>& entries);

}  // namespace atlas::gis
