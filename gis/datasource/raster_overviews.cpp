#include "gis/datasource/raster_overviews.h"

#include "core/model/translate.h"
#include "gis/datasource/gdal_environment.h"

#include <QFile>
#include <gdal.h>

#include <algorithm>
#include <vector>

namespace atlas::gis {
namespace {

struct ProgressState {
    const std::atomic<bool>* cancel;
    const std::function<void(double)>* progress;
};

int CPL_STDCALL onProgress(double done, const char*, void* data)
{
    const auto* state = static_cast<const ProgressState*>(data);
    if (*state->progress)
        (*state->progress)(std::clamp(done, 0.0, 1.0));
    return state->cancel->load() ? FALSE : TRUE;
}

}  // namespace

QSize rasterSize(const QString& path)
{
    GdalErrorCapture quiet;
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!ds)
        return {};
    const QSize size(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds));
    GDALClose(ds);
    return size;
}

int overviewCount(const QString& path)
{
    GdalErrorCapture quiet;
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!ds)
        return -1;
    const int count = GDALGetRasterCount(ds) > 0 ? GDALGetOverviewCount(GDALGetRasterBand(ds, 1)) : 0;
    GDALClose(ds);
    return count;
}

core::Status buildOverviews(const QString& path, const std::atomic<bool>& cancel,
                            const std::function<void(double)>& progress)
{
    GdalErrorCapture errors;
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!ds)
        return core::Error{path, {}, errors.lastError().isEmpty() ? tr("not a raster file GDAL can read") : errors.lastError()};
    const int width = GDALGetRasterXSize(ds), height = GDALGetRasterYSize(ds);
    std::vector<int> levels;
    for (int f = 2; std::min(width, height) / f >= 128; f *= 2)
        levels.push_back(f);
    if (levels.empty()) {
        GDALClose(ds);
        return core::Done{};  // small enough to read whole
    }
    const QString ovr = path + QStringLiteral(".ovr");
    const bool hadOvr = QFile::exists(ovr);
    ProgressState state{&cancel, &progress};
    const CPLErr rc = GDALBuildOverviews(ds, "AVERAGE", int(levels.size()), levels.data(), 0, nullptr, onProgress, &state);
    GDALClose(ds);
    if (cancel.load()) {
        if (!hadOvr)
            QFile::remove(ovr);
        return core::Error{path, {}, tr("cancelled")};
    }
    if (rc != CE_None)
        return core::Error{path, {},
                           errors.lastError().isEmpty() ? tr("cannot build the overviews") : errors.lastError()};
    return core::Done{};
}

}  // namespace atlas::gis
