#include "ui/tools/mark_observation_tool.h"

#include "gis/crs/crs_transform.h"
#include "ui/canvas/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace atlas::ui {

MarkObservationTool::MarkObservationTool(MapCanvas* canvas) : MapTool(canvas) {}

void MarkObservationTool::activate()
{
    canvas()->setCursor(Qt::CrossCursor);
    m_lastMark = {};
}

void MarkObservationTool::deactivate()
{
    canvas()->unsetCursor();
    m_lastMark = {};
    canvas()->update();
}

bool MarkObservationTool::mousePress(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        emit finished();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    m_pressAt = event->position();
    return true;
}

bool MarkObservationTool::mouseRelease(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return false;
    m_pressed = false;
    // A press that moved is a slip, not a mark.
    if ((event->position() - m_pressAt).manhattanLength() > 6)
        return true;
    const QPointF map = toMap(event->position());
    double x = map.x(), y = map.y();
    const gis::CrsTransform toWgs84(canvas()->mapSettings().crs, QStringLiteral("EPSG:4326"));
    if (!toWgs84.isValid() || !toWgs84.transformPoint(x, y) || !std::isfinite(x) || !std::isfinite(y)) {
        emit failed(tr("This place cannot be expressed in longitude and latitude (%1).").arg(toWgs84.errorString()));
        return true;
    }
    m_lastMark = event->position();
    canvas()->update();
    emit pointMarked(QPointF(x, y), map);
    return true;
}

bool MarkObservationTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape)
        return false;
    emit finished();
    return true;
}

void MarkObservationTool::paintOverlay(QPainter& painter)
{
    if (m_lastMark.isNull())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 3));
    painter.drawEllipse(m_lastMark, 7, 7);
    painter.setPen(QPen(QColor(0x1b, 0x78, 0x37), 2));
    painter.drawEllipse(m_lastMark, 7, 7);
}

}  // namespace atlas::ui
