#pragma once
// Fixture data shared by the gis tests: small layers around Lille and helpers that
// look inside files the way an outside tool would (raw SQL, GDAL).

#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QString>

namespace atlas::test {

// Lille in WGS 84 and its Lambert-93 (EPSG:2154) position from `cs2cs EPSG:4326 EPSG:2154`.
inline constexpr double kLilleLon = 3.0573, kLilleLat = 50.6292;

// Two polygon zones (one with a hole) around Lille, with a "name" field.
QByteArray zonesGeoJson();
// Three named places (points) in Nord.
QByteArray placesGeoJson();

// Converts `source` to a GeoPackage at `target` with GDAL; returns false on failure.
bool writeGeoPackage(const QString& source, const QString& target);

// First column of the first row of `sql` on the SQLite file (opened read-only), or
// "<...>" saying what failed, so that a CHECK on it prints the reason.
QString sqlText(const QString& databasePath, const QString& sql);

}  // namespace atlas::test
