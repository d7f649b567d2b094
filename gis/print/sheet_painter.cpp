#include "gis/print/sheet_painter.h"

#include "core/model/translate.h"
#include "gis/print/legend_symbol.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace atlas::gis {
namespace {
const QColor kInk(30, 30, 30);
const QColor kMuted(90, 90, 90);
constexpr double kLegendRowHeight = 7;
constexpr double kSymbolWidth = 8;
constexpr double kSymbolHeight = 5;
constexpr double kPointsPerMm = 72.0 / 25.4;

}  // namespace

SheetPainter::SheetPainter(QPainter& painter, double pixelsPerMm) : m_p(painter), m_scale(pixelsPerMm)
{
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setRenderHint(QPainter::TextAntialiasing);
    m_p.setRenderHint(QPainter::SmoothPixmapTransform);
}

QFont SheetPainter::font(double points, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(px(points / kPointsPerMm) + 0.5)));
    f.setBold(bold);
    return f;
}

void SheetPainter::drawTitle(const QRectF& rect, const QString& title, const QString& subtitle)
{
    m_p.setPen(kInk);
    m_p.setFont(font(18, true));
    const QFontMetricsF titleMetrics(m_p.font());
    const QRectF titleRect = px(QRectF(rect.left(), rect.top(), rect.width(), 10));
    m_p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                 titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!subtitle.isEmpty()) {
        m_p.setPen(kMuted);
        m_p.setFont(font(10));
        const QRectF subRect = px(QRectF(rect.left(), rect.top() + 11, rect.width(), 5));
        m_p.drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(m_p.font()).elidedText(subtitle, Qt::ElideRight, subRect.width()));
    }
    // A rule under the title band.
    m_p.setPen(QPen(kInk, px(0.4)));
    m_p.drawLine(px(QPointF(rect.left(), rect.bottom())), px(QPointF(rect.right(), rect.bottom())));
}

