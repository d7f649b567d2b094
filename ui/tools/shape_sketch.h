#pragma once
// What the user is drawing, in canvas CRS: the vertices of a line or polygon, or the two
// clicks that span a rectangle or a circle. Pure state; a tool feeds it the mouse.

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
    bool isEmpty() const { return m_clicks.isEmpty(); }
    int vertexCount() const { return int(m_clicks.size()); }

    // A click at `p`; true when it completes the shape (a point, a rectangle's or a
    // circle's second corner). Lines and polygons end with finish().
    bool click(const QPointF& p);
    void hover(const QPointF& p);
    // Enough vertices to end here: two for a line, three for a polygon.
    bool canFinish() const;
    void removeLastVertex();
    void clear();

    // The shape as drawn so far: the clicked vertices, then the hovered point while
    // `withHover`; rectangles and circles become their ring (a circle has 72 sides).
    // Rings are returned open (the first point is not repeated).
    QList<QPointF> vertices(bool withHover = false) const;

private:
    Shape m_shape;
    QList<QPointF> m_clicks;
    QPointF m_hover;
    bool m_hasHover = false;
};

}  // namespace atlas::ui
