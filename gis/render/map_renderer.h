#pragma once
// Renders a list of layers into one image, layer by layer, bottom first. Runs on any
// thread: every data source is opened here, by the calling thread.

#include "core/model/error.h"
#include "gis/render/map_settings.h"
#include "gis/render/render_layer.h"

#include <QImage>
#include <QList>
#include <atomic>

namespace atlas::gis {

struct RenderResult {
    QImage image;
    MapSettings settings;
    QList<core::Error> errors;  // one per layer that could not be drawn
    QList<core::Error> warnings;  // layers drawn, but not quite as styled (a missing icon)
    bool cancelled = false;
    qint64 elapsedMs = 0;
    qint64 featuresDrawn = 0;
};

RenderResult renderMap(const QList<RenderLayer>& layers, const MapSettings& settings,
                       const std::atomic<bool>& cancel);

}  // namespace atlas::gis
