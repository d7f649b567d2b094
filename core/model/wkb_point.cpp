#include "core/model/wkb_point.h"

#include <QDataStream>
#include <QIODevice>

namespace atlas::core {

QByteArray pointWkb(double x, double y)
{
    QByteArray wkb;
    QDataStream s(&wkb, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    s << quint8(1) << quint32(1) << x << y;
    return wkb;
}

std::optional<QPointF> wkbPoint(const QByteArray& wkb)
{
    if (wkb.size() != 21 || (wkb[0] != 0 && wkb[0] != 1))
        return std::nullopt;
    QDataStream s(wkb);
    s.setByteOrder(wkb[0] == 1 ? QDataStream::LittleEndian : QDataStream::BigEndian);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint8 order = 0;
    quint32 type = 0;
    double x = 0, y = 0;
    s >> order >> type >> x >> y;
    if (type != 1 || s.status() != QDataStream::Ok)
        return std::nullopt;
    return QPointF(x, y);
}

}  // namespace atlas::core
