#pragma once
// Distinct default styles for newly added layers, so that two layers never look alike.

#include "core/model/layer_style.h"

namespace atlas::core {

// The n-th style of the palette; `polygon` layers get a translucent fill.
LayerStyle defaultLayerStyle(int n, bool polygon);

}  // namespace atlas::core
