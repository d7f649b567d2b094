#pragma once
// The style of a layer: fill, stroke, marker, opacity, label, an optional thematic classification, and
// for rasters how their band(s) are drawn.

#include "core/model/raster_style.h"
#include "core/model/style_classification.h"

#include <QColor>
#include <QString>

namespace atlas::core {

enum class MarkerShape { Circle, Square, Triangle, Diamond };

struct LayerStyle {
    QColor fill = QColor(120, 160, 200, 160);
    QColor stroke = QColor(40, 60, 90);
    double strokeWidth = 0.6;  // pixels at 96 dpi
    double markerSize = 7.0;   // pixels at 96 dpi
    MarkerShape marker = MarkerShape::Circle;
    double opacity = 1.0;  // 0..1, applied to the whole layer
    QString labelField;    // attribute shown as a label; empty for none
    // Categories or classes recolour features; fill/stroke above stay for unmatched and NULL values.
    StyleClassification thematic;
    RasterStyle raster;  // raster layers only

    bool operator==(const LayerStyle&) const = default;
};

}  // namespace atlas::core
