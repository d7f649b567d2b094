#include "core/model/extent.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace atlas::core {

Extent Extent::united(const Extent& o) const
{
    if (isNull())
        return o;
    if (o.isNull())
        return *this;
    return {std::min(xMin, o.xMin), std::min(yMin, o.yMin), std::max(xMax, o.xMax),
            std::max(yMax, o.yMax)};
}

bool Extent::intersects(const Extent& o) const
{
    return !isNull() && !o.isNull() && xMin <= o.xMax && o.xMin <= xMax && yMin <= o.yMax &&
           o.yMin <= yMax;
}

Extent Extent::buffered(double fraction) const
{
    const double dx = std::max(width(), 1e-9) * fraction;
    const double dy = std::max(height(), 1e-9) * fraction;
    return {xMin - dx, yMin - dy, xMax + dx, yMax + dy};
}

Extent Extent::fittedTo(double w, double h) const
{
    if (isNull() || w <= 0 || h <= 0)
        return *this;
    const double unitsPerPixel = std::max(width() / w, height() / h);
    const QPointF c = center();
    const double halfW = unitsPerPixel * w / 2, halfH = unitsPerPixel * h / 2;
    return {c.x() - halfW, c.y() - halfH, c.x() + halfW, c.y() + halfH};
}

QString Extent::toString() const
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(xMin, 0, 'g', 15)
        .arg(yMin, 0, 'g', 15)
        .arg(xMax, 0, 'g', 15)
        .arg(yMax, 0, 'g', 15);
}

Extent Extent::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return null();
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return null();
    }
    const Extent e{v[0], v[1], v[2], v[3]};
    return (e.width() > 0 && e.height() > 0) ? e : null();
}

}  // namespace atlas::core
