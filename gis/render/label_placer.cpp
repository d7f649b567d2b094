#include "gis/render/label_placer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>
#include <algorithm>

namespace atlas::gis {

LabelPlacer::LabelPlacer(double dpi) : m_font(QStringLiteral("DejaVu Sans")), m_halo(3.0 * dpi / 96.0)
{
    m_font.setPixelSize(int(11 * dpi / 96.0));
}

void LabelPlacer::addPointLabel(const QString& text, QPointF anchor, double markerRadius, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, markerRadius + 3, colour, m_priority, m_order, Kind::Point});
}

void LabelPlacer::addAreaLabel(const QString& text, QPointF anchor, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, 0, colour, m_priority, m_order, Kind::Area});
}

void LabelPlacer::addLineLabel(const QString& text, QPointF anchor, double angle, double length, QColor colour)
{
    if (!text.isEmpty())
        m_candidates.push_back({text, anchor, 0, colour, m_priority, m_order, Kind::Line, angle, length});
}

void LabelPlacer::append(const LabelPlacer& other)
{
    for (Candidate c : other.m_candidates) {
        c.priority = m_priority;
        c.order = m_order;
        m_candidates.push_back(std::move(c));
    }
}

bool LabelPlacer::collides(const QRectF& r) const
{
    if (!m_bounds.isNull() && !m_bounds.contains(r))
        return true;
    for (const QRectF& o : m_occupied)
        if (o.intersects(r))
            return true;
    return false;
}

void LabelPlacer::drawText(QPainter& painter, const QPointF& baseline, const QString& text, QColor colour) const
{
    QPainterPath path;
    path.addText(baseline, m_font, text);
    // A white halo keeps the text readable over any fill.
    painter.strokePath(path, QPen(QColor(255, 255, 255, 220), m_halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, colour);
}

bool LabelPlacer::placeLine(QPainter& painter, const Candidate& c, const QSizeF& size, double ascent)
{
    if (size.width() > c.length)
        return false;
    QTransform turn;
    turn.translate(c.anchor.x(), c.anchor.y());
    turn.rotate(c.angle);
    const QRectF local(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    // The turned text's bounding box: a little generous on diagonals, never overlapping.
    const QRectF box = turn.mapRect(local);
    if (collides(box.adjusted(-2, -1, 2, 1)))
        return false;
    m_occupied.push_back(box);
    painter.save();
    painter.setTransform(turn, true);
    drawText(painter, QPointF(local.left(), local.top() + ascent), c.text, c.colour);
    painter.restore();
    return true;
}

void LabelPlacer::draw(QPainter& painter)
{
    const QFontMetricsF fm(m_font);
    std::stable_sort(m_candidates.begin(), m_candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.order > b.order;
    });
    // Labelled markers stay visible: no label may cover them.
    for (const Candidate& c : m_candidates)
        if (c.kind == Kind::Point) {
            const double r = c.offset - 3;
            m_occupied.push_back(QRectF(c.anchor - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Candidate& c : m_candidates) {
        const QSizeF size(fm.horizontalAdvance(c.text), fm.height());
        if (c.kind == Kind::Line) {
            m_placed += placeLine(painter, c, size, fm.ascent()) ? 1 : 0;
            continue;
        }
        std::vector<QPointF> topLefts;  // candidate positions, best first
        if (c.kind == Kind::Area) {
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
            drawText(painter, tl + QPointF(0, fm.ascent()), c.text, c.colour);
            ++m_placed;
            break;
        }
    }
    painter.restore();
}

}  // namespace atlas::gis
