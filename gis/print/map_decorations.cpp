#include "gis/print/map_decorations.h"

#include "gis/datasource/raster_statistics.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "gis/geometry/ellipsoid_measure.h"

#include <cmath>
#include <numbers>

namespace atlas::gis {

double roundDown125(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * power <= value * (1 + 1e-9))
            return step * power;
    return power;
}

SheetScale sheetScale(const core::Extent& extent, const QString& crs, double frameWidthMm, double maxBarMm)
{
    SheetScale s;
    if (extent.isNull() || frameWidthMm <= 0)
        return s;
    const EllipsoidMeasure measure(crs);
    if (!measure.isValid())
        return s;
    const double y = extent.center().y();
    // Measured in small steps so a long line follows the parallel, as the paper does.
    QList<QPointF> line;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i)
        line << QPointF(extent.xMin + extent.width() * i / kSteps, y);
    const double metres = measure.length(line);
    if (!(metres > 0) || !std::isfinite(metres))
        return s;
    s.metresPerMm = metres / frameWidthMm;
    s.denominator = s.metresPerMm * 1000.0;
    s.barMetres = roundDown125(maxBarMm * s.metresPerMm);
    s.barMm = s.barMetres / s.metresPerMm;
    return s;
}

QString scaleBarLabel(double metres)
{
    if (metres >= 1000)
        return QStringLiteral("%1 km").arg(QString::number(metres / 1000.0, 'g', 4));
    return QStringLiteral("%1 m").arg(QString::number(metres, 'g', 4));
}

double trueNorthAngle(const core::Extent& extent, const QString& crs)
{
    if (extent.isNull())
        return 0;
    const CrsTransform toLonLat(crs, QStringLiteral("EPSG:4326"));
    if (!toLonLat.isValid() || toLonLat.isIdentity())
        return 0;
    double x = extent.center().x(), y = extent.center().y();
    if (!toLonLat.transformPoint(x, y))
        return 0;
    // A short step north from the centre, brought back into the map CRS.
    double nx = x, ny = std::min(89.9, y + 0.01);
    if (!toLonLat.transformPoint(nx, ny, true))
        return 0;
    const double dx = nx - extent.center().x(), dy = ny - extent.center().y();
    if (!std::isfinite(dx) || !std::isfinite(dy) || (dx == 0 && dy == 0))
        return 0;
    return std::atan2(dx, dy) * 180.0 / std::numbers::pi;
}

QList<LegendEntry> legendEntries(const QList<RenderLayer>& layers)
{
    QList<LegendEntry> out;
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        if (it->kind == core::LayerKind::Basemap)
            continue;  // a backdrop, credited on the map rather than explained in the legend
        LegendEntry entry{it->name, LegendSymbol::Area, it->style};
        if (it->kind != core::LayerKind::Vector) {
            entry.symbol = LegendSymbol::Raster;
            // The legend names the values at the ends of the ramp or stretch: the band's own when the style has none.
            core::RasterStyle& r = entry.style.raster;
            const bool ranged = r.render == core::RasterRender::Ramp || r.render == core::RasterRender::Grey;
            if (ranged && !r.customRange)
                if (auto range = bandRange(it->path, r.band)) {
                    r.customRange = true;
                    r.minimum = range.value().minimum;
                    r.maximum = range.value().maximum;
                }
        } else if (auto source = openLayerSource(it->path, it->layerName, it->kind)) {
            const QString type = source.value()->geometryType();
            if (type.contains(QLatin1String("Point"), Qt::CaseInsensitive))
                entry.symbol = LegendSymbol::Marker;
            else if (type.contains(QLatin1String("Line"), Qt::CaseInsensitive))
                entry.symbol = LegendSymbol::Line;
        }
        out << entry;
    }
    return out;
}

}  // namespace atlas::gis
