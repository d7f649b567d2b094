#include "gis/datasource/gdal_raster_source.h"

#include "gis/datasource/gdal_environment.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <QCoreApplication>

namespace atlas::gis {
namespace {

int CPL_STDCALL cancelProgress(double, const char*, void* flag)
{
    const auto* cancel = static_cast<const std::atomic<bool>*>(flag);
    return cancel && cancel->load() ? FALSE : TRUE;
}

// Grey levels stretched over the band's approximate min..max.
QImage greyImage(GDALRasterBandH band, GDALRasterBandH alpha, const double minMax[2], int w, int h)
{
    std::vector<float> values(std::size_t(w) * h);
    if (GDALRasterIO(band, GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float32, 0, 0) != CE_None)
        return {};
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
    const double span = std::max(minMax[1] - minMax[0], 1e-12);
    std::vector<unsigned char> alphaValues;
    if (alpha) {
        alphaValues.resize(values.size());
        if (GDALRasterIO(alpha, GF_Read, 0, 0, w, h, alphaValues.data(), w, h, GDT_Byte, 0, 0) != CE_None)
            alphaValues.assign(values.size(), 255);
    }
    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            const float v = values[i];
            const bool transparent = (hasNoData && v == float(noData)) || std::isnan(v) ||
                                     (alpha && alphaValues[i] == 0);
            const int g = int(std::clamp((v - minMax[0]) / span, 0.0, 1.0) * 255);
            line[x] = transparent ? 0 : qRgba(g, g, g, 255);
        }
    }
    return img;
}

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

core::Result<QImage> GdalRasterSource::readImage(const core::Extent& extent, QSize size,
                                                 const QString& crs, const std::atomic<bool>* cancel)
{
    GdalErrorCapture errors;
    const int bandCount = GDALGetRasterCount(m_dataset);
    if (bandCount < 1)
        return core::Error{m_path, {}, QCoreApplication::translate("atlas::gis", "the raster has no band")};
    const QStringList args = {
        QStringLiteral("-of"), QStringLiteral("MEM"),
        QStringLiteral("-t_srs"), crs,
        QStringLiteral("-te"), QString::number(extent.xMin, 'g', 17), QString::number(extent.yMin, 'g', 17),
        QString::number(extent.xMax, 'g', 17), QString::number(extent.yMax, 'g', 17),
        QStringLiteral("-ts"), QString::number(size.width()), QString::number(size.height()),
        QStringLiteral("-r"), QStringLiteral("bilinear"), QStringLiteral("-dstalpha"),
    };
    std::vector<QByteArray> bytes;
    for (const QString& a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);

    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALWarpAppOptionsSetProgress(options, cancelProgress, const_cast<std::atomic<bool>*>(cancel));
    int usageError = 0;
    GDALDatasetH warped = GDALWarp("", nullptr, 1, &m_dataset, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (!warped) {
        if (cancel && cancel->load())
            return core::Error{m_path, {}, QCoreApplication::translate("atlas::gis", "cancelled")};
        return core::Error{m_path, {},
                           errors.lastError().isEmpty()
                               ? QCoreApplication::translate("atlas::gis", "cannot resample the raster")
                               : errors.lastError()};
    }
    // The warp added an alpha band after the data bands.
    const int dataBands = GDALGetRasterCount(warped) - 1;
    GDALRasterBandH first = GDALGetRasterBand(warped, 1);
    const bool colour = dataBands >= 3 && GDALGetRasterDataType(first) == GDT_Byte;
    QImage image;
    if (colour) {
        image = colourImage(warped, dataBands >= 4 ? 4 : 3, size.width(), size.height());
        if (dataBands == 3) {  // take the warp's alpha for nodata
            std::vector<unsigned char> alpha(std::size_t(size.width()) * size.height());
            if (GDALRasterIO(GDALGetRasterBand(warped, 4), GF_Read, 0, 0, size.width(), size.height(),
                             alpha.data(), size.width(), size.height(), GDT_Byte, 0, 0) != CE_None)
                alpha.assign(alpha.size(), 255);
            for (int y = 0; y < size.height(); ++y) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
                for (int x = 0; x < size.width(); ++x)
                    if (alpha[std::size_t(y) * size.width() + x] == 0)
                        line[x] = 0;
            }
        }
    } else {
        // Stretch over the source band's range so that every frame uses the same grey levels.
        double minMax[2] = {0, 1};
        GDALComputeRasterMinMax(GDALGetRasterBand(m_dataset, 1), TRUE, minMax);
        image = greyImage(first, GDALGetRasterBand(warped, dataBands + 1), minMax, size.width(),
                          size.height());
    }
    GDALClose(warped);
    if (image.isNull())
        return core::Error{m_path, {},
                           errors.lastError().isEmpty()
                               ? QCoreApplication::translate("atlas::gis", "cannot read the raster")
                               : errors.lastError()};
    return image;
}

}  // namespace atlas::gis
