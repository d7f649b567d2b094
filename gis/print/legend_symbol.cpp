#include "gis/print/legend_symbol.h"

#include "core/model/colour_ramp.h"
#include "gis/render/marker_icon.h"
#include "gis/render/marker_shape.h"
#include "gis/render/stroke_style.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

// The renderer's rule: lines take the row colour on their stroke, areas and markers on their fill.
core::LayerStyle recoloured(const core::LayerStyle& style, const QColor& colour, LegendSymbol symbol)
{
    core::LayerStyle s = style;
    s.thematic = {};
    if (symbol == LegendSymbol::Line)
        s.stroke = colour;
    else
        s.fill = colour;
    return s;
}

}  // namespace

QString rasterRangeLabel(double minimum, double maximum)
{
    // Enough decimals to tell the ends apart, no more.
    const double span = std::abs(maximum - minimum);
    const int decimals = span >= 100 ? 0 : span >= 1 ? 1 : 3;
    const QLocale locale;
    return QStringLiteral("%1 – %2").arg(locale.toString(minimum, 'f', decimals), locale.toString(maximum, 'f', decimals));
}

void paintLegendSymbol(QPainter& p, const QRectF& box, LegendSymbol symbol, const core::LayerStyle& s, double pixel,
                       double minStroke)
{
    // Style sizes in millimetres are 96/25.4 style pixels each.
    const double unit = s.sizeUnit == core::SizeUnit::Millimetres ? pixel * 96.0 / 25.4 : pixel;
    const QPen stroke =
        s.strokeWidth > 0 ? strokePen(s.stroke, std::max(minStroke, s.strokeWidth * unit), s.dash) : QPen(Qt::NoPen);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (symbol) {
    case LegendSymbol::Raster: {
        QLinearGradient g(box.topLeft(), box.topRight());
        if (s.raster.render == core::RasterRender::Ramp) {  // low values on the left
            const QList<QColor> colours = core::rampColours(s.raster.ramp, 9);
            for (int i = 0; i < colours.size(); ++i)
                g.setColorAt(i / double(colours.size() - 1), colours[i]);
        } else if (s.raster.render != core::RasterRender::Auto) {
            g.setColorAt(0, Qt::black);
            g.setColorAt(1, Qt::white);
        } else {
            g.setColorAt(0, QColor(40, 90, 50));
            g.setColorAt(0.5, QColor(200, 190, 120));
            g.setColorAt(1, QColor(240, 240, 240));
        }
        p.setPen(QPen(QColor(90, 90, 90), minStroke));
        p.setBrush(g);
        p.drawRect(box);
        break;
    }
    case LegendSymbol::Line:
        p.setPen(strokePen(s.stroke, std::max(2 * minStroke, s.strokeWidth * unit), s.dash));
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    case LegendSymbol::Area:
        p.setPen(stroke);
        p.setBrush(s.fill);
        p.drawRect(box);
        break;
    case LegendSymbol::Marker: {
        const double size = std::min(box.height(), s.markerSize * unit);
        const QRectF square(box.center().x() - size / 2, box.center().y() - size / 2, size, size);
        if (s.markerSvg.isEmpty() || !drawMarkerIcon(p, s.markerSvg, square)) {
            p.setPen(s.strokeWidth > 0 ? strokePen(s.stroke, std::max(minStroke, s.strokeWidth * unit), core::StrokeDash::Solid)
                                       : QPen(Qt::NoPen));
            p.setBrush(s.fill);
            drawMarkerShape(p, s.marker, square);
        }
        break;
    }
    }
    p.restore();
}

QList<LegendRow> thematicLegendRows(const core::LayerStyle& style, LegendSymbol symbol)
{
    QList<LegendRow> rows;
    const core::StyleClassification& t = style.thematic;
    if (symbol == LegendSymbol::Raster) {
        const core::RasterStyle& r = style.raster;
        if ((r.render == core::RasterRender::Ramp || r.render == core::RasterRender::Grey) && r.customRange)
            rows << LegendRow{rasterRangeLabel(r.minimum, r.maximum), style};
        return rows;
    }
    if (!t.isThematic())
        return rows;
    for (const core::StyleCategory& c : t.categories)
        rows << LegendRow{c.label.isEmpty() ? c.value : c.label, recoloured(style, c.colour, symbol)};
    for (const core::StyleClass& c : t.classes)
        rows << LegendRow{core::classLabel(c), recoloured(style, c.colour, symbol)};
    core::LayerStyle other = style;
    other.thematic = {};
    rows << LegendRow{QCoreApplication::translate("atlas::gis", "Other values"), other};
    return rows;
}

QList<LegendEntry> withThematicRows(const QList<LegendEntry>& entries)
{
    QList<LegendEntry> out;
    for (const LegendEntry& e : entries) {
        out << e;
        for (const LegendRow& row : thematicLegendRows(e.style, e.symbol))
            out << LegendEntry{QStringLiteral("    ") + row.label, e.symbol, row.style};
    }
    return out;
}

}  // namespace atlas::gis
