#pragma once
// Makes basemap layers (from a preset, an XYZ URL template or an MBTiles file) and puts
// them under an atlas's data layers; the same rules for the desktop and atlas-cli.

#include "core/model/atlas_document.h"
#include "core/model/result.h"

#include <QString>

namespace atlas::gis {

core::Result<core::LayerSpec> presetBasemapLayer(const QString& presetId);
core::Result<core::LayerSpec> xyzBasemapLayer(const QString& name, const QString& url, const QString& attribution,
                                              int maxZoom = 19);
core::Result<core::LayerSpec> mbtilesBasemapLayer(const QString& path);

// Inserts `layer` above the basemaps already at the bottom and under every data layer;
// returns its index.
int insertBasemap(core::AtlasDocument& doc, const core::LayerSpec& layer);

}  // namespace atlas::gis
