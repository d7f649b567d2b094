#pragma once
// Reads (ISO, OGC or extended) WKB and GeoPackage geometry blobs straight into a
// PathGeometry, without building intermediate geometry objects.

#include "gis/geometry/path_geometry.h"

#include <cstddef>
#include <cstdint>

namespace atlas::gis {

// Appends the geometry in `wkb` to `out`; false if the bytes are not valid WKB.
// Z and M values are read past and dropped.
bool appendWkb(const std::uint8_t* wkb, std::size_t size, PathGeometry& out);

// A GeoPackage binary geometry (header "GP", envelope, then WKB).
bool appendGpkgBlob(const std::uint8_t* blob, std::size_t size, PathGeometry& out);

}  // namespace atlas::gis
