#include "gis/render/label_placer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace atlas::gis {

LabelPlacer::LabelPlacer(double dpi) : m_font(QStringLiteral("DejaVu Sans"))
{
    m_font.setPixelSize(int(11 * dpi / 96.0));
}

void LabelPlacer::addPointLabel(const QString& text, QPointF anchor, double markerRadius, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, markerRadius + 3, colour, m_priority});
}

void LabelPlacer::addAreaLabel(const QString& text, QPointF anchor, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, -1, colour, m_priority});
}

void LabelPlacer::append(const LabelPlacer& other)
{
    m_candidates.insert(m_candidates.end(), other.m_candidates.begin(), other.m_candidates.end());
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
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.priority > b.priority; });
    // Labelled markers stay visible: no label may cover them.
    for (const Candidate& c : m_candidates)
        if (c.offset >= 0) {
            const double r = c.offset - 3;
            m_occupied.push_back(QRectF(c.anchor - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
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
