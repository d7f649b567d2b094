#include "gis/print/legend_symbol.h"

#include "gis/render/marker_shape.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QPainter>
#include <algorithm>

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

void paintLegendSymbol(QPainter& p, const QRectF& box, LegendSymbol symbol, const core::LayerStyle& s, double unit,
                       double minStroke)
{
    const QPen stroke = s.strokeWidth > 0 ? QPen(s.stroke, std::max(minStroke, s.strokeWidth * unit)) : QPen(Qt::NoPen);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (symbol) {
    case LegendSymbol::Raster: {
        QLinearGradient g(box.topLeft(), box.topRight());
        g.setColorAt(0, QColor(40, 90, 50));
        g.setColorAt(0.5, QColor(200, 190, 120));
        g.setColorAt(1, QColor(240, 240, 240));
        p.setPen(QPen(QColor(90, 90, 90), minStroke));
        p.setBrush(g);
        p.drawRect(box);
        break;
    }
    case LegendSymbol::Line:
        p.setPen(QPen(s.stroke, std::max(2 * minStroke, s.strokeWidth * unit), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    case LegendSymbol::Area:
        p.setPen(stroke);
        p.setBrush(s.fill);
        p.drawRect(box);
        break;
    case LegendSymbol::Marker: {
        const double size = std::min(box.height(), s.markerSize * unit);
        p.setPen(stroke);
        p.setBrush(s.fill);
        drawMarkerShape(p, s.marker, QRectF(box.center().x() - size / 2, box.center().y() - size / 2, size, size));
        break;
    }
    }
    p.restore();
}

QList<LegendRow> thematicLegendRows(const core::LayerStyle& style, LegendSymbol symbol)
{
    QList<LegendRow> rows;
    const core::StyleClassification& t = style.thematic;
    if (!t.isThematic() || symbol == LegendSymbol::Raster)
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
