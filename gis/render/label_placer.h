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

    // A label beside a point marker (`markerRadius` pixels) or centred on an area.
    void addPointLabel(const QString& text, QPointF anchor, double markerRadius, QColor colour);
    void addAreaLabel(const QString& text, QPointF anchor, QColor colour);
    // Places candidates in the order they were added; drops those that would overlap.
    void draw(QPainter& painter);
    int placedCount() const { return m_placed; }

private:
    struct Candidate {
        QString text;
        QPointF anchor;
        double offset;  // < 0 for area labels (centred)
        QColor colour;
    };
    bool collides(const QRectF& r) const;

    QFont m_font;
    std::vector<Candidate> m_candidates;
    std::vector<QRectF> m_occupied;
    int m_placed = 0;
};

}  // namespace atlas::gis
