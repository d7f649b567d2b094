#include "gis/render/label_placer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace atlas::gis {

LabelPlacer::LabelPlacer(double dpi) : m_font(QStringLiteral("DejaVu Sans"))
{
    m_font.setPixelSize(int(11 * dpi / 96.0));
}

void LabelPlacer::addPointLabel(const QString& text, QPointF anchor, double markerRadius, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, markerRadius + 3, colour});
}

void LabelPlacer::addAreaLabel(const QString& text, QPointF anchor, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, -1, colour});
}

bool LabelPlacer::collides(const QRectF& r) const
{
    for (const QRectF& o : m_occupied)
        if (o.intersects(r))
            return true;
    return false;
}

void LabelPlacer::draw(QPainter& painter)
{
    const QFontMetricsF fm(m_font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Candidate& c : m_candidates) {
        const QSizeF size(fm.horizontalAdvance(c.text), fm.height());
        std::vector<QPointF> topLefts;  // candidate positions, best first
        if (c.offset < 0) {
            topLefts.push_back(c.anchor - QPointF(size.width() / 2, size.height() / 2));
        } else {
            const double o = c.offset, h2 = size.height() / 2;
            topLefts = {c.anchor + QPointF(o, -h2), c.anchor + QPointF(-o - size.width(), -h2),
                        c.anchor + QPointF(-size.width() / 2, -o - size.height()),
                        c.anchor + QPointF(-size.width() / 2, o)};
        }
        for (const QPointF& tl : topLefts) {
            const QRectF box(tl, size);
            if (collides(box.adjusted(-2, -1, 2, 1)))
                continue;
            m_occupied.push_back(box);
            QPainterPath path;
            path.addText(tl + QPointF(0, fm.ascent()), m_font, c.text);
            painter.strokePath(path, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine,
                                          Qt::RoundCap, Qt::RoundJoin));
            painter.fillPath(path, c.colour);
            ++m_placed;
            break;
        }
    }
    painter.restore();
}

}  // namespace atlas::gis
