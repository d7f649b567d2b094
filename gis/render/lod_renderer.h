#pragma once
// Draws a level-of-detail copy of a layer into an image, in horizontal bands, one per
// core: each band is drawn by its own thread in feature order, so no compositing is needed.

#include "core/model/layer_style.h"
#include "gis/render/lod_layer.h"
#include "gis/render/map_settings.h"
#include "gis/render/vector_layer_renderer.h"

#include <QImage>
#include <atomic>

namespace atlas::gis {

// `target` is premultiplied ARGB32 of the settings' output size. Stops early on cancel.
VectorRenderStats drawLodLayer(const LodLayer& lod, const core::LayerStyle& style, const MapSettings& settings,
                               QImage& target, const std::atomic<bool>& cancel);

}  // namespace atlas::gis
