#pragma once
// Fast reading of GeoPackage and SpatiaLite tables: SQL straight on the file, the
// R-tree for the frame, geometry blobs parsed in place. Metadata comes from OGR.

#include "gis/datasource/layer_source.h"
#include "gis/datasource/ogr_vector_source.h"

#include <utility>

namespace atlas::gis {

class SqliteDatabase;

class SqliteVectorSource final : public LayerSource {
public:
    // Wraps `ogr` when its layer is a plain GeoPackage or SpatiaLite table, read through `db`,
    // a read-only connection to the same file opened before `ogr`, whose PRAGMA data_version
    // was `dataVersion` then; otherwise (or with no `db`) returns `ogr` itself unchanged.
    static std::unique_ptr<LayerSource> wrap(std::unique_ptr<OgrVectorSource> ogr, std::unique_ptr<SqliteDatabase> db,
                                             qint64 dataVersion);
    // A read-only connection if `path` is an SQLite file, with its data_version.
    static std::pair<std::unique_ptr<SqliteDatabase>, qint64> openEarly(const QString& path);
    ~SqliteVectorSource() override;

    core::LayerKind kind() const override { return core::LayerKind::Vector; }
    QString crs() const override { return m_ogr->crs(); }
    core::Extent extent() const override { return m_ogr->extent(); }
    qint64 featureCount() const override { return m_ogr->featureCount(); }
    QString geometryType() const override { return m_ogr->geometryType(); }
    QList<FieldInfo> fields() const override { return m_ogr->fields(); }
    std::unique_ptr<FeatureIterator> features(const FeatureRequest& request) override;
    QList<FeatureRequest> split(const FeatureRequest& request, int parts) const override;
    bool unchangedSinceOpened() override;

    enum class BlobFormat { GeoPackage, SpatiaLite };

private:
    SqliteVectorSource(std::unique_ptr<OgrVectorSource> ogr, std::unique_ptr<SqliteDatabase> db,
                       BlobFormat format, QString table, QString geometry, QString rtree, qint64 dataVersion);
    QString selectSql(const FeatureRequest& request) const;
    static qint64 dataVersion(SqliteDatabase& db);

    std::unique_ptr<OgrVectorSource> m_ogr;
    std::unique_ptr<SqliteDatabase> m_db;
    BlobFormat m_format;
    QString m_table;
    QString m_geometry;
    QString m_rtree;  // empty when the table has no spatial index
    // SQLite's count of commits by other connections (any process) when this one opened.
    qint64 m_dataVersion = -1;
};

}  // namespace atlas::gis
