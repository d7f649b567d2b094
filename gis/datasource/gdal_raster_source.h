#pragma once
// A raster layer read through GDAL, warped on the fly to the map's CRS and frame.

#include "gis/datasource/layer_source.h"

typedef void* GDALDatasetH;

namespace atlas::gis {

class GdalRasterSource final : public LayerSource {
public:
    static core::Result<std::unique_ptr<LayerSource>> open(const QString& path);
    ~GdalRasterSource() override;

    core::LayerKind kind() const override { return core::LayerKind::Raster; }
    QString crs() const override { return m_crs; }
    core::Extent extent() const override { return m_extent; }
    core::Result<QImage> readImage(const core::Extent& extent, QSize size, const QString& crs,
                                   const std::atomic<bool>* cancel) override;

private:
    GdalRasterSource(GDALDatasetH dataset, QString path);
    GDALDatasetH m_dataset;
    QString m_path;
    QString m_crs;
    core::Extent m_extent;
};

}  // namespace atlas::gis
