#include "core/model/default_styles.h"

#include <array>

namespace atlas::core {

LayerStyle defaultLayerStyle(int n, bool polygon)
{
    // Colour-blind-safe hues (Okabe-Ito) for strokes and markers.
    static const std::array<QColor, 7> hues = {QColor(0, 114, 178), QColor(213, 94, 0),  QColor(0, 158, 115),
                                                QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                                                QColor(120, 120, 120)};
    const QColor hue = hues[std::size_t(n) % hues.size()];
    LayerStyle s;
    // Rounded to 8 bits per channel, as the atlas stores colours, so a style reloads equal.
    s.stroke = QColor::fromRgba((polygon ? hue.darker(130) : hue.darker(150)).rgba());
    s.fill = hue;
    if (polygon)
        s.fill.setAlpha(70);
    s.strokeWidth = polygon ? 0.8 : 1.0;
    return s;
}

}  // namespace atlas::core
