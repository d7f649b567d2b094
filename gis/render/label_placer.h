#pragma once
// Collects label candidates from all layers and places them without overlaps.

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace atlas::gis {

class LabelPlacer {
public:
    explicit LabelPlacer(double dpi);

    // Labels added from now on rank above those of lower priority (upper layers first).
    void setPriority(int priority) { m_priority = priority; }
    // A label beside a point marker (`markerRadius` pixels) or centred on an area.
    void addPointLabel(const QString& text, QPointF anchor, double markerRadius, QColor colour);
    void addAreaLabel(const QString& text, QPointF anchor, QColor colour);
    // Takes over the candidates of another placer (a part of the same layer).
    void append(const LabelPlacer& other);
    // Places candidates by priority, then in the order they were added; drops those that
    // would overlap another label or a labelled marker.
    void draw(QPainter& painter);
    int placedCount() const { return m_placed; }

private:
    struct Candidate {
        QString text;
        QPointF anchor;
        double offset;  // < 0 for area labels (centred)
        QColor colour;
        int priority;
    };
    bool collides(const QRectF& r) const;

    QFont m_font;
    std::vector<Candidate> m_candidates;
    std::vector<QRectF> m_occupied;
    int m_placed = 0;
    int m_priority = 0;
};

}  // namespace atlas::gis
