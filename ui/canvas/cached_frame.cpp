#include "ui/canvas/cached_frame.h"

#include <QPainter>

namespace atlas::ui {

void CachedFrame::set(const QImage& image, const gis::MapSettings& settings)
{
    m_image = image;
    m_settings = settings;
}

void CachedFrame::paint(QPainter& painter, const gis::MapSettings& current, double dpr) const
{
    if (m_image.isNull() || m_settings.crs != current.crs)
        return;
    const core::Extent& e = m_settings.extent;
    const QPointF topLeft = current.toPixel(e.xMin, e.yMax) / dpr;
    const QPointF bottomRight = current.toPixel(e.xMax, e.yMin) / dpr;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(topLeft, bottomRight), m_image);
    painter.restore();
}

}  // namespace atlas::ui