void SheetPainter::drawMap(const QRectF& frame, const QImage& image)
{
    if (!image.isNull())  // null: the map was drawn as vectors already
        m_p.drawImage(px(frame), image);
    m_p.setPen(QPen(kInk, px(0.3)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(px(frame));
}

void SheetPainter::drawSymbol(const QRectF& box, const LegendEntry& entry)
{
    m_p.save();
    m_p.setOpacity(entry.style.opacity);
    // Style pixels are 1/96 inch; strokes stay at least 0.15 mm on paper.
    paintLegendSymbol(m_p, px(box), entry.symbol, entry.style, px(25.4 / 96.0), px(0.15));
    m_p.restore();
}

void SheetPainter::drawLegend(const QRectF& rect, const QList<LegendEntry>& entries, int columns)
{
    if (rect.isEmpty())
        return;
    m_p.setPen(kInk);
    m_p.setFont(font(11, true));
    m_p.drawText(px(QRectF(rect.left(), rect.top(), rect.width(), 7)), Qt::AlignLeft | Qt::AlignVCenter,
                 tr("Legend"));
    const double columnWidth = rect.width() / std::max(1, columns);
    const int rows = int((rect.height() - 9) / kLegendRowHeight);
    const QFont text = font(9);
    for (int i = 0; i < entries.size(); ++i) {
        const int column = rows > 0 ? i / rows : 0;
        if (rows <= 0 || column >= columns)
            break;  // no room left: the band is full
        const double x = rect.left() + column * columnWidth;
        const double y = rect.top() + 9 + (i % rows) * kLegendRowHeight;
        drawSymbol(QRectF(x, y + 1, kSymbolWidth, kSymbolHeight), entries[i]);
        m_p.setPen(kInk);
        m_p.setFont(text);
        const QRectF label = px(QRectF(x + kSymbolWidth + 2.5, y, columnWidth - kSymbolWidth - 4, kLegendRowHeight));
        m_p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(text).elidedText(entries[i].name, Qt::ElideRight, label.width()));
    }
}

void SheetPainter::drawScaleBar(const QRectF& footer, const SheetScale& scale)
{
    if (!scale.isValid())
        return;
    m_p.setPen(kInk);
    m_p.setFont(font(8));
    m_p.drawText(px(QRectF(footer.left(), footer.top(), 80, 4.5)), Qt::AlignLeft | Qt::AlignVCenter,
                 tr("Scale 1:%1").arg(QLocale().toString(qRound64(scale.denominator))));
    // Four segments, alternately filled, with 0, half and full lengths under them.
    const double top = footer.top() + 5.5, height = 1.8;
    constexpr int kSegments = 4;
    m_p.setPen(QPen(kInk, px(0.2)));
    for (int i = 0; i < kSegments; ++i) {
        m_p.setBrush(i % 2 == 0 ? kInk : Qt::white);
        m_p.drawRect(px(QRectF(footer.left() + scale.barMm * i / kSegments, top, scale.barMm / kSegments, height)));
    }
    m_p.setFont(font(7));
    const double labelTop = top + height + 0.6;
    for (const double fraction : {0.0, 0.5, 1.0}) {
        const double x = footer.left() + scale.barMm * fraction;
        m_p.drawText(px(QRectF(x - 15, labelTop, 30, 3.5)), Qt::AlignHCenter | Qt::AlignTop,
                     fraction == 0 ? QStringLiteral("0") : scaleBarLabel(scale.barMetres * fraction));
    }
}

void SheetPainter::drawFooterText(const QRectF& footer, const QString& attribution, const QString& dateAndCrs)
{
    const QRectF right(footer.left() + footer.width() * 0.4, footer.top(), footer.width() * 0.6, footer.height());
    m_p.setPen(kMuted);
    m_p.setFont(font(7.5));
    const QFontMetricsF metrics(m_p.font());
    m_p.drawText(px(QRectF(right.left(), right.top(), right.width(), 5)), Qt::AlignRight | Qt::AlignVCenter,
                 metrics.elidedText(attribution, Qt::ElideRight, px(right.width())));
    m_p.drawText(px(QRectF(right.left(), right.top() + 5, right.width(), 5)), Qt::AlignRight | Qt::AlignVCenter,
                 metrics.elidedText(dateAndCrs, Qt::ElideRight, px(right.width())));
}

void SheetPainter::drawNorthArrow(const QRectF& map, double angle)
{
    const double radius = 7;
    const QPointF centre(map.right() - radius - 3, map.top() + radius + 3);
    m_p.save();
    m_p.setPen(QPen(kMuted, px(0.2)));
    m_p.setBrush(QColor(255, 255, 255, 220));
    m_p.drawEllipse(px(centre), px(radius), px(radius));
    m_p.translate(px(centre));
    m_p.rotate(angle);
    // A two-tone arrowhead pointing north, "N" above its tip.
    const double h = radius * 0.62, w = radius * 0.32;
    m_p.setPen(QPen(kInk, px(0.2)));
    m_p.setBrush(kInk);
    m_p.drawPolygon(QPolygonF({px(QPointF(0, -h)), px(QPointF(w, h * 0.7)), px(QPointF(0, h * 0.35))}));
    m_p.setBrush(Qt::white);
    m_p.drawPolygon(QPolygonF({px(QPointF(0, -h)), px(QPointF(-w, h * 0.7)), px(QPointF(0, h * 0.35))}));
    m_p.restore();
    m_p.setPen(kInk);
    m_p.setFont(font(8, true));
    m_p.drawText(px(QRectF(centre.x() - 4, map.top() + 0.3, 8, 3)), Qt::AlignCenter, tr("N"));
}

void SheetPainter::drawInset(const QRectF& inset, const QImage& image, const QRectF& viewRect)
{
    m_p.setPen(QPen(kInk, px(0.3)));
    m_p.setBrush(Qt::white);
    m_p.drawRect(px(inset.adjusted(-0.8, -0.8, 0.8, 0.8)));
    m_p.drawImage(px(inset), image);
    m_p.setPen(QPen(QColor(200, 20, 20), px(0.5)));
    m_p.setBrush(Qt::NoBrush);
    // A view too small to see as a box is shown by a cross at its centre.
    if (viewRect.width() < 1.5 || viewRect.height() < 1.5) {
        const QPointF c = viewRect.center();
        m_p.drawLine(px(c - QPointF(2, 0)), px(c + QPointF(2, 0)));
        m_p.drawLine(px(c - QPointF(0, 2)), px(c + QPointF(0, 2)));
    } else {
        m_p.drawRect(px(viewRect.intersected(inset)));
    }
}

}  // namespace atlas::gis
