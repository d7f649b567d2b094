#include "gis/formats/vector_export.h"

#include "core/model/translate.h"
#include "gis/datasource/gdal_environment.h"
#include "gis/formats/geopackage_rtree.h"

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <vector>

namespace atlas::gis {
namespace {

// The files a format writes beside the main one, removed after a failed export.
QStringList outputFiles(const QString& path)
{
    QStringList files = {path};
    const QFileInfo fi(path);
    if (fi.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0)
        for (const char* ext : {"shx", "dbf", "prj", "cpg", "qix"})
            files << fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QLatin1Char('.') +
                         QLatin1String(ext);
    return files;
}

int progressCallback(double fraction, const char*, void* data)
{
    const auto* request = static_cast<const VectorExportRequest*>(data);
    if (request->progress)
        request->progress(fraction);
    return request->cancel && request->cancel->load() ? FALSE : TRUE;
}

}  // namespace

QString exportDriverFor(const QString& outputPath)
{
    const QString ext = QFileInfo(outputPath).suffix().toLower();
    static const QList<std::pair<QString, QString>> drivers = {
        {QStringLiteral("gpkg"), QStringLiteral("GPKG")},
        {QStringLiteral("geojson"), QStringLiteral("GeoJSON")},
        {QStringLiteral("json"), QStringLiteral("GeoJSON")},
        {QStringLiteral("shp"), QStringLiteral("ESRI Shapefile")},
        {QStringLiteral("kml"), QStringLiteral("KML")},
        {QStringLiteral("csv"), QStringLiteral("CSV")},
        {QStringLiteral("fgb"), QStringLiteral("FlatGeobuf")},
        {QStringLiteral("dxf"), QStringLiteral("DXF")},
    };
    for (const auto& [suffix, driver] : drivers)
        if (suffix == ext)
            return driver;
    return {};
}

core::Result<qint64> exportVectorLayer(const VectorExportRequest& request)
{
    const QString driver = exportDriverFor(request.outputPath);
    if (driver.isEmpty())
        return core::Error{request.outputPath, {},
                           tr("unknown output format: use .gpkg, .geojson, .shp, .kml, .csv, .fgb or .dxf")};
    const QFileInfo out(request.outputPath);
    if (!out.absoluteDir().exists())
        return core::Error{request.outputPath, {}, tr("the folder does not exist")};
    if (out.exists()) {
        if (!request.overwrite)
            return core::Error{request.outputPath, {}, tr("the file already exists")};
        for (const QString& f : outputFiles(request.outputPath))
            QFile::remove(f);
    }

    GdalErrorCapture errors;
    GDALDatasetH src = openGdalDataset(request.sourcePath, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!src)
        return core::Error{request.sourcePath, {}, tr("cannot be read: %1").arg(errors.lastError())};
    OGRLayerH layer = request.sourceLayer.isEmpty()
                          ? GDALDatasetGetLayer(src, 0)
                          : GDALDatasetGetLayerByName(src, request.sourceLayer.toUtf8().constData());
    if (!layer) {
        GDALClose(src);
        return core::Error{request.sourcePath, request.sourceLayer, tr("no vector layer of that name")};
    }
    const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));

    QStringList args = {QStringLiteral("-f"), driver, QStringLiteral("-nln"), out.completeBaseName(),
                        QStringLiteral("-gt"), QStringLiteral("unlimited")};
    QString crs = request.targetCrs;
    if (driver == QLatin1String("KML"))
        crs = QStringLiteral("EPSG:4326");  // KML knows no other CRS
    if (!crs.isEmpty())
        args << QStringLiteral("-t_srs") << crs;
    if (driver == QLatin1String("CSV"))
        args << QStringLiteral("-lco")
             << (request.csvAsXY ? QStringLiteral("GEOMETRY=AS_XY") : QStringLiteral("GEOMETRY=AS_WKT"));
    if (driver == QLatin1String("ESRI Shapefile"))
        args << QStringLiteral("-lco") << QStringLiteral("ENCODING=UTF-8");
    // GDAL 3.6 fills a GeoPackage R*Tree one entry at a time; we pack it afterwards.
    if (driver == QLatin1String("GPKG"))
        args << QStringLiteral("-lco") << QStringLiteral("SPATIAL_INDEX=NO");
    if (driver == QLatin1String("GeoJSON"))
        args << QStringLiteral("-lco") << QStringLiteral("WRITE_NAME=NO");
    if (!request.featureIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : request.featureIds)
            ids << QString::number(id);
        const char* fidColumn = OGR_L_GetFIDColumn(layer);
        const QString column = fidColumn && *fidColumn ? QString::fromUtf8(fidColumn) : QStringLiteral("FID");
        args << QStringLiteral("-where") << QStringLiteral("\"%1\" IN (%2)").arg(column, ids.join(QLatin1Char(',')));
    }
    args << layerName;

    GdalArgv argv(args);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    if (!options) {
        GDALClose(src);
        return core::Error{request.outputPath, layerName, tr("invalid export options: %1").arg(errors.lastError())};
    }
    GDALVectorTranslateOptionsSetProgress(options, progressCallback, const_cast<VectorExportRequest*>(&request));
    int usageError = 0;
    GDALDatasetH dst = GDALVectorTranslate(request.outputPath.toUtf8().constData(), nullptr, 1, &src, options,
                                           &usageError);
    GDALVectorTranslateOptionsFree(options);
    // Streaming writers (GeoJSON, KML, DXF) cannot count what they wrote: count the source.
    qint64 written = -1;
    if (dst) {
        GDALClose(dst);
        if (!request.featureIds.isEmpty())
            OGR_L_SetAttributeFilter(layer, args[args.indexOf(QStringLiteral("-where")) + 1].toUtf8().constData());
        written = OGR_L_GetFeatureCount(layer, TRUE);
    }
    GDALClose(src);
    const bool cancelled = request.cancel && request.cancel->load();
    core::Status indexed = core::Done{};
    if (dst && !cancelled && driver == QLatin1String("GPKG"))
        indexed = addGeoPackageSpatialIndex(request.outputPath, out.completeBaseName());
    if (!indexed) {
        for (const QString& f : outputFiles(request.outputPath))
            QFile::remove(f);
        return indexed.error();
    }
    if (!dst || cancelled) {
        for (const QString& f : outputFiles(request.outputPath))
            QFile::remove(f);
        return core::Error{request.outputPath, layerName,
                           cancelled ? tr("export cancelled")
                                     : errors.lastError().isEmpty() ? tr("the format refused the layer")
                                                                    : errors.lastError()};
    }
    return written;
}

}  // namespace atlas::gis
