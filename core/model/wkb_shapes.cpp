#include "core/model/wkb_shapes.h"

#include <QDataStream>
#include <QIODevice>

namespace atlas::core {
namespace {

QDataStream& littleEndian(QDataStream& s)
{
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    return s;
}

void writePoints(QDataStream& s, const QList<QPointF>& points)
{
    s << quint32(points.size());
    for (const QPointF& p : points)
        s << p.x() << p.y();
}

}  // namespace

QByteArray lineStringWkb(const QList<QPointF>& points)
{
    QByteArray wkb;
    QDataStream s(&wkb, QIODevice::WriteOnly);
    littleEndian(s) << quint8(1) << quint32(2);
    writePoints(s, points);
    return wkb;
}

QByteArray polygonWkb(const QList<QPointF>& ring)
{
    return polygonWkb(QList<QList<QPointF>>{ring});
}

QByteArray polygonWkb(const QList<QList<QPointF>>& rings)
{
    QByteArray wkb;
    QDataStream s(&wkb, QIODevice::WriteOnly);
    littleEndian(s) << quint8(1) << quint32(3) << quint32(rings.size());
    for (QList<QPointF> closed : rings) {
        if (!closed.isEmpty() && closed.first() != closed.last())
            closed << closed.first();
        writePoints(s, closed);
    }
    return wkb;
}

}  // namespace atlas::core
