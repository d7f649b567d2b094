#pragma once
// How a layer joins the map: whether its style shows it at the frame's scale, how its image is
// blended over the layers below, and how its labels rank; shared by the map and the print.

#include "core/model/layer_style.h"
#include "gis/render/map_settings.h"

#include <QPainter>

namespace atlas::gis {

// False when the frame's scale is outside the layer's scale range.
bool layerShownAt(const core::LayerStyle& style, const MapSettings& settings);
// False when the layer has no label field or the frame's scale is outside the label range.
bool labelsShownAt(const core::LayerStyle& style, const MapSettings& settings);
QPainter::CompositionMode compositionModeOf(core::BlendMode blend);

}  // namespace atlas::gis
