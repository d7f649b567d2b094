#pragma once
// The measured parts of a map sheet: scale (on the ellipsoid), the scale bar's round
// length, true north, and the legend entries taken from the layer styles.

#include "core/model/extent.h"
#include "core/model/layer_style.h"
#include "gis/render/render_layer.h"

#include <QList>
#include <QString>

namespace atlas::gis {

struct SheetScale {
    double metresPerMm = 0;   // ground metres per millimetre of paper, across the centre
    double denominator = 0;   // the "1:N" of the sheet
    double barMetres = 0;     // a round length (1, 2 or 5 x 10^n) for the scale bar
    double barMm = 0;         // its length on paper
    bool isValid() const { return metresPerMm > 0; }
};

// The scale of `extent` (in `crs`) printed `frameWidthMm` wide: the geodesic length of
// the horizontal line through its centre, so it holds for geographic CRSs too. The
// bar is the longest round length not above `maxBarMm`.
SheetScale sheetScale(const core::Extent& extent, const QString& crs, double frameWidthMm, double maxBarMm);

// The largest 1, 2 or 5 x 10^n not above `value` (> 0).
double roundDown125(double value);

// "500 m", "2 km", "1.5 km": the label of a scale bar tick.
QString scaleBarLabel(double metres);

// Clockwise angle in degrees from the paper's up direction to true north at the
// centre of `extent` (0 for north-up maps, a few degrees off in conic projections).
double trueNorthAngle(const core::Extent& extent, const QString& crs);

enum class LegendSymbol { Marker, Line, Area, Raster };

struct LegendEntry {
    QString name;
    LegendSymbol symbol = LegendSymbol::Area;
    core::LayerStyle style;
};

// One entry per layer but basemaps, top layer first as in the layers panel; the symbol follows the
// geometry type of the layer's data (read from the source, so call it off the UI thread).
QList<LegendEntry> legendEntries(const QList<RenderLayer>& layers);

}  // namespace atlas::gis
