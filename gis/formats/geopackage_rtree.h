#pragma once
// Gives a GeoPackage table its spatial index (the gpkg_rtree_index extension) with the
// R*Tree packed in one go, where GDAL 3.6 would insert its entries one by one.

#include "core/model/result.h"

#include <QString>

namespace atlas::gis {

// `table` must have no spatial index yet (written with SPATIAL_INDEX=NO).
core::Status addGeoPackageSpatialIndex(const QString& gpkgPath, const QString& table);

}  // namespace atlas::gis
