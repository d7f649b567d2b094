#include "gis/render/stroke_style.h"

#include <algorithm>

namespace atlas::gis {

QList<qreal> dashLengths(core::StrokeDash dash, double widthPx)
{
    // Lengths grow with the width, from those of a 1.5 px line down.
    const double u = std::max(widthPx, 1.5);
    switch (dash) {
    case core::StrokeDash::Dash: return {4 * u, 2.5 * u};
    case core::StrokeDash::Dot: return {u, 1.5 * u};
    case core::StrokeDash::DashDot: return {4 * u, 1.5 * u, u, 1.5 * u};
    case core::StrokeDash::Solid: break;
    }
    return {};
}

QPen strokePen(const QColor& colour, double widthPx, core::StrokeDash dash)
{
    const QList<qreal> lengths = dashLengths(dash, widthPx);
    if (lengths.isEmpty())
        return QPen(colour, widthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen pen(colour, widthPx, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    // QPen counts the pattern in pen widths, a width under one pixel as one.
    const double perUnit = std::max(widthPx, 1.0);
    QList<qreal> pattern;
    for (const qreal l : lengths)
        pattern << l / perUnit;
    pen.setDashPattern(pattern);
    return pen;
}

}  // namespace atlas::gis
