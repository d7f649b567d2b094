#pragma once
// The style of a layer: fill, stroke (width, dash), marker (shape or SVG icon), the unit of its sizes,
// opacity and blending, the scales it shows at, a label, an optional thematic classification, and for
// rasters how their band(s) are drawn.

#include "core/model/raster_style.h"
#include "core/model/style_classification.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace atlas::core {

enum class MarkerShape { Circle, Square, Triangle, Diamond };
enum class StrokeDash { Solid, Dash, Dot, DashDot };
// Pixels are CSS pixels (1/96 inch), so a style looks the same on screen and on paper.
enum class SizeUnit { Pixels, Millimetres };
enum class BlendMode { Normal, Multiply, Screen, Overlay, Darken, Lighten };

// Scales 1:N at which something is drawn; 0 leaves that end open.
struct ScaleRange {
    double minDenominator = 0;  // hidden when zoomed in closer than 1:minDenominator
    double maxDenominator = 0;  // hidden when zoomed out beyond 1:maxDenominator

    bool isOpen() const { return minDenominator <= 0 && maxDenominator <= 0; }
    bool contains(double denominator) const
    {
        return (minDenominator <= 0 || denominator >= minDenominator) &&
               (maxDenominator <= 0 || denominator <= maxDenominator);
    }
    bool operator==(const ScaleRange&) const = default;
};

struct LayerStyle {
    QColor fill = QColor(120, 160, 200, 160);
    QColor stroke = QColor(40, 60, 90);
    double strokeWidth = 0.6;  // in sizeUnit
    StrokeDash dash = StrokeDash::Solid;
    double markerSize = 7.0;   // in sizeUnit
    SizeUnit sizeUnit = SizeUnit::Pixels;
    MarkerShape marker = MarkerShape::Circle;
    // An SVG icon drawn instead of the shape: a built-in ":/markers/NAME.svg", or a file (absolute
    // in memory, stored relative to the atlas). Empty for the shape.
    QString markerSvg;
    double opacity = 1.0;  // 0..1, applied to the whole layer
    BlendMode blend = BlendMode::Normal;  // how the layer's image is laid over those below
    ScaleRange visibleScales;
    QString labelField;    // attribute shown as a label; empty for none
    int labelPriority = 0;  // higher wins a collision with labels of other layers
    ScaleRange labelScales;
    // Categories or classes recolour features; fill/stroke above stay for unmatched and NULL values.
    StyleClassification thematic;
    RasterStyle raster;  // raster layers only

    // Device pixels per unit of strokeWidth/markerSize at `dpi`.
    double pixelsPerUnit(double dpi) const { return sizeUnit == SizeUnit::Millimetres ? dpi / 25.4 : dpi / 96.0; }

    bool operator==(const LayerStyle&) const = default;
};

// Names used in the atlas file, on the command line and in web bundles; the *FromName functions
// return false (and leave `out` alone) for anything else; the *Names lists are in enum order.
const char* markerShapeName(MarkerShape m);
bool markerShapeFromName(const QString& name, MarkerShape& out);
const char* strokeDashName(StrokeDash d);
bool strokeDashFromName(const QString& name, StrokeDash& out);
const char* sizeUnitName(SizeUnit u);
bool sizeUnitFromName(const QString& name, SizeUnit& out);
const char* blendModeName(BlendMode b);
bool blendModeFromName(const QString& name, BlendMode& out);
QStringList markerShapeNames();
QStringList strokeDashNames();
QStringList sizeUnitNames();
QStringList blendModeNames();

}  // namespace atlas::core
