#include "ui/tools/sketch_tool.h"

#include "ui/canvas/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace atlas::ui {

SketchTool::SketchTool(MapCanvas* canvas, ShapeSketch::Shape shape) : MapTool(canvas), m_sketch(shape) {}

void SketchTool::setShape(ShapeSketch::Shape shape)
{
    m_sketch = ShapeSketch(shape);
    canvas()->update();
}

void SketchTool::deactivate()
{
    m_sketch.clear();
    canvas()->unsetCursor();
    canvas()->update();
}

void SketchTool::finish()
{
    if (!m_sketch.canFinish())
        return;
    QList<QList<QPointF>> rings = m_sketch.closedRings();
    if (m_sketch.vertexCount() > 0)
        rings << m_sketch.vertices();
    m_holes = rings.mid(1);
    m_sketch.clear();
    canvas()->update();
    shapeFinished(rings.first());
    m_holes.clear();
}

void SketchTool::shapeFinished(const QList<QPointF>& mapPoints)
{
    emit sketched(mapPoints, m_sketch.shape());
}

bool SketchTool::mousePress(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        if (m_sketch.canFinish())
            finish();
        else
            m_sketch.clear();
        canvas()->update();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    canvas()->setCursor(Qt::CrossCursor);
    if (m_holesAllowed && event->modifiers().testFlag(Qt::ShiftModifier))
        m_sketch.startHole();  // the click begins a hole in the ring drawn so far
    if (m_sketch.click(snappedToMap(event->position())))
        finish();
    canvas()->update();
    return true;
}

bool SketchTool::mouseMove(QMouseEvent* event)
{
    const QPointF at = snappedToMap(event->position());  // the marker shows before the first click too
    canvas()->update();
    if (m_sketch.isEmpty())
        return false;
    m_sketch.hover(at);
    return true;
}

bool SketchTool::mouseRelease(QMouseEvent* event)
{
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

bool SketchTool::mouseDoubleClick(QMouseEvent* event)
{
    // The double click's first press already placed its vertex.
    if (event->button() != Qt::LeftButton || m_sketch.isEmpty())
        return false;
    finish();
    return true;
}

bool SketchTool::keyPress(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_sketch.isEmpty())
            emit cancelled();
        m_sketch.clear();
        break;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_sketch.isEmpty())
            return false;
        m_sketch.removeLastVertex();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        break;
    default:
        return false;
    }
    canvas()->update();
    return true;
}

void SketchTool::paintOverlay(QPainter& painter)
{
    paintSnapMarker(painter);
    QList<QPolygonF> rings;
    const auto onScreen = [this](const QList<QPointF>& points) {
        QPolygonF shape;
        for (const QPointF& p : points)
            shape << toWidget(p);
        return shape;
    };
    for (const QList<QPointF>& ring : m_sketch.closedRings())
        rings << onScreen(ring);
    if (const QList<QPointF> points = m_sketch.vertices(true); !points.isEmpty())
        rings << onScreen(points);
    if (rings.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_ink, 2));
    if (m_sketch.isArea()) {
        // Holes show as holes: the rings are filled even-odd.
        QPainterPath area;
        area.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : rings) {
            area.addPolygon(ring);
            if (ring.size() > 2)
                area.closeSubpath();
        }
        QColor fill = m_ink;
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.drawPath(area);
    } else {
        painter.drawPolyline(rings.last());
    }
    // Vertices the user placed (not the 72 of a circle).
    painter.setBrush(Qt::white);
    const bool handles = m_sketch.shape() == ShapeSketch::Shape::Line || m_sketch.shape() == ShapeSketch::Shape::Polygon ||
                         m_sketch.shape() == ShapeSketch::Shape::Point;
    for (const QPolygonF& ring : rings)
        for (const QPointF& p : handles ? ring : QPolygonF{ring.first()})
            painter.drawEllipse(p, 3.5, 3.5);
    painter.restore();
}

}  // namespace atlas::ui
