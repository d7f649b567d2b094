#pragma once
// Lengths and areas measured on the WGS 84 ellipsoid (PROJ's geodesic routines),
// whatever the CRS the points are given in.

#include "gis/crs/crs_transform.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <memory>

namespace atlas::gis {

class EllipsoidMeasure {
public:
    // `crs` is the CRS of the points that will be measured ("EPSG:n", WKT...).
    explicit EllipsoidMeasure(const QString& crs);
    bool isValid() const { return m_valid; }

    // Geodesic length of the path through `points`, in metres.
    double length(const QList<QPointF>& points) const;
    // Area enclosed by the ring `points` (closed or not), in square metres, always >= 0.
    double area(const QList<QPointF>& points) const;

    // "850 m", "12.4 km"; "3,200 m²", "4.52 km²", "120 ha".
    static QString formatLength(double metres);
    static QString formatArea(double squareMetres);

private:
    QList<QPointF> toLonLat(const QList<QPointF>& points) const;
    std::unique_ptr<CrsTransform> m_toLonLat;
    bool m_valid = false;
};

}  // namespace atlas::gis
