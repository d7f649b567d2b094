#pragma once
// LayerStyle to and from the JSON text stored in the atlas.

#include "core/model/layer_style.h"

#include <QString>

namespace atlas::gis {

// An SVG icon file is written relative to `baseDir` (the atlas's folder) when one is given.
QString encodeStyle(const core::LayerStyle& style, const QString& baseDir = {});
// Unknown or missing keys keep their defaults, so old files keep opening; a relative icon path is
// resolved against `baseDir`.
core::LayerStyle decodeStyle(const QString& json, const QString& baseDir = {});

}  // namespace atlas::gis
