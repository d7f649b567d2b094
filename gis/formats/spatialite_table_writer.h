#pragma once
// Writes imported rows into a new SpatiaLite table with its spatial index. The table
// is registered and indexed while empty, its triggers are set aside during the bulk
// insert, and the R*Tree is packed at the end. Runs inside the caller's transaction.

#include "core/model/result.h"
#include "gis/formats/import_plan.h"
#include "gis/formats/row_batch.h"
#include "gis/formats/rtree_bulk_loader.h"

#include <QStringList>
#include <set>
#include <vector>

struct sqlite3_stmt;

namespace atlas::gis {

class SqliteDatabase;

class SpatialiteTableWriter {
public:
    SpatialiteTableWriter(SqliteDatabase& db, const ImportLayerPlan& plan, QString sourceFile);
    ~SpatialiteTableWriter();
    SpatialiteTableWriter(const SpatialiteTableWriter&) = delete;
    SpatialiteTableWriter& operator=(const SpatialiteTableWriter&) = delete;

    core::Status create();
    core::Status write(const RowBatch& batch);
    // Chooses the geometry type from the classes seen (a layer mixing Polygon and
    // MultiPolygon becomes MultiPolygon, 2D and 3D becomes 3D, any other mix becomes
    // GEOMETRY), registers the column and fills the spatial index.
    core::Status finish(const std::set<int>& classes);
    qint64 rowsWritten() const { return m_rows; }

private:
    core::Error sqlError(const QString& where) const;
    core::Status run(const QString& sql);
    SqliteDatabase& m_db;
    const ImportLayerPlan& m_plan;
    QString m_file;
    sqlite3_stmt* m_insert = nullptr;
    qint64 m_rows = 0;
    QStringList m_triggers;  // SpatiaLite's triggers on the table, re-created at the end
    std::vector<RTreeEntry> m_boxes;
};

}  // namespace atlas::gis
