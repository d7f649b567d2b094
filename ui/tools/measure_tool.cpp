#include "ui/tools/measure_tool.h"

#include "gis/geometry/ellipsoid_measure.h"
#include "ui/canvas/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace atlas::ui {

MeasureTool::MeasureTool(MapCanvas* canvas, Mode mode) : MapTool(canvas), m_mode(mode) {}

QString MeasureTool::resultText() const
{
    if (m_points.isEmpty())
        return m_mode == Mode::Distance ? tr("Click to start measuring a distance")
                                        : tr("Click to start measuring an area");
    if (m_mode == Mode::Distance)
        return gis::EllipsoidMeasure::formatLength(m_length);
    return tr("%1 (perimeter %2)")
        .arg(gis::EllipsoidMeasure::formatArea(m_area), gis::EllipsoidMeasure::formatLength(m_length));
}

void MeasureTool::recompute()
{
    QList<QPointF> path = m_points;
    if (!m_finished && m_hasHover)
        path << m_hover;
    const gis::EllipsoidMeasure measure(canvas()->mapSettings().crs);
    if (m_mode == Mode::Area && path.size() > 2) {
        m_area = measure.area(path);
        path << path.first();
    } else {
        m_area = 0;
    }
    m_length = measure.length(path);
    emit measured(m_length, m_area, m_finished);
    canvas()->update();
}

void MeasureTool::clear()
{
    m_points.clear();
    m_finished = false;
    m_hasHover = false;
    m_length = m_area = 0;
    canvas()->update();
}

void MeasureTool::deactivate()
{
    clear();
}

bool MeasureTool::mousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_finished)
        clear();
    m_points << toMap(event->position());
    m_hover = m_points.last();
    recompute();
    return true;
}

bool MeasureTool::mouseMove(QMouseEvent* event)
{
    if (m_points.isEmpty() || m_finished)
        return false;
    m_hover = toMap(event->position());
    m_hasHover = true;
    recompute();
    return true;
}

bool MeasureTool::mouseRelease(QMouseEvent* event)
{
    return event->button() == Qt::LeftButton;
}

bool MeasureTool::mouseDoubleClick(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_points.isEmpty())
        return false;
    // The double click's first press already added its vertex.
    m_finished = true;
    m_hasHover = false;
    recompute();
    return true;
}

bool MeasureTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || m_points.isEmpty())
        return false;
    clear();
    emit measured(0, 0, false);
    return true;
}

void MeasureTool::paintOverlay(QPainter& painter)
{
    if (m_points.isEmpty())
        return;
    QPolygonF line;
    for (const QPointF& p : m_points)
        line << toWidget(p);
    if (!m_finished && m_hasHover)
        line << toWidget(m_hover);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(200, 30, 60);
    if (m_mode == Mode::Area && line.size() > 2) {
        QColor fill = ink;
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.setPen(QPen(ink, 2));
        painter.drawPolygon(line);
    } else {
        painter.setPen(QPen(ink, 2));
        painter.drawPolyline(line);
    }
    painter.setBrush(Qt::white);
    for (const QPointF& p : line)
        painter.drawEllipse(p, 3.5, 3.5);
    // The result next to the last vertex, on a light box to stay readable on any map.
    const QString text = resultText();
    const QPointF at = line.last() + QPointF(10, -10);
    QRectF box = painter.fontMetrics().boundingRect(text);
    box.moveBottomLeft(at);
    box.adjust(-4, -2, 4, 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(ink.darker(130));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

}  // namespace atlas::ui
