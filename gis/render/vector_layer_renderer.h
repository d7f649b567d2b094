#pragma once
// Draws one vector layer into an image: reprojects, maps to pixels, paints features.

#include "core/model/result.h"
#include "gis/render/map_settings.h"
#include "gis/render/render_layer.h"

#include <QImage>
#include <atomic>

namespace atlas::gis {

class LabelPlacer;
class LayerSource;

struct VectorRenderStats {
    qint64 featuresRead = 0;
    qint64 featuresDrawn = 0;
};

class VectorLayerRenderer {
public:
    VectorLayerRenderer(const RenderLayer& layer, const MapSettings& settings, LabelPlacer* labels);

    // Draws into `target` (same size as the settings' output). Stops early when
    // `cancel` becomes true; returns the reason on failure.
    core::Result<VectorRenderStats> render(LayerSource& source, QImage& target,
                                           const std::atomic<bool>& cancel);

private:
    RenderLayer m_layer;
    MapSettings m_settings;
    LabelPlacer* m_labels;
};

}  // namespace atlas::gis
