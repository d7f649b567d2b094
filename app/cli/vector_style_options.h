#pragma once
// The cartographic options of `atlas-cli layer style` beyond colours and sizes: marker shape or SVG icon,
// stroke dash, size unit, blend mode, the scales a layer and its labels show at, and label priority.

#include "core/model/layer_spec.h"

#include <QCommandLineParser>

namespace atlas::cli {

void addVectorStyleOptions(QCommandLineParser& parser);
// Applies the options that are set to `layer`'s style; returns 0, or the exit status after printing why
// (an unknown name, an icon file that is missing or not SVG, a scale range out of order).
int applyVectorStyleOptions(const QCommandLineParser& parser, core::LayerSpec& layer);

}  // namespace atlas::cli
