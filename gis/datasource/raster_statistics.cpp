#include "gis/datasource/raster_statistics.h"

#include "core/model/translate.h"
#include "gis/datasource/gdal_environment.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <gdal.h>

#include <cmath>

namespace atlas::gis {
namespace {

// Keyed by path, size, modification time and band: a rewritten file is measured again.
QString cacheKey(const QString& path, int band)
{
    const QFileInfo info(path);
    return QStringLiteral("%1|%2|%3|%4")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(band);
}

QMutex& cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, BandRange>& cache()
{
    static QHash<QString, BandRange> ranges;
    return ranges;
}

}  // namespace

core::Result<BandRange> bandRange(GDALDatasetH dataset, const QString& path, int band)
{
    if (band < 1 || band > GDALGetRasterCount(dataset))
        return core::Error{path, tr("band %1").arg(band), tr("no such band (bands of this raster: %1)").arg(GDALGetRasterCount(dataset))};
    const QString key = cacheKey(path, band);
    {
        const QMutexLocker lock(&cacheMutex());
        if (auto it = cache().constFind(key); it != cache().constEnd())
            return *it;
    }
    GdalErrorCapture errors;
    double minMax[2] = {NAN, NAN};
    if (GDALComputeRasterMinMax(GDALGetRasterBand(dataset, band), TRUE, minMax) != CE_None ||
        !std::isfinite(minMax[0]) || !std::isfinite(minMax[1]))
        return core::Error{path, tr("band %1").arg(band),
                           errors.lastError().isEmpty() ? tr("the band has no valid value") : errors.lastError()};
    const BandRange range{minMax[0], minMax[1]};
    const QMutexLocker lock(&cacheMutex());
    cache().insert(key, range);
    return range;
}

core::Result<BandRange> bandRange(const QString& path, int band)
{
    GdalErrorCapture errors;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return core::Error{path, {}, errors.lastError().isEmpty() ? tr("not a raster file GDAL can read") : errors.lastError()};
    auto range = bandRange(ds, path, band);
    GDALClose(ds);
    return range;
}

int rasterBandCount(const QString& path)
{
    GdalErrorCapture quiet;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return 0;
    const int count = GDALGetRasterCount(ds);
    GDALClose(ds);
    return count;
}

}  // namespace atlas::gis
