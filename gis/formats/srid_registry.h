#pragma once
// Finds or adds the SpatiaLite SRID of a CRS in an atlas (its spatial_ref_sys table).

#include "core/model/result.h"

typedef void* OGRSpatialReferenceH;

namespace atlas::gis {

class SqliteDatabase;

// The SRID for `crs`: its EPSG code when it has one, otherwise an atlas-local number
// above 900000 recorded with its WKT. Runs inside the caller's transaction.
core::Result<int> ensureSrid(SqliteDatabase& db, OGRSpatialReferenceH crs);

}  // namespace atlas::gis
