#include "ui/tools/map_tool.h"

#include "ui/canvas/map_canvas.h"
#include "ui/canvas/snapper.h"

#include <QPainter>

namespace atlas::ui {

MapTool::MapTool(MapCanvas* canvas) : QObject(canvas), m_canvas(canvas) {}

MapTool::~MapTool()
{
    if (m_canvas && m_canvas->mapTool() == this)
        m_canvas->setMapTool(nullptr);
}

QPointF MapTool::toMap(const QPointF& p) const
{
    return m_canvas->mapSettings().toMap(p * m_canvas->devicePixelRatioF());
}

QPointF MapTool::toWidget(const QPointF& m) const
{
    return m_canvas->mapSettings().toPixel(m.x(), m.y()) / m_canvas->devicePixelRatioF();
}

QPointF MapTool::snappedToMap(const QPointF& p)
{
    m_snap.reset();
    if (const Snapper* snapper = m_canvas->snapper())
        if (const auto hit = snapper->snap(p)) {
            m_snap = std::make_pair(hit->point, hit->vertex);
            return hit->point;
        }
    return toMap(p);
}

void MapTool::paintSnapMarker(QPainter& painter) const
{
    if (!m_snap)
        return;
    const QPointF at = toWidget(m_snap->first);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    for (const auto& [colour, width] : {std::pair{QColor(Qt::white), 4.0}, std::pair{QColor(0xff, 0x00, 0xcc), 2.0}}) {
        painter.setPen(QPen(colour, width));
        if (m_snap->second) {
            painter.drawRect(QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
        } else {
            painter.drawLine(at - QPointF(6, 6), at + QPointF(6, 6));
            painter.drawLine(at - QPointF(6, -6), at + QPointF(6, -6));
        }
    }
    painter.restore();
}

}  // namespace atlas::ui
