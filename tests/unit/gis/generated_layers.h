#pragma once
// Synthetic layers like those of ../shared/bench/gen_data.py (same shapes and area, any
// size), written as GeoPackages through GDAL: big real files for render and speed tests.

#include <QString>

namespace atlas::test {

enum class GeneratedKind { Points, Polygons, Lines };

// The area the layers cover (EPSG:4326): lon 2.0-3.5, lat 50.3-51.4.
inline constexpr double kGeneratedXMin = 2.0, kGeneratedXMax = 3.5, kGeneratedYMin = 50.3, kGeneratedYMax = 51.4;

// Writes `count` features of `kind` (deterministic for a seed) with a "category" field of
// four values into a new GeoPackage at `path`; returns false on failure.
bool writeGeneratedLayer(const QString& path, GeneratedKind kind, int count, unsigned seed = 1);

}  // namespace atlas::test
