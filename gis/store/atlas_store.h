#pragma once
// Reads and writes the atlas document in its SpatiaLite file (*.atlas).

#include "core/model/atlas_document.h"
#include "core/model/result.h"

#include <QString>

namespace atlas::gis {

// Creates a new, empty atlas file. Refuses to overwrite an existing non-empty file.
core::Status createAtlas(const QString& path, const core::AtlasDocument& doc);
// True when `path` is an SQLite file holding an atlas (cheap check, changes nothing).
bool isAtlasFile(const QString& path);
// Opens, upgrades the schema if needed, and reads the document. External layer
// paths come back absolute.
core::Result<core::AtlasDocument> loadAtlas(const QString& path);
// Writes the document into the existing atlas at `path` in one transaction.
// Layers no longer in the document are kept as tombstones.
core::Status saveAtlas(const QString& path, const core::AtlasDocument& doc);
// Copies the atlas at `from` (with the tables it owns) to `to`, then saves `doc` there;
// relative layer paths are recomputed for the new folder.
core::Status saveAtlasAs(const QString& from, const QString& to, const core::AtlasDocument& doc);

}  // namespace atlas::gis
