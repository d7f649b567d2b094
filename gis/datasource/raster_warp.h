#pragma once
// Resamples a GDAL raster to a map frame (extent, pixel size, CRS) in memory, honouring its nodata,
// and reads one band of it as values for styling (with a border of extra pixels for the hillshade).

#include "core/model/extent.h"
#include "core/model/result.h"
#include "gis/render/raster_styler.h"

#include <QSize>
#include <QStringList>
#include <atomic>

typedef void* GDALDatasetH;

namespace atlas::gis {

// A MEM dataset of `size` pixels over `extent` in `crs` with an alpha band after the data bands
// (0 where there is no data), or an error; `extraArgs` go to gdalwarp (e.g. "-ot Float32").
core::Result<GDALDatasetH> warpToFrame(GDALDatasetH source, const QString& path, const core::Extent& extent,
                                       QSize size, const QString& crs, const QStringList& extraArgs,
                                       const std::atomic<bool>* cancel);

// Band `band` (1-based) of `source` over the frame widened by `border` pixels on each side, with
// the ground size of its cells in metres (a geographic `crs` is converted at each row's latitude).
core::Result<RasterGrid> readBandGrid(GDALDatasetH source, const QString& path, const core::Extent& extent,
                                      QSize size, const QString& crs, int band, int border,
                                      const std::atomic<bool>* cancel);

}  // namespace atlas::gis
