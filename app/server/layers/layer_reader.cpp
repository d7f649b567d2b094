#include "layers/layer_reader.h"

#include "gis/datasource/gdal_environment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <cmath>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace atlas::server {
namespace {

QString geoJsonTypeName(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
        return QStringLiteral("Point");
    case wkbLineString:
        return QStringLiteral("LineString");
    case wkbPolygon:
        return QStringLiteral("Polygon");
    case wkbMultiPoint:
        return QStringLiteral("MultiPoint");
    case wkbMultiLineString:
        return QStringLiteral("MultiLineString");
    case wkbMultiPolygon:
        return QStringLiteral("MultiPolygon");
    default:
        return QStringLiteral("Geometry");
    }
}

QJsonValue fieldValue(OGRFeatureH f, OGRFieldDefnH def, int i)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return QJsonValue();
    switch (OGR_Fld_GetType(def)) {
    case OFTInteger:
        if (OGR_Fld_GetSubType(def) == OFSTBoolean)
            return OGR_F_GetFieldAsInteger(f, i) != 0;
        return OGR_F_GetFieldAsInteger(f, i);
    case OFTInteger64:
        return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal: {
        const double v = OGR_F_GetFieldAsDouble(f, i);
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
    }
    case OFTDate:
    case OFTDateTime: {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        OGR_F_GetFieldAsDateTimeEx(f, i, &y, &mo, &d, &h, &mi, &s, &tz);
        QString text = QStringLiteral("%1-%2-%3").arg(y, 4, 10, QLatin1Char('0')).arg(mo, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
        if (OGR_Fld_GetType(def) == OFTDateTime)
            text += QStringLiteral("T%1:%2:%3%4")
                        .arg(h, 2, 10, QLatin1Char('0'))
                        .arg(mi, 2, 10, QLatin1Char('0'))
                        .arg(int(s), 2, 10, QLatin1Char('0'))
                        .arg(tz == 100 ? QStringLiteral("Z") : QString());
        return text;
    }
    case OFTBinary:
        return QJsonValue();
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    }
}

struct Reader {
    OGRLayerH layer = nullptr;
    QString where;
    OGRCoordinateTransformationH transform = nullptr;
    bool lonLatUnchecked = false;  // no CRS: coordinates must look like longitude/latitude

    core::Error fail(qint64 fid, const QString& reason) const
    {
        return core::Error{where, fid > 0 ? QStringLiteral("feature %1").arg(fid) : QString(), reason};
    }

    // The geometry of `f` made ready to serve: linear, 2D, longitude/latitude.
    core::Result<OGRGeometryH> geometry(OGRFeatureH f, qint64 fid) const
    {
        OGRGeometryH src = OGR_F_GetGeometryRef(f);
        if (!src || OGR_G_IsEmpty(src))
            return OGRGeometryH(nullptr);
        OGRGeometryH g = OGR_G_GetLinearGeometry(src, 0, nullptr);
        if (!g)
            return fail(fid, QStringLiteral("unreadable geometry"));
        OGR_G_FlattenTo2D(g);
        gis::GdalErrorCapture errors;
        if (transform && OGR_G_Transform(g, transform) != OGRERR_NONE) {
            OGR_G_DestroyGeometry(g);
            return fail(fid, QStringLiteral("cannot reproject to longitude/latitude: %1").arg(errors.lastError()));
        }
        OGREnvelope e;
        OGR_G_GetEnvelope(g, &e);
        if (lonLatUnchecked && (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90)) {
            OGR_G_DestroyGeometry(g);
            return fail(fid, QStringLiteral("the layer has no CRS and coordinates (%1, %2) are not longitude/latitude")
                                 .arg(e.MinX)
                                 .arg(e.MinY));
        }
        return g;
    }

    core::Result<LayerContent> read()
    {
        LayerContent out;
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        const int fields = OGR_FD_GetFieldCount(defn);
        QSet<QString> types;
        OGR_L_ResetReading(layer);
        for (OGRFeatureH f; (f = OGR_L_GetNextFeature(layer)) != nullptr;) {
            const qint64 fid = out.features.size() + 1;
            QJsonObject properties;
            for (int i = 0; i < fields; ++i) {
                OGRFieldDefnH def = OGR_FD_GetFieldDefn(defn, i);
                properties.insert(QString::fromUtf8(OGR_Fld_GetNameRef(def)), fieldValue(f, def, i));
            }
            auto g = geometry(f, fid);
            OGR_F_Destroy(f);
            if (!g)
                return g.error();
            LayerFeature feature;
            feature.fid = fid;
            QByteArray geometryJson("null");
            if (OGRGeometryH geom = g.value()) {
                types << geoJsonTypeName(OGR_G_GetGeometryType(geom));
                OGREnvelope e;
                OGR_G_GetEnvelope(geom, &e);
                BoundingBox& x = out.extent ? *out.extent : out.extent.emplace(BoundingBox{e.MinX, e.MinY, e.MaxX, e.MaxY});
                x = BoundingBox{std::min(x.minX, e.MinX), std::min(x.minY, e.MinY), std::max(x.maxX, e.MaxX), std::max(x.maxY, e.MaxY)};
                feature.wkb.resize(OGR_G_WkbSize(geom));
                OGR_G_ExportToIsoWkb(geom, wkbNDR, reinterpret_cast<unsigned char*>(feature.wkb.data()));
                const char* options[] = {"COORDINATE_PRECISION=7", nullptr};
                char* json = OGR_G_ExportToJsonEx(geom, const_cast<char**>(options));
                geometryJson = QByteArray(json);
                CPLFree(json);
                OGR_G_DestroyGeometry(geom);
            }
            feature.json = "{\"geometry\":" + geometryJson + ",\"properties\":"
                + QJsonDocument(properties).toJson(QJsonDocument::Compact) + '}';
            out.features << std::move(feature);
        }
        out.geometryType = types.size() == 1 ? *types.begin() : QStringLiteral("Geometry");
        return out;
    }
};

