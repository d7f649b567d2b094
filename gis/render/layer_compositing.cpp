#include "gis/render/layer_compositing.h"

namespace atlas::gis {

bool layerShownAt(const core::LayerStyle& style, const MapSettings& settings)
{
    return style.visibleScales.isOpen() || style.visibleScales.contains(settings.scaleDenominator());
}

bool labelsShownAt(const core::LayerStyle& style, const MapSettings& settings)
{
    return !style.labelField.isEmpty() &&
           (style.labelScales.isOpen() || style.labelScales.contains(settings.scaleDenominator()));
}

QPainter::CompositionMode compositionModeOf(core::BlendMode blend)
{
    switch (blend) {
    case core::BlendMode::Multiply: return QPainter::CompositionMode_Multiply;
    case core::BlendMode::Screen: return QPainter::CompositionMode_Screen;
    case core::BlendMode::Overlay: return QPainter::CompositionMode_Overlay;
    case core::BlendMode::Darken: return QPainter::CompositionMode_Darken;
    case core::BlendMode::Lighten: return QPainter::CompositionMode_Lighten;
    case core::BlendMode::Normal: break;
    }
    return QPainter::CompositionMode_SourceOver;
}

}  // namespace atlas::gis
