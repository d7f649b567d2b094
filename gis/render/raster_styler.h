#pragma once
// Turns one band of values, already resampled to the map frame, into the pixels of a grey stretch, a colour
// ramp, a hillshade or a ramp shaded by the relief. Pure: no GDAL, so it is tested on plain grids.

#include "core/model/raster_style.h"

#include <QImage>
#include <cstdint>
#include <vector>

namespace atlas::gis {

// A band read for one frame, with `border` extra pixels on each side so that a hillshade has the
// neighbours of the edge pixels and tiles of a map meet without seams.
struct RasterGrid {
    int width = 0;   // with the border
    int height = 0;  // with the border
    int border = 0;
    std::vector<float> values;    // row by row, top first
    std::vector<uint8_t> valid;   // 0 where nodata (or outside the data)
    // Ground size of a cell in metres; per row, because in a geographic CRS a degree of longitude
    // shrinks towards the poles.
    std::vector<double> cellWidth;
    double cellHeight = 1;

    float at(int x, int y) const { return values[std::size_t(y) * width + x]; }
    bool isValid(int x, int y) const { return valid[std::size_t(y) * width + x] != 0; }
};

// Light on a slope, 0 (in shadow) to 1 (facing the sun), from Horn's 3×3 gradient at (x, y) of `grid`.
// Invalid neighbours count as the centre's value, so a nodata hole does not draw a cliff.
float hillshadeAt(const RasterGrid& grid, int x, int y, const core::RasterStyle& style);

// The image of the grid without its border, premultiplied ARGB32; nodata is transparent.
// `minimum`..`maximum` are the values at the ends of the grey stretch or the ramp.
QImage styleRaster(const RasterGrid& grid, const core::RasterStyle& style, double minimum, double maximum);

// The ramp colour of `value` between `minimum` and `maximum` (clamped), as styleRaster draws it.
QRgb rampColourOf(const QString& ramp, double value, double minimum, double maximum);

}  // namespace atlas::gis
