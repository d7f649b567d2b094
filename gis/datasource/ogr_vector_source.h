#pragma once
// A vector layer read through OGR: any vector format GDAL has a driver for.

#include "gis/datasource/layer_source.h"

typedef void* GDALDatasetH;
typedef void* OGRLayerH;
typedef void* OGRFeatureH;

namespace atlas::gis {

class OgrVectorSource final : public LayerSource {
public:
    static core::Result<std::unique_ptr<LayerSource>> open(const QString& path,
                                                           const QString& layer);
    ~OgrVectorSource() override;

    core::LayerKind kind() const override { return core::LayerKind::Vector; }
    QString crs() const override { return m_crs; }
    core::Extent extent() const override;
    qint64 featureCount() const override;
    QString geometryType() const override;
    QList<FieldInfo> fields() const override;
    std::unique_ptr<FeatureIterator> features(const FeatureRequest& request) override;

    // What a faster reader needs to query the same table directly.
    QString driverName() const;
    QString tableName() const;
    QString geometryColumn() const;

private:
    OgrVectorSource(GDALDatasetH dataset, OGRLayerH layer, QString crs);
    GDALDatasetH m_dataset;
    OGRLayerH m_layer;
    QString m_crs;
};

// "EPSG:n" when the SRS has an EPSG code, otherwise WKT2; empty for none.
QString crsOfLayer(OGRLayerH layer);
// Refuses a layer with more attributes than an atlas table holds: GDAL reads such
// features in quadratic time (a GeoJSON feature with 100,000 properties takes minutes).
core::Status checkFieldCount(OGRLayerH layer, const QString& path);
// Field `index` of an OGR feature as a number or text; null when unset or null.
QVariant ogrFieldValue(OGRFeatureH feature, int index);

}  // namespace atlas::gis
