#pragma once
// The raster options of `atlas-cli layer style`: render type, band, range, ramp, shading and the light
// of the hillshade, so that scripts style a DEM or a scan as the desktop does.

#include "core/model/layer_spec.h"

#include <QCommandLineParser>

namespace atlas::cli {

void addRasterStyleOptions(QCommandLineParser& parser);
// Applies the options that are set to `layer`; returns 0, or the exit status after printing why
// (a value out of range, a raster option on a vector layer, a band the file does not have).
int applyRasterStyleOptions(const QCommandLineParser& parser, const QString& atlasPath, core::LayerSpec& layer);
// "hillshade of band 1", "ramp Terrain over 20 – 170 (shaded)": what the style now draws.
QString describeRasterStyle(const core::RasterStyle& style);

}  // namespace atlas::cli
