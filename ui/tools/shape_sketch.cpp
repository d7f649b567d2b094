#include "ui/tools/shape_sketch.h"

#include <QLineF>
#include <cmath>
#include <numbers>

namespace atlas::ui {
namespace {

constexpr int kCircleSides = 72;

QList<QPointF> rectangleRing(const QPointF& a, const QPointF& b)
{
    return {a, QPointF(b.x(), a.y()), b, QPointF(a.x(), b.y())};
}

QList<QPointF> circleRing(const QPointF& centre, const QPointF& onCircle)
{
    const double radius = QLineF(centre, onCircle).length();
    QList<QPointF> ring;
    ring.reserve(kCircleSides);
    for (int i = 0; i < kCircleSides; ++i) {
        const double angle = 2 * std::numbers::pi * i / kCircleSides;
        ring << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return ring;
}

}  // namespace

bool ShapeSketch::click(const QPointF& p)
{
    // A second click on the same spot (the press of a double click) adds nothing.
    if (!m_clicks.isEmpty() && m_clicks.last() == p && m_shape != Shape::Point)
        return false;
    m_clicks << p;
    m_hover = p;
    switch (m_shape) {
    case Shape::Point:
        return true;
    case Shape::Rectangle:
    case Shape::Circle:
        return m_clicks.size() == 2;
    default:
        return false;
    }
}

void ShapeSketch::hover(const QPointF& p)
{
    m_hover = p;
    m_hasHover = true;
}

bool ShapeSketch::canFinish() const
{
    switch (m_shape) {
    case Shape::Line:
        return m_clicks.size() >= 2;
    case Shape::Polygon:
        return m_clicks.size() >= 3 || (m_clicks.isEmpty() && !m_rings.isEmpty());
    case Shape::Point:
        return m_clicks.size() == 1;
    default:
        return m_clicks.size() == 2;
    }
}

bool ShapeSketch::startHole()
{
    if (m_shape != Shape::Polygon || m_clicks.size() < 3)
        return false;
    m_rings << m_clicks;
    m_clicks.clear();
    return true;
}

void ShapeSketch::removeLastVertex()
{
    if (!m_clicks.isEmpty())
        m_clicks.removeLast();
    else if (!m_rings.isEmpty())
        m_clicks = m_rings.takeLast();
}

void ShapeSketch::clear()
{
    m_clicks.clear();
    m_rings.clear();
    m_hasHover = false;
}

QList<QPointF> ShapeSketch::vertices(bool withHover) const
{
    QList<QPointF> points = m_clicks;
    if (withHover && m_hasHover && !points.isEmpty() && points.last() != m_hover)
        points << m_hover;
    if ((m_shape == Shape::Rectangle || m_shape == Shape::Circle) && points.size() >= 2)
        return m_shape == Shape::Rectangle ? rectangleRing(points[0], points[1]) : circleRing(points[0], points[1]);
    return points;
}

}  // namespace atlas::ui
