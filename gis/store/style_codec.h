#pragma once
// LayerStyle to and from the JSON text stored in the atlas.

#include "core/model/layer_style.h"

#include <QString>

namespace atlas::gis {

QString encodeStyle(const core::LayerStyle& style);
// Unknown or missing keys keep their defaults, so old files keep opening.
core::LayerStyle decodeStyle(const QString& json);

}  // namespace atlas::gis
