#include "gis/datasource/gdal_environment.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <mutex>

namespace atlas::gis {
namespace {
thread_local GdalErrorCapture* t_capture = nullptr;
}

void ensureGdalReady()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Errors are reported through GdalErrorCapture, never on stderr.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        CPLSetConfigOption("OGR_SQLITE_JOURNAL", "WAL");
        CPLSetConfigOption("GDAL_NUM_THREADS", "ALL_CPUS");
    });
}

GdalErrorCapture::GdalErrorCapture()
{
    ensureGdalReady();
    t_capture = this;
    CPLPushErrorHandler([](CPLErr e, CPLErrorNum n, const char* m) { handler(int(e), n, m); });
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
    t_capture = nullptr;
}

void GdalErrorCapture::handler(int eclass, int, const char* msg)
{
    if (t_capture && eclass >= CE_Failure && msg)
        t_capture->m_last = QString::fromUtf8(msg).trimmed();
}

}  // namespace atlas::gis
