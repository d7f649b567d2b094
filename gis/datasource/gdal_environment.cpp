#include "gis/datasource/gdal_environment.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QFileInfo>
#include <QStringList>
#include <mutex>
#include <vector>

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

void* openGdalDataset(const QString& path, unsigned int flags)
{
    return openGdalDataset(path, flags, {});
}

void* openGdalDataset(const QString& path, unsigned int flags, const QStringList& moreOptions)
{
    ensureGdalReady();
    static const QStringList csvOptions = {
        QStringLiteral("X_POSSIBLE_NAMES=lon,lng,long,longitude,x,easting"),
        QStringLiteral("Y_POSSIBLE_NAMES=lat,latitude,y,northing"),
        QStringLiteral("GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom"), QStringLiteral("KEEP_GEOM_COLUMNS=YES"),
        QStringLiteral("AUTODETECT_TYPE=YES")};
    std::vector<QByteArray> bytes;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        for (const QString& o : csvOptions)
            bytes.push_back(o.toUtf8());
    for (const QString& o : moreOptions)
        bytes.push_back(o.toUtf8());
    std::vector<const char*> options;
    for (const QByteArray& b : bytes)
        options.push_back(b.constData());
    options.push_back(nullptr);
    return GDALOpenEx(path.toUtf8().constData(), flags, nullptr, options.data(), nullptr);
}

GdalArgv::GdalArgv(const QStringList& args)
{
    for (const QString& a : args)
        m_bytes.push_back(a.toUtf8());
    for (QByteArray& b : m_bytes)
        m_pointers.push_back(b.data());
    m_pointers.push_back(nullptr);
}

QString crsText(void* spatialReference)
{
    auto srs = static_cast<OGRSpatialReferenceH>(spatialReference);
    if (!srs)
        return {};
    const char* authority = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code && QByteArray(authority) == "EPSG")
        return QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code));
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    OSRExportToWktEx(srs, &wkt, options);
    const QString result = wkt ? QString::fromUtf8(wkt) : QString();
    CPLFree(wkt);
    return result;
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
