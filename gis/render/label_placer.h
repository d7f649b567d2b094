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

    // Labels added from now on rank by `priority` (the style's; higher first), then by
    // `layerOrder` (upper layers first).
    void setPriority(int priority, int layerOrder)
    {
        m_priority = priority;
        m_order = layerOrder;
    }
    // Labels must lie wholly inside `bounds` (the image), not cut by its edge; null for no limit.
    void setBounds(const QRectF& bounds) { m_bounds = bounds; }
    // A label beside a point marker (`markerRadius` pixels) or centred on an area.
    void addPointLabel(const QString& text, QPointF anchor, double markerRadius, QColor colour);
    void addAreaLabel(const QString& text, QPointF anchor, QColor colour);
    // A label centred on `anchor`, turned by `angle` degrees along a line `length` pixels long;
    // dropped if the text is longer than the line.
    void addLineLabel(const QString& text, QPointF anchor, double angle, double length, QColor colour);
    // Takes over the candidates of another placer (a part of the same layer), at this one's priority.
    void append(const LabelPlacer& other);
    // Places candidates by priority, then in the order they were added; drops those that
    // would overlap another label or a labelled marker.
    void draw(QPainter& painter);
    int placedCount() const { return m_placed; }

private:
    enum class Kind { Point, Area, Line };
    struct Candidate {
        QString text;
        QPointF anchor;
        double offset;  // points: the marker radius plus a gap
        QColor colour;
        int priority;
        int order;
        Kind kind;
        double angle = 0;   // lines
        double length = 0;  // lines
    };
    // True when `r` overlaps a placed label or a labelled marker, or leaves the bounds.
    bool collides(const QRectF& r) const;
    bool placeLine(QPainter& painter, const Candidate& c, const QSizeF& size, double ascent);
    void drawText(QPainter& painter, const QPointF& baseline, const QString& text, QColor colour) const;

    QFont m_font;
    double m_halo;  // halo width in device pixels
    std::vector<Candidate> m_candidates;
    std::vector<QRectF> m_occupied;
    QRectF m_bounds;
    int m_placed = 0;
    int m_priority = 0;
    int m_order = 0;
};

}  // namespace atlas::gis
