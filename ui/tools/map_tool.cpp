#include "ui/tools/map_tool.h"

#include "ui/canvas/map_canvas.h"

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

}  // namespace atlas::ui
