#include "gis/geometry/ellipsoid_measure.h"

#include <geodesic.h>

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace atlas::gis {
namespace {

const geod_geodesic& wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic e;
        geod_init(&e, 6378137.0, 1.0 / 298.257223563);
        return e;
    }();
    return g;
}

}  // namespace

EllipsoidMeasure::EllipsoidMeasure(const QString& crs)
    : m_toLonLat(std::make_unique<CrsTransform>(crs, QStringLiteral("EPSG:4326")))
{
    m_valid = m_toLonLat->isValid();
}

QList<QPointF> EllipsoidMeasure::toLonLat(const QList<QPointF>& points) const
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF& p : points) {
        double x = p.x(), y = p.y();
        if (m_valid && m_toLonLat->transformPoint(x, y) && std::isfinite(x) && std::isfinite(y))
            out << QPointF(x, y);
    }
    return out;
}

double EllipsoidMeasure::length(const QList<QPointF>& points) const
{
    const QList<QPointF> ll = toLonLat(points);
    double total = 0;
    for (qsizetype i = 1; i < ll.size(); ++i) {
        double s12 = 0, azi1 = 0, azi2 = 0;
        geod_inverse(&wgs84(), ll[i - 1].y(), ll[i - 1].x(), ll[i].y(), ll[i].x(), &s12, &azi1, &azi2);
        total += s12;
    }
    return total;
}

double EllipsoidMeasure::area(const QList<QPointF>& points) const
{
    QList<QPointF> ll = toLonLat(points);
    if (ll.size() > 1 && ll.first() == ll.last())
        ll.removeLast();
    if (ll.size() < 3)
        return 0;
    std::vector<double> lats, lons;
    for (const QPointF& p : ll) {
        lats.push_back(p.y());
        lons.push_back(p.x());
    }
    double area = 0, perimeter = 0;
    geod_polygonarea(&wgs84(), lats.data(), lons.data(), int(lats.size()), &area, &perimeter);
    return std::fabs(area);
}

QString EllipsoidMeasure::formatLength(double metres)
{
    const QLocale locale;
    if (metres < 1000)
        return QCoreApplication::translate("atlas::gis", "%1 m").arg(locale.toString(metres, 'f', 0));
    return QCoreApplication::translate("atlas::gis", "%1 km").arg(locale.toString(metres / 1000, 'f', metres < 1e5 ? 2 : 1));
}

QString EllipsoidMeasure::formatArea(double squareMetres)
{
    const QLocale locale;
    if (squareMetres < 1e4)
        return QCoreApplication::translate("atlas::gis", "%1 m²").arg(locale.toString(squareMetres, 'f', 0));
    if (squareMetres < 1e6)
        return QCoreApplication::translate("atlas::gis", "%1 ha").arg(locale.toString(squareMetres / 1e4, 'f', 2));
    return QCoreApplication::translate("atlas::gis", "%1 km²").arg(locale.toString(squareMetres / 1e6, 'f', 2));
}

}  // namespace atlas::gis
