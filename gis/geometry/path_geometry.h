#pragma once
// A feature geometry flattened for drawing: one coordinate array and the parts over it.

#include "core/model/extent.h"

#include <cstdint>
#include <vector>

namespace atlas::gis {

enum class PartRole : std::uint8_t { Point, Line, OuterRing, InnerRing };

struct GeometryPart {
    std::uint32_t begin = 0;  // first point index
    std::uint32_t end = 0;    // one past the last point index
    PartRole role = PartRole::Point;
};

struct PathGeometry {
    std::vector<double> xy;  // interleaved x,y
    std::vector<GeometryPart> parts;

    bool isEmpty() const { return parts.empty(); }
    std::size_t pointCount() const { return xy.size() / 2; }
    void clear()
    {
        xy.clear();
        parts.clear();
    }
    // Appends a part from interleaved coordinates.
    void addPart(PartRole role, const double* coords, std::size_t pointCount);
    core::Extent extent() const;
    bool hasPolygon() const;
};

}  // namespace atlas::gis
