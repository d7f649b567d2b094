#pragma once
// Turns a data file into ready-to-add layer specs (one per drawable layer).

#include "core/model/layer_spec.h"
#include "core/model/result.h"

#include <QList>

namespace atlas::gis {

// Probes `path` and returns a spec per layer, named after the file (and layer),
// styled from the default palette starting at `styleIndex`.
core::Result<QList<core::LayerSpec>> layerSpecsFromFile(const QString& path, int styleIndex);

}  // namespace atlas::gis
