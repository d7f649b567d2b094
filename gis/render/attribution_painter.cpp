#include "gis/render/attribution_painter.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace atlas::gis {

QStringList attributionsOf(const QList<RenderLayer>& layers)
{
    QStringList out;
    for (const RenderLayer& layer : layers)
        if (layer.kind == core::LayerKind::Basemap && !layer.attribution.trimmed().isEmpty() &&
            !out.contains(layer.attribution.trimmed()))
            out << layer.attribution.trimmed();
    return out;
}

QRect paintAttribution(QPainter& painter, const QRect& area, const QStringList& lines, double dpi)
{
    if (lines.isEmpty() || area.isEmpty())
        return {};
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(std::max(9, int(std::lround(11.0 * dpi / 96.0))));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int pad = std::max(2, int(std::lround(3.0 * dpi / 96.0)));
    // A long credit is elided in the middle rather than covering the map.
    const QString text = metrics.elidedText(lines.join(QStringLiteral(" | ")), Qt::ElideMiddle,
                                            std::max(40, area.width() - 4 * pad));
    const QSize size(metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad);
    const QRect band(area.right() + 1 - size.width(), area.bottom() + 1 - size.height(), size.width(), size.height());
    painter.fillRect(band, QColor(255, 255, 255, 200));
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(band, Qt::AlignCenter, text);
    painter.restore();
    return band;
}

}  // namespace atlas::gis
