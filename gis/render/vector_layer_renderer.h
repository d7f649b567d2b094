#pragma once
// Draws one vector layer into an image: reprojects, maps to pixels, paints features.

#include "core/model/result.h"
#include "gis/datasource/layer_source.h"
#include "gis/render/map_settings.h"
#include "gis/render/render_layer.h"

#include <QImage>
#include <atomic>

namespace atlas::gis {

class LabelPlacer;

struct VectorRenderStats {
    qint64 featuresRead = 0;
    qint64 featuresDrawn = 0;
};

class VectorLayerRenderer {
public:
    VectorLayerRenderer(const RenderLayer& layer, const MapSettings& settings, LabelPlacer* labels);

    // The request that selects what the frame shows of `source` (its extent in the
    // layer's CRS, the label field when labels show); a null filter means nothing falls in the frame.
    core::Result<FeatureRequest> requestFor(const LayerSource& source) const;
    // Whether the frame's scale shows the layer's labels (it has a label field and the scale is in range).
    bool labelsShown() const;

    // Draws the features of `request` into `target` (same size as the settings' output).
    // Stops early when `cancel` becomes true.
    core::Result<VectorRenderStats> render(LayerSource& source, const FeatureRequest& request, QImage& target,
                                           const std::atomic<bool>& cancel);

private:
    RenderLayer m_layer;
    MapSettings m_settings;
    LabelPlacer* m_labels;
};

}  // namespace atlas::gis
