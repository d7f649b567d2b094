#include "gis/render/marker_shape.h"

#include <QPainter>
#include <QPolygonF>

namespace atlas::gis {

void drawMarkerShape(QPainter& painter, core::MarkerShape shape, const QRectF& r)
{
    switch (shape) {
    case core::MarkerShape::Circle:
        painter.drawEllipse(r);
        break;
    case core::MarkerShape::Square:
        painter.drawRect(r);
        break;
    case core::MarkerShape::Triangle:
        painter.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top()), r.bottomRight(), r.bottomLeft()}));
        break;
    case core::MarkerShape::Diamond:
        painter.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                                       QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())}));
        break;
    }
}

}  // namespace atlas::gis
