#pragma once
// A generated elevation model for the raster tests: a gaussian hill on flat lowland in Lambert-93, with a
// square nodata hole, written as a Float32 GeoTIFF through GDAL (no data files to download or commit).

#include "core/model/extent.h"

#include <QString>

namespace atlas::test {

struct Dem {
    static constexpr double kCell = 25;  // metres
    static constexpr double kOriginX = 650000, kOriginY = 7070000;  // top-left corner, near Cassel
    static constexpr float kNoData = -9999;
    static constexpr double kBase = 20, kHeight = 150;  // lowland and hill height, metres

    int size = 101;  // pixels on each side

    // The elevation written at pixel (col, row) (top row first), or kNoData in the hole.
    float value(int col, int row) const;
    bool inHole(int col, int row) const;  // a 5×5 square in the north-east quarter
    core::Extent extent() const;
    // Writes the GeoTIFF; false (with GDAL's reason in `error`) on failure.
    bool write(const QString& path, QString* error = nullptr) const;
};

}  // namespace atlas::test
