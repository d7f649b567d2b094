#pragma once
// Fills an empty SQLite R*Tree in one go: entries packed by Sort-Tile-Recursive and
// written straight into its node tables, instead of a million one-by-one inserts.

#include "core/model/result.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace atlas::gis {

class SqliteDatabase;

struct RTreeEntry {
    std::int64_t id;
    double minX, minY, maxX, maxY;
};

// `rtree` is a 2D rtree virtual table (SpatiaLite's idx_<table>_<column>) with no
// entries yet. Runs inside the caller's transaction; `rtreecheck()` accepts the result.
core::Status bulkLoadRTree(SqliteDatabase& db, const QString& rtree, std::vector<RTreeEntry> entries);

}  // namespace atlas::gis
