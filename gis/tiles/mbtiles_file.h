#pragma once
// Reads what an MBTiles file says about itself (name, attribution, zoom levels, tile
// format) so that it can be added as an offline basemap, and refuses other files with
// the reason.

#include "core/model/basemap_spec.h"
#include "core/model/result.h"

#include <QString>

namespace atlas::gis {

struct MbtilesInfo {
    QString name;  // metadata "name", else the file's base name
    core::BasemapSpec spec;
};

core::Result<MbtilesInfo> readMbtiles(const QString& path);

}  // namespace atlas::gis
