#pragma once
// The value range of a raster band, for stretches and ramps: GDAL's approximate min/max (from an overview or
// a sample of blocks), remembered per file version so that each frame does not read it again.

#include "core/model/result.h"

#include <QString>

typedef void* GDALDatasetH;

namespace atlas::gis {

struct BandRange {
    double minimum = 0;
    double maximum = 0;
};

// `band` is 1-based. Nodata is left out. Errors name the file and band.
core::Result<BandRange> bandRange(GDALDatasetH dataset, const QString& path, int band);
// Opens the file itself: for callers without a dataset (the style dialog, the legend), off the UI thread.
core::Result<BandRange> bandRange(const QString& path, int band);
// How many bands the raster has; 0 if it cannot be opened.
int rasterBandCount(const QString& path);

}  // namespace atlas::gis
