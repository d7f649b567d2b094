#pragma once
// An XYZ or WMTS basemap as a GDAL dataset: the WMS driver's TMS description (Web Mercator,
// one level per zoom) with its tiles kept on disk, so that rendering it is reading a
// raster and tiles already fetched draw without the network.

#include "core/model/basemap_spec.h"

#include <QString>

namespace atlas::gis {

// Where fetched tiles are kept: $ATLAS_TILE_CACHE if set, else the user's cache folder.
QString defaultTileCacheDir();

// The GDAL connection string (an inline <GDAL_WMS> or <GDAL_WMTS> document) for an XYZ or
// WMTS basemap whose tiles are cached under `cacheDir`.
QString tileServiceDataset(const core::BasemapSpec& spec, const QString& cacheDir);

}  // namespace atlas::gis
