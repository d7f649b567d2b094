#include "gis/datasource/file_probe.h"

#include "gis/datasource/gdal_environment.h"
#include "gis/datasource/layer_source.h"
#include "gis/datasource/ogr_vector_source.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace atlas::gis {
namespace {

core::Error fileError(const QString& path, const QString& reason)
{
    return core::Error{path, {}, reason};
}

}  // namespace

core::Result<FileInfo> probeFile(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fileError(path, QCoreApplication::translate("atlas::gis", "file not found"));
    if (fi.isFile() && !fi.isReadable())
        return fileError(path, QCoreApplication::translate("atlas::gis", "permission denied"));
    if (fi.isFile() && fi.size() == 0)
        return fileError(path, QCoreApplication::translate("atlas::gis", "the file is empty (0 bytes)"));

    GdalErrorCapture errors;
    GDALDatasetH ds = openGdalDataset(path, GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY);
    if (!ds) {
        const QString detail = errors.lastError();
        return fileError(path, detail.isEmpty()
                                   ? QCoreApplication::translate(
                                         "atlas::gis", "not a geographic file: no GDAL driver recognises its format")
                                   : QCoreApplication::translate("atlas::gis", "cannot be read: %1").arg(detail));
    }

    FileInfo info;
    info.path = path;
    info.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));

    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, i);
        if (OGR_L_GetGeomType(layer) == wkbNone)
            continue;  // attribute-only tables are not map layers
        if (auto fields = checkFieldCount(layer, path); !fields) {
            GDALClose(ds);
            return fields.error();
        }
        LayerInfo li;
        li.name = QString::fromUtf8(OGR_L_GetName(layer));
        li.kind = core::LayerKind::Vector;
        li.geometryType = QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(layer)));
        li.featureCount = OGR_L_GetFeatureCount(layer, TRUE);
        OGREnvelope env;
        if (OGR_L_GetExtent(layer, &env, TRUE) == OGRERR_NONE)
            li.extent = {env.MinX, env.MinY, env.MaxX, env.MaxY};
        info.layers << li;
    }
    if (GDALGetRasterCount(ds) > 0) {
        double gt[6];
        const bool georeferenced =
            GDALGetGeoTransform(ds, gt) == CE_None || GDALGetGCPCount(ds) > 0;
        if (georeferenced) {
            LayerInfo li;
            li.kind = core::LayerKind::Raster;
            li.rasterSize = QSize(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds));
            li.bandCount = GDALGetRasterCount(ds);
            info.layers << li;
        } else if (info.layers.isEmpty()) {
            GDALClose(ds);
            return fileError(path, QCoreApplication::translate(
                                       "atlas::gis", "not a geographic file: the image has no georeferencing"));
        }
    }
    GDALClose(ds);

    if (!errors.lastError().isEmpty())
        return fileError(path, QCoreApplication::translate("atlas::gis", "the file is damaged or truncated: %1")
                                   .arg(errors.lastError()));
    if (info.layers.isEmpty())
        return fileError(path, QCoreApplication::translate("atlas::gis",
                                                           "not a geographic file: it has no layer with geometries "
                                                           "and no georeferenced raster"));

    // CRS and raster extent come from the same code the renderer uses.
    for (LayerInfo& li : info.layers) {
        auto source = openLayerSource(path, li.name, li.kind);
        if (!source)
            return source.error();
        li.crs = source.value()->crs();
        if (li.kind == core::LayerKind::Raster)
            li.extent = source.value()->extent();
    }
    return info;
}

}  // namespace atlas::gis
