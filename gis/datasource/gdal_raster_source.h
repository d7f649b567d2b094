#pragma once
// A raster layer read through GDAL, warped on the fly to the map's CRS and frame, and drawn in its own
// colours or as its style says (grey stretch, colour ramp, hillshade).

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
                                   const core::RasterStyle& style, const std::atomic<bool>* cancel) override;

private:
    GdalRasterSource(GDALDatasetH dataset, QString path);
    // RGB(A) bytes as they are.
    core::Result<QImage> readColour(const core::Extent& extent, QSize size, const QString& crs,
                                    const std::atomic<bool>* cancel);
    GDALDatasetH m_dataset;
    QString m_path;
    QString m_crs;
    core::Extent m_extent;
};

}  // namespace atlas::gis
