#include "gis/render/map_settings.h"

#include "gis/crs/crs_catalog.h"

#include <cmath>
#include <numbers>

namespace atlas::gis {

MapSettings MapSettings::fitted() const
{
    MapSettings s = *this;
    s.extent = extent.fittedTo(outputSize.width(), outputSize.height());
    return s;
}

double MapSettings::unitsPerPixel() const
{
    return outputSize.width() > 0 ? extent.width() / outputSize.width() : 1.0;
}

QPointF MapSettings::toPixel(double x, double y) const
{
    const double upp = unitsPerPixel();
    return {(x - extent.xMin) / upp, (extent.yMax - y) / upp};
}

QPointF MapSettings::toMap(const QPointF& p) const
{
    const double upp = unitsPerPixel();
    return {extent.xMin + p.x() * upp, extent.yMax - p.y() * upp};
}

double MapSettings::scaleDenominator() const
{
    double metresPerUnit = 1.0;
    if (crsIsGeographic(crs)) {
        const double lat = extent.center().y() * std::numbers::pi / 180.0;
        metresPerUnit = 6378137.0 * std::numbers::pi / 180.0 * std::cos(lat);
    } else if (crs == QLatin1String("EPSG:3857")) {
        const double lat = std::atan(std::sinh(extent.center().y() / 6378137.0));
        metresPerUnit = std::cos(lat);  // true scale at the centre latitude
    }
    const double metresPerPixelOnScreen = 0.0254 / dpi;
    return unitsPerPixel() * metresPerUnit / metresPerPixelOnScreen;
}

}  // namespace atlas::gis
