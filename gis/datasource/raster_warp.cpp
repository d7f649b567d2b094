#include "gis/datasource/raster_warp.h"

#include "core/model/translate.h"
#include "gis/datasource/gdal_environment.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <numbers>

namespace atlas::gis {
namespace {

// Metres along a degree of a great circle on a sphere of the Earth's mean radius.
constexpr double kMetresPerDegree = 6371008.8 * std::numbers::pi / 180;

int CPL_STDCALL cancelProgress(double, const char*, void* flag)
{
    const auto* cancel = static_cast<const std::atomic<bool>*>(flag);
    return cancel && cancel->load() ? FALSE : TRUE;
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// Whether `crs` counts in degrees, and otherwise how many metres its unit is.
bool isGeographic(const QString& crs, double& metresPerUnit)
{
    metresPerUnit = 1;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    bool geographic = false;
    if (OSRSetFromUserInput(srs, crs.toUtf8().constData()) == OGRERR_NONE) {
        geographic = OSRIsGeographic(srs) != 0;
        if (!geographic)
            metresPerUnit = OSRGetLinearUnits(srs, nullptr);
    }
    OSRDestroySpatialReference(srs);
    return geographic;
}

}  // namespace

core::Result<GDALDatasetH> warpToFrame(GDALDatasetH source, const QString& path, const core::Extent& extent,
                                       QSize size, const QString& crs, const QStringList& extraArgs,
                                       const std::atomic<bool>* cancel)
{
    GdalErrorCapture errors;
    GdalArgv argv(QStringList{QStringLiteral("-of"), QStringLiteral("MEM"), QStringLiteral("-t_srs"), crs,
                              QStringLiteral("-te"), number(extent.xMin), number(extent.yMin), number(extent.xMax),
                              number(extent.yMax), QStringLiteral("-ts"), QString::number(size.width()),
                              QString::number(size.height()), QStringLiteral("-r"), QStringLiteral("bilinear"),
                              QStringLiteral("-dstalpha")} +
                  extraArgs);
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALWarpAppOptionsSetProgress(options, cancelProgress, const_cast<std::atomic<bool>*>(cancel));
    int usageError = 0;
    GDALDatasetH warped = GDALWarp("", nullptr, 1, &source, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (warped)
        return warped;
    if (cancel && cancel->load())
        return core::Error{path, {}, tr("cancelled")};
    return core::Error{path, {}, errors.lastError().isEmpty() ? tr("cannot resample the raster") : errors.lastError()};
}

core::Result<RasterGrid> readBandGrid(GDALDatasetH source, const QString& path, const core::Extent& extent,
                                      QSize size, const QString& crs, int band, int border,
                                      const std::atomic<bool>* cancel)
{
    const int bands = GDALGetRasterCount(source);
    if (band < 1 || band > bands)
        return core::Error{path, tr("band %1").arg(band), tr("no such band (bands of this raster: %1)").arg(bands)};
    GdalErrorCapture errors;
    // Only the band drawn is resampled: a virtual copy of the file that shows just that band.
    GDALDatasetH single = nullptr;
    if (bands > 1) {
        GdalArgv args({QStringLiteral("-of"), QStringLiteral("VRT"), QStringLiteral("-b"), QString::number(band)});
        GDALTranslateOptions* options = GDALTranslateOptionsNew(args.data(), nullptr);
        single = GDALTranslate("", source, options, nullptr);
        GDALTranslateOptionsFree(options);
        if (!single)
            return core::Error{path, tr("band %1").arg(band),
                               errors.lastError().isEmpty() ? tr("cannot read the band") : errors.lastError()};
    }
    const double px = extent.width() / size.width(), py = extent.height() / size.height();
    const core::Extent wide{extent.xMin - border * px, extent.yMin - border * py, extent.xMax + border * px,
                            extent.yMax + border * py};
    RasterGrid grid;
    grid.width = size.width() + 2 * border;
    grid.height = size.height() + 2 * border;
    grid.border = border;
    auto warped = warpToFrame(single ? single : source, path, wide, QSize(grid.width, grid.height), crs,
                              {QStringLiteral("-ot"), QStringLiteral("Float32")}, cancel);
    if (single)
        GDALClose(single);
    if (!warped)
        return warped.error();
    const std::size_t n = std::size_t(grid.width) * grid.height;
    grid.values.resize(n);
    grid.valid.resize(n);
    const bool read =
        GDALRasterIO(GDALGetRasterBand(warped.value(), 1), GF_Read, 0, 0, grid.width, grid.height, grid.values.data(),
                     grid.width, grid.height, GDT_Float32, 0, 0) == CE_None &&
        GDALRasterIO(GDALGetRasterBand(warped.value(), 2), GF_Read, 0, 0, grid.width, grid.height, grid.valid.data(),
                     grid.width, grid.height, GDT_Byte, 0, 0) == CE_None;
    GDALClose(warped.value());
    if (!read)
        return core::Error{path, tr("band %1").arg(band),
                           errors.lastError().isEmpty() ? tr("cannot read the band") : errors.lastError()};
    double metresPerUnit = 1;
    grid.cellWidth.resize(std::size_t(grid.height));
    if (isGeographic(crs, metresPerUnit)) {
        grid.cellHeight = py * kMetresPerDegree;
        for (int row = 0; row < grid.height; ++row) {
            const double latitude = wide.yMax - (row + 0.5) * py;
            grid.cellWidth[std::size_t(row)] = px * kMetresPerDegree * std::cos(latitude * std::numbers::pi / 180);
        }
    } else {
        grid.cellHeight = py * metresPerUnit;
        std::fill(grid.cellWidth.begin(), grid.cellWidth.end(), px * metresPerUnit);
    }
    return grid;
}

}  // namespace atlas::gis
