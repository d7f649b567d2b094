#pragma once
// How a raster layer is drawn: its own colours (RGB or stretched grey), a band stretched in grey, a band through a
// colour ramp (optionally shaded by the relief), or a hillshade of an elevation band.

#include <QString>

namespace atlas::core {

enum class RasterRender { Auto, Grey, Ramp, Hillshade };

const char* rasterRenderName(RasterRender render);  // "auto", "grey", "ramp", "hillshade"
bool rasterRenderFromName(const QString& name, RasterRender& render);

struct RasterStyle {
    RasterRender render = RasterRender::Auto;
    int band = 1;  // 1-based, for grey, ramp and hillshade
    // The values put at the ends of the grey stretch or the ramp; without a custom range, the band's own min..max.
    bool customRange = false;
    double minimum = 0;
    double maximum = 0;
    QString ramp = QStringLiteral("Terrain");  // a sequential ramp of core/model/colour_ramp
    bool shade = false;                        // ramp: darkened by the hillshade, for a shaded relief
    // Hillshade: where the light comes from (degrees clockwise from north, degrees above the horizon)
    // and the exaggeration of heights.
    double azimuth = 315;
    double altitude = 45;
    double zFactor = 1;

    bool operator==(const RasterStyle&) const = default;
};

}  // namespace atlas::core
