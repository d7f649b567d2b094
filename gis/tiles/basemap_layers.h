#pragma once
// Makes basemap layers (from a preset, an XYZ URL template, a WMTS layer or an MBTiles file) and puts
// them under an atlas's data layers; the same rules for the desktop and atlas-cli.

#include "core/model/atlas_document.h"
#include "core/model/result.h"
#include "gis/tiles/wmts_capabilities.h"

#include <QString>

namespace atlas::gis {

core::Result<core::LayerSpec> presetBasemapLayer(const QString& presetId);
core::Result<core::LayerSpec> xyzBasemapLayer(const QString& name, const QString& url, const QString& attribution,
                                              int maxZoom = 19);
core::Result<core::LayerSpec> mbtilesBasemapLayer(const QString& path);
// A layer of a WMTS service: its capabilities are fetched (network or file), checked and
// kept under `cacheDir` so that it draws offline later. An empty `matrixSet` takes the
// layer's first; an empty `name` its title.
core::Result<core::LayerSpec> wmtsBasemapLayer(const QString& name, const QString& capabilitiesUrl,
                                               const QString& layerId, const QString& matrixSet,
                                               const QString& attribution, const QString& cacheDir);
// The same from capabilities already fetched (the desktop fetches them in a worker).
core::Result<core::LayerSpec> wmtsBasemapLayer(const QString& name, const QString& capabilitiesUrl,
                                               const QList<WmtsLayerInfo>& layers, const QString& layerId,
                                               const QString& matrixSet, const QString& attribution);

// Inserts `layer` above the basemaps already at the bottom and under every data layer;
// returns its index.
int insertBasemap(core::AtlasDocument& doc, const core::LayerSpec& layer);

}  // namespace atlas::gis
