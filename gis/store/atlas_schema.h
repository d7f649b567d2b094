#pragma once
// The .atlas schema: versioned, upgraded forward by numbered migrations.

#include "core/model/result.h"

namespace atlas::gis {

class SqliteDatabase;

// The schema version this build writes.
int latestAtlasSchemaVersion();
// The version stored in the file; 0 when it has no version table.
int atlasSchemaVersion(SqliteDatabase& db);
// Applies every missing migration, each in its own transaction. Refuses a file
// written by a newer version, and leaves the file as it was when a step fails.
core::Status migrateAtlasSchema(SqliteDatabase& db);

}  // namespace atlas::gis
