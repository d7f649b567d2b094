#pragma once
// BasemapSpec to and from the JSON text stored with a basemap layer in the atlas.

#include "core/model/basemap_spec.h"

#include <QString>

namespace atlas::gis {

QString encodeBasemap(const core::BasemapSpec& spec);
// Missing keys keep their defaults; damaged text gives the default spec.
core::BasemapSpec decodeBasemap(const QString& json);

}  // namespace atlas::gis