core::Result<LayerContent> readDataset(GDALDatasetH ds, const QString& where, const QString& layerName)
{
    OGRLayerH layer = nullptr;
    if (!layerName.isEmpty()) {
        layer = GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
        if (!layer)
            return core::Error{where, layerName, QStringLiteral("no such layer in the file")};
    } else if (GDALDatasetGetLayerCount(ds) != 1) {
        QStringList names;
        for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
            names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
        return core::Error{where, {}, QStringLiteral("the file holds %1 layers: name one (%2)")
                                           .arg(names.size())
                                           .arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")))};
    } else {
        layer = GDALDatasetGetLayer(ds, 0);
    }
    Reader reader{layer, where, nullptr, false};
    OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer);
    OGRSpatialReferenceH lonLat = OSRNewSpatialReference(nullptr);
    OSRSetWellKnownGeogCS(lonLat, "WGS84");
    OSRSetAxisMappingStrategy(lonLat, OAMS_TRADITIONAL_GIS_ORDER);
    QString sourceCrs = QStringLiteral("OGC:CRS84");
    OGRSpatialReferenceH sourceCopy = nullptr;
    if (source) {
        sourceCrs = gis::crsText(source);
        sourceCopy = OSRClone(source);
        OSRSetAxisMappingStrategy(sourceCopy, OAMS_TRADITIONAL_GIS_ORDER);
        gis::GdalErrorCapture errors;
        reader.transform = OCTNewCoordinateTransformation(sourceCopy, lonLat);
        if (!reader.transform) {
            OSRDestroySpatialReference(sourceCopy);
            OSRDestroySpatialReference(lonLat);
            return core::Error{where, {}, QStringLiteral("cannot reproject from %1: %2").arg(sourceCrs.left(80), errors.lastError())};
        }
    } else {
        reader.lonLatUnchecked = true;
    }
    auto content = reader.read();
    if (reader.transform)
        OCTDestroyCoordinateTransformation(reader.transform);
    if (sourceCopy)
        OSRDestroySpatialReference(sourceCopy);
    OSRDestroySpatialReference(lonLat);
    if (content)
        content.value().sourceCrs = sourceCrs;
    return content;
}

}  // namespace

bool isValidLayerName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

core::Result<LayerContent> readLayerFile(const QString& path, const QString& layerName)
{
    gis::ensureGdalReady();
    gis::GdalErrorCapture errors;
    GDALDatasetH ds = gis::openGdalDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!ds)
        return core::Error{path, {}, QStringLiteral("cannot open as a vector file: %1").arg(errors.lastError())};
    auto content = readDataset(ds, path, layerName);
    GDALClose(ds);
    return content;
}

core::Result<LayerContent> readGeoJsonBytes(const QByteArray& bytes, const QString& where)
{
    gis::ensureGdalReady();
    // An in-memory file only GeoJSON may open: the body is never sniffed as another format.
    const QByteArray path = "/vsimem/atlas-layer-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1() + ".geojson";
    VSILFILE* mem = VSIFileFromMemBuffer(path.constData(), reinterpret_cast<GByte*>(const_cast<char*>(bytes.constData())),
                                         vsi_l_offset(bytes.size()), FALSE);
    if (!mem)
        return core::Error{where, {}, QStringLiteral("cannot read the body")};
    VSIFCloseL(mem);
    gis::GdalErrorCapture errors;
    const char* drivers[] = {"GeoJSON", nullptr};
    GDALDatasetH ds = GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    core::Result<LayerContent> content =
        ds ? readDataset(ds, where, {})
           : core::Result<LayerContent>(core::Error{where, {}, QStringLiteral("not GeoJSON: %1").arg(
                                                                  errors.lastError().isEmpty() ? QStringLiteral("unreadable") : errors.lastError())});
    if (ds)
        GDALClose(ds);
    VSIUnlink(path.constData());
    return content;
}

}  // namespace atlas::server
