#pragma once
// Builds the overviews (reduced copies) of a raster file so that zoomed-out frames of a
// large GeoTIFF read a few pixels instead of all of them; meant for a worker thread,
// with progress and cancel. A read-only file gets a .ovr beside it.

#include "core/model/result.h"

#include <QSize>
#include <QString>
#include <atomic>
#include <functional>

namespace atlas::gis {

// The raster's width and height in pixels; empty if it cannot be opened.
QSize rasterSize(const QString& path);
// How many overview levels the first band of the raster has; -1 if it cannot be opened.
int overviewCount(const QString& path);

// Levels 2, 4, 8… until the smaller side is under 256 pixels, averaged. `progress` gets
// 0..1. A cancel stops GDAL and removes a .ovr it had started.
core::Status buildOverviews(const QString& path, const std::atomic<bool>& cancel,
                            const std::function<void(double)>& progress = {});

}  // namespace atlas::gis
