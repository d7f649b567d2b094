#pragma once
// Draws the layers of a printed map with a QPainter as paths, so a PDF keeps them as
// vectors: areas filled and outlined, lines stroked, points as marker shapes, each in
// its style (categories and classes included), labels as text; raster layers as images.

#include "core/model/error.h"
#include "gis/render/map_settings.h"
#include "gis/render/render_layer.h"

#include <QList>
#include <QRectF>
#include <atomic>

class QPainter;

namespace atlas::gis {

struct VectorMapResult {
    qint64 featuresDrawn = 0;
    QList<core::Error> errors;  // one per layer that could not be drawn
    bool cancelled = false;
};

// Draws into `frame` (device units of `painter`); `settings` is the map fitted to that
// frame (its output size in the same units, its dpi the device's).
VectorMapResult paintVectorMap(QPainter& painter, const QRectF& frame, const QList<RenderLayer>& layers,
                               const MapSettings& settings, const std::atomic<bool>& cancel);

}  // namespace atlas::gis
