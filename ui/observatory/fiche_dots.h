#pragma once
// The fiches as dots, for views with too many of them for symbols: one image per frame,
// drawn off the UI thread (100,000 dots take tens of milliseconds, more than a frame).

#include "gis/render/map_settings.h"

#include <QImage>
#include <QPointF>
#include <memory>
#include <vector>

namespace atlas::ui {

struct FicheDots {
    QImage image;  // device pixels, transparent but for the dots
    gis::MapSettings settings;  // the frame it was drawn for
};

// A square dot of 3 × `ratio` device pixels on each position (in `settings`' CRS) in view.
FicheDots drawFicheDots(const std::shared_ptr<const std::vector<QPointF>>& positions, const gis::MapSettings& settings,
                        qreal ratio);

}  // namespace atlas::ui
