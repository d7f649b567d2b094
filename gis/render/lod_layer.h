#pragma once
// A vector layer simplified for coarse frames and held compactly in memory: geometries
// in the map CRS, simplified to a tolerance and quantized to int32, with each feature's symbol.

#include "core/model/extent.h"
#include "core/model/result.h"
#include "gis/datasource/layer_source.h"
#include "gis/geometry/path_geometry.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <vector>

namespace atlas::gis {

class CrsTransform;
class ThematicLookup;

struct LodLayer {
    // Map CRS position of quantized (qx, qy): origin + q * quantum.
    double originX = 0, originY = 0;
    double quantum = 1;
    double tolerance = 1;  // map units; frames whose pixel is at least twice this may use it

    // When every feature is one point, feature i is point i and the part and box arrays stay empty.
    bool pointsOnly = true;
    std::vector<std::int32_t> xy;            // interleaved quantized coordinates
    std::vector<std::uint32_t> partEnd;      // one past each part's last point
    std::vector<PartRole> partRole;
    std::vector<std::uint32_t> featureEnd;   // one past each feature's last part
    std::vector<std::int32_t> featureBox;    // xmin, ymin, xmax, ymax (quantized) per feature
    std::vector<std::uint16_t> symbol;       // per feature; empty when all use symbol 0

    std::size_t featureCount() const { return pointsOnly ? xy.size() / 2 : featureEnd.size(); }
    std::size_t bytes() const;
    // Appends the features of `other` (same origin and quantum), after this one's.
    void append(const LodLayer& other);
    // Switches a points-only layer to parts and boxes.
    void makeGeneral();
};

struct LodBuildParams {
    double tolerance = 1;          // map units
    double originX = 0, originY = 0;
    int thematicField = -1;        // index in the request's fields, -1 for a single symbol
    const ThematicLookup* lookup = nullptr;
    std::size_t byteBudget = 0;    // the build gives up past this size
};

// Reads every feature `request` selects from `source`, maps it to the map CRS through
// `transform` and simplifies it. Fails when cancelled or over budget.
core::Result<LodLayer> buildLodLayer(LayerSource& source, const FeatureRequest& request, const CrsTransform& transform,
                                     const LodBuildParams& params, const std::atomic<bool>& cancel);

}  // namespace atlas::gis
