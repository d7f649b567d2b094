#pragma once
// What the user is drawing, in canvas CRS: the vertices of a line or polygon (with the
// rings already closed when it has holes), or the two clicks that span a rectangle or a
// circle. Pure state; a tool feeds it the mouse.

#include <QList>
#include <QPointF>

namespace atlas::ui {

class ShapeSketch {
public:
    enum class Shape { Point, Line, Polygon, Rectangle, Circle };

    explicit ShapeSketch(Shape shape = Shape::Line) : m_shape(shape) {}

    Shape shape() const { return m_shape; }
    // Lines are open; every other shape but the point encloses an area.
    bool isArea() const { return m_shape != Shape::Point && m_shape != Shape::Line; }
    bool isEmpty() const { return m_clicks.isEmpty() && m_rings.isEmpty(); }
    int vertexCount() const { return int(m_clicks.size()); }

    // A click at `p`; true when it completes the shape (a point, a rectangle's or a
    // circle's second corner). Lines and polygons end with finish().
    bool click(const QPointF& p);
    void hover(const QPointF& p);
    // Enough vertices to end here: two for a line, three for a polygon (or a hole).
    bool canFinish() const;
    // Polygons: closes the ring being drawn (three vertices or more) so that the next
    // clicks draw a hole in it; false when there is no such ring.
    bool startHole();
    // The rings closed so far, outer first, open (the one being drawn is vertices()).
    const QList<QList<QPointF>>& closedRings() const { return m_rings; }
    // The last vertex of the ring being drawn, or when it has none, the last closed ring
    // opened again.
    void removeLastVertex();
    void clear();

    // The shape as drawn so far: the clicked vertices, then the hovered point while
    // `withHover`; rectangles and circles become their ring (a circle has 72 sides).
    // Rings are returned open (the first point is not repeated).
    QList<QPointF> vertices(bool withHover = false) const;

private:
    Shape m_shape;
    QList<QPointF> m_clicks;
    QList<QList<QPointF>> m_rings;  // closed before the current one (a polygon's outer ring, holes)
    QPointF m_hover;
    bool m_hasHover = false;
};

}  // namespace atlas::ui
