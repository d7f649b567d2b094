#include "gis/datasource/gdal_raster_source.h"

#include "gis/datasource/gdal_environment.h"
#include "gis/datasource/raster_statistics.h"
#include "gis/datasource/raster_warp.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <QCoreApplication>

namespace atlas::gis {
namespace {

QImage colourImage(GDALDatasetH ds, int bands, int w, int h)
{
    std::vector<unsigned char> rgba(std::size_t(w) * h * 4, 255);
    for (int b = 0; b < std::min(bands, 4); ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b + 1);
        if (GDALRasterIO(band, GF_Read, 0, 0, w, h, rgba.data() + b, w, h, GDT_Byte, 4, 4 * w) !=
            CE_None)
            return {};
    }
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const unsigned char* p = rgba.data() + (std::size_t(y) * w + x) * 4;
            line[x] = qPremultiply(qRgba(p[0], p[1], p[2], p[3]));
        }
    }
    return img;
}

}  // namespace

core::Result<std::unique_ptr<LayerSource>> GdalRasterSource::open(const QString& path)
{
    GdalErrorCapture errors;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                 nullptr, nullptr, nullptr);
    if (!ds)
        return core::Error{path, {},
                           errors.lastError().isEmpty()
                               ? QCoreApplication::translate("atlas::gis", "not a raster file GDAL can read")
                               : errors.lastError()};
    return std::unique_ptr<LayerSource>(new GdalRasterSource(ds, path));
}

GdalRasterSource::GdalRasterSource(GDALDatasetH dataset, QString path)
    : m_dataset(dataset), m_path(std::move(path)), m_crs(crsText(GDALGetSpatialRef(dataset)))
{
    double gt[6];
    if (GDALGetGeoTransform(m_dataset, gt) == CE_None) {
        const double w = GDALGetRasterXSize(m_dataset), h = GDALGetRasterYSize(m_dataset);
        const double xs[4] = {gt[0], gt[0] + w * gt[1], gt[0] + h * gt[2], gt[0] + w * gt[1] + h * gt[2]};
        const double ys[4] = {gt[3], gt[3] + w * gt[4], gt[3] + h * gt[5], gt[3] + w * gt[4] + h * gt[5]};
        m_extent = {*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
                    *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)};
    } else {
        m_extent = core::Extent::null();
    }
}

GdalRasterSource::~GdalRasterSource()
{
    GDALClose(m_dataset);
}

core::Result<QImage> GdalRasterSource::readImage(const core::Extent& extent, QSize size, const QString& crs,
                                                 const core::RasterStyle& style, const std::atomic<bool>* cancel)
{
    const int bandCount = GDALGetRasterCount(m_dataset);
    if (bandCount < 1)
        return core::Error{m_path, {}, QCoreApplication::translate("atlas::gis", "the raster has no band")};
    const bool colour = bandCount >= 3 && GDALGetRasterDataType(GDALGetRasterBand(m_dataset, 1)) == GDT_Byte;
    if (style.render == core::RasterRender::Auto && colour)
        return readColour(extent, size, crs, cancel);
    // One band: in grey when the style leaves it to the data, else as the style says.
    core::RasterStyle banded = style;
    if (style.render == core::RasterRender::Auto) {
        banded = {};
        banded.render = core::RasterRender::Grey;
    }
    double minimum = banded.minimum, maximum = banded.maximum;
    if (!banded.customRange && banded.render != core::RasterRender::Hillshade) {
        // Over the whole band's range, so that every frame uses the same colours.
        auto range = bandRange(m_dataset, m_path, banded.band);
        if (!range)
            return range.error();
        minimum = range.value().minimum;
        maximum = range.value().maximum;
    }
    const bool shaded = banded.render == core::RasterRender::Hillshade ||
                        (banded.render == core::RasterRender::Ramp && banded.shade);
    auto grid = readBandGrid(m_dataset, m_path, extent, size, crs, banded.band, shaded ? 1 : 0, cancel);
    if (!grid)
        return grid.error();
    QImage image = styleRaster(grid.value(), banded, minimum, maximum);
    if (image.isNull())
        return core::Error{m_path, {}, QCoreApplication::translate("atlas::gis", "cannot read the raster")};
    return image;
}

core::Result<QImage> GdalRasterSource::readColour(const core::Extent& extent, QSize size, const QString& crs,
                                                  const std::atomic<bool>* cancel)
{
    GdalErrorCapture errors;
    auto warped = warpToFrame(m_dataset, m_path, extent, size, crs, {}, cancel);
    if (!warped)
        return warped.error();
    // The warp added an alpha band after the data bands.
    const int dataBands = GDALGetRasterCount(warped.value()) - 1;
    QImage image = colourImage(warped.value(), dataBands >= 4 ? 4 : 3, size.width(), size.height());
    if (dataBands == 3 && !image.isNull()) {
        // The warp's alpha: nodata and the outside at 0, a source alpha band as it was.
        std::vector<unsigned char> alpha(std::size_t(size.width()) * size.height());
        if (GDALRasterIO(GDALGetRasterBand(warped.value(), 4), GF_Read, 0, 0, size.width(), size.height(), alpha.data(),
                         size.width(), size.height(), GDT_Byte, 0, 0) != CE_None)
            alpha.assign(alpha.size(), 255);
        for (int y = 0; y < size.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < size.width(); ++x)
                if (const int a = alpha[std::size_t(y) * size.width() + x]; a < 255)
                    line[x] = qPremultiply(qRgba(qRed(line[x]), qGreen(line[x]), qBlue(line[x]), a));
        }
    }
    GDALClose(warped.value());
    if (image.isNull())
        return core::Error{m_path, {},
                           errors.lastError().isEmpty()
                               ? QCoreApplication::translate("atlas::gis", "cannot read the raster")
                               : errors.lastError()};
    return image;
}

}  // namespace atlas::gis
