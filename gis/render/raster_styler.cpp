#include "gis/render/raster_styler.h"

#include "core/model/colour_ramp.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace atlas::gis {
namespace {

constexpr int kLevels = 256;

std::array<QRgb, kLevels> rampTable(const QString& ramp)
{
    std::array<QRgb, kLevels> table{};
    const QList<QColor> colours = core::rampColours(ramp, kLevels);
    for (int i = 0; i < kLevels; ++i)
        table[std::size_t(i)] = colours[i].rgb();
    return table;
}

int levelOf(double value, double minimum, double maximum)
{
    const double span = maximum - minimum;
    const double t = span > 0 ? (value - minimum) / span : 0.5;
    return int(std::lround(std::clamp(t, 0.0, 1.0) * (kLevels - 1)));
}

QRgb scaled(QRgb c, double factor)
{
    auto ch = [factor](int v) { return std::clamp(int(std::lround(v * factor)), 0, 255); };
    return qRgb(ch(qRed(c)), ch(qGreen(c)), ch(qBlue(c)));
}

// The sun as a unit vector (east, north, up).
struct Light {
    double east, north, up;
};

Light lightOf(const core::RasterStyle& style)
{
    const double az = style.azimuth * std::numbers::pi / 180, alt = style.altitude * std::numbers::pi / 180;
    return {std::sin(az) * std::cos(alt), std::cos(az) * std::cos(alt), std::sin(alt)};
}

float shade(const RasterGrid& grid, int x, int y, double zFactor, const Light& sun)
{
    const float centre = grid.at(x, y);
    auto v = [&](int dx, int dy) {
        const int xx = x + dx, yy = y + dy;
        if (xx < 0 || yy < 0 || xx >= grid.width || yy >= grid.height || !grid.isValid(xx, yy))
            return double(centre);
        return double(grid.at(xx, yy));
    };
    const double a = v(-1, -1), b = v(0, -1), c = v(1, -1);
    const double d = v(-1, 0), f = v(1, 0);
    const double g = v(-1, 1), h = v(0, 1), i = v(1, 1);
    const double cellWidth = std::max(grid.cellWidth[std::size_t(y)], 1e-9);
    const double cellHeight = std::max(grid.cellHeight, 1e-9);
    // Rows run southwards: the top row is the northern one.
    const double dzEast = ((c + 2 * f + i) - (a + 2 * d + g)) / (8 * cellWidth) * zFactor;
    const double dzNorth = ((a + 2 * b + c) - (g + 2 * h + i)) / (8 * cellHeight) * zFactor;
    const double norm = std::sqrt(dzEast * dzEast + dzNorth * dzNorth + 1);
    const double lit = (-dzEast * sun.east - dzNorth * sun.north + sun.up) / norm;
    return float(std::max(0.0, lit));
}

}  // namespace

float hillshadeAt(const RasterGrid& grid, int x, int y, const core::RasterStyle& style)
{
    return shade(grid, x, y, style.zFactor, lightOf(style));
}

QRgb rampColourOf(const QString& ramp, double value, double minimum, double maximum)
{
    return rampTable(ramp)[std::size_t(levelOf(value, minimum, maximum))];
}

QImage styleRaster(const RasterGrid& grid, const core::RasterStyle& style, double minimum, double maximum)
{
    const int b = grid.border;
    const int w = grid.width - 2 * b, h = grid.height - 2 * b;
    if (w <= 0 || h <= 0)
        return {};
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    const bool ramp = style.render == core::RasterRender::Ramp;
    const bool hillshade = style.render == core::RasterRender::Hillshade;
    const bool shaded = hillshade || (ramp && style.shade);
    const std::array<QRgb, kLevels> table = ramp ? rampTable(style.ramp) : std::array<QRgb, kLevels>{};
    const Light sun = lightOf(style);
    const float flatLight = float(std::max(sun.up, 0.05));  // what level ground receives
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int gx = x + b, gy = y + b;
            const float v = grid.at(gx, gy);
            if (!grid.isValid(gx, gy) || std::isnan(v)) {
                line[x] = 0;
                continue;
            }
            const float light = shaded ? shade(grid, gx, gy, style.zFactor, sun) : 1.0f;
            if (hillshade) {
                const int g = int(std::lround(light * 255));
                line[x] = qRgb(g, g, g);
            } else if (ramp) {
                const QRgb c = table[std::size_t(levelOf(v, minimum, maximum))];
                // Flat ground keeps its tint exactly; slopes away from the sun darken, slopes facing it lighten.
                line[x] = style.shade ? scaled(c, std::clamp(light / flatLight, 0.25f, 1.3f)) : c;
            } else {
                const int g = levelOf(v, minimum, maximum);
                line[x] = qRgb(g, g, g);
            }
        }
    }
    return image;
}

}  // namespace atlas::gis
