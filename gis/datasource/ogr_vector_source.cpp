#include "gis/datasource/ogr_vector_source.h"

#include "gis/datasource/gdal_environment.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <vector>

#include <QCoreApplication>

namespace atlas::gis {
namespace {

void appendGeometry(OGRGeometryH g, PathGeometry& out, std::vector<double>& scratch)
{
    if (!g || OGR_G_IsEmpty(g))
        return;
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    auto addSimple = [&](OGRGeometryH simple, PartRole role) {
        const int n = OGR_G_GetPointCount(simple);
        if (n <= 0)
            return;
        scratch.resize(2 * std::size_t(n));
        OGR_G_GetPoints(simple, scratch.data(), 2 * sizeof(double), scratch.data() + 1,
                        2 * sizeof(double), nullptr, 0);
        out.addPart(role, scratch.data(), std::size_t(n));
    };
    switch (type) {
    case wkbPoint:
        addSimple(g, PartRole::Point);
        return;
    case wkbLineString:
        addSimple(g, PartRole::Line);
        return;
    case wkbPolygon:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            addSimple(OGR_G_GetGeometryRef(g, i), i == 0 ? PartRole::OuterRing : PartRole::InnerRing);
        return;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            appendGeometry(OGR_G_GetGeometryRef(g, i), out, scratch);
        return;
    default:
        // Curves, surfaces, TINs: draw their linear approximation.
        if (OGRGeometryH linear = OGR_G_GetLinearGeometry(g, 0, nullptr)) {
            if (wkbFlatten(OGR_G_GetGeometryType(linear)) != type)
                appendGeometry(linear, out, scratch);
            OGR_G_DestroyGeometry(linear);
        }
    }
}

class OgrFeatureIterator final : public FeatureIterator {
public:
    OgrFeatureIterator(OGRLayerH layer, const FeatureRequest& request) : m_layer(layer), m_request(request)
    {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        for (const QString& name : request.fields)
            m_fieldIndexes.push_back(OGR_FD_GetFieldIndex(defn, name.toUtf8().constData()));
        if (!request.filter.isNull())
            OGR_L_SetSpatialFilterRect(layer, request.filter.xMin, request.filter.yMin,
                                       request.filter.xMax, request.filter.yMax);
        else
            OGR_L_SetSpatialFilter(layer, nullptr);
        OGR_L_ResetReading(layer);
    }

    bool next(Feature& feature) override
    {
        if (m_request.limit >= 0 && m_count >= m_request.limit)
            return false;
        OGRFeatureH f = OGR_L_GetNextFeature(m_layer);
        while (f && m_request.idMax >= m_request.idMin &&
               (OGR_F_GetFID(f) < m_request.idMin || OGR_F_GetFID(f) > m_request.idMax)) {
            OGR_F_Destroy(f);
            f = OGR_L_GetNextFeature(m_layer);
        }
        if (!f)
            return false;
        ++m_count;
        feature.id = OGR_F_GetFID(f);
        feature.geometry.clear();
        appendGeometry(OGR_F_GetGeometryRef(f), feature.geometry, m_scratch);
        feature.attributes.clear();
        for (int index : m_fieldIndexes)
            feature.attributes << ogrFieldValue(f, index);
        OGR_F_Destroy(f);
        return true;
    }

private:
    OGRLayerH m_layer;
    FeatureRequest m_request;
    std::vector<int> m_fieldIndexes;
    std::vector<double> m_scratch;
    qint64 m_count = 0;
};

bool looksGeographic(const core::Extent& e)
{
    return !e.isNull() && e.xMin >= -180 && e.xMax <= 180 && e.yMin >= -90 && e.yMax <= 90;
}

}  // namespace

QVariant ogrFieldValue(OGRFeatureH f, int index)
{
    if (index < 0 || !OGR_F_IsFieldSetAndNotNull(f, index))
        return {};
    switch (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, index))) {
    case OFTInteger:
        return OGR_F_GetFieldAsInteger(f, index);
    case OFTInteger64:
        return qlonglong(OGR_F_GetFieldAsInteger64(f, index));
    case OFTReal:
        return OGR_F_GetFieldAsDouble(f, index);
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, index));
    }
}

core::Status checkFieldCount(OGRLayerH layer, const QString& path)
{
    constexpr int kMaxFields = 1998;  // SQLite's 2000 columns less the key and the geometry
    const int count = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    if (count <= kMaxFields)
        return core::Done{};
    return core::Error{path, QString::fromUtf8(OGR_L_GetName(layer)),
                       QCoreApplication::translate("atlas::gis", "%1 attributes per feature: a map layer holds at most %2")
                           .arg(count)
                           .arg(kMaxFields)};
}

QString crsOfLayer(OGRLayerH layer)
{
    return crsText(OGR_L_GetSpatialRef(layer));
}

core::Result<std::unique_ptr<LayerSource>> OgrVectorSource::open(const QString& path,
                                                                 const QString& layerName)
{
    GdalErrorCapture errors;
    GDALDatasetH ds = openGdalDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!ds)
        return core::Error{path, {},
                           errors.lastError().isEmpty()
                               ? QCoreApplication::translate("atlas::gis", "not a vector file GDAL can read")
                               : errors.lastError()};
    OGRLayerH layer = layerName.isEmpty()
                          ? GDALDatasetGetLayer(ds, 0)
                          : GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
    if (!layer) {
        GDALClose(ds);
        return core::Error{path, layerName,
                           layerName.isEmpty()
                               ? QCoreApplication::translate("atlas::gis", "the file has no vector layer")
                               : QCoreApplication::translate("atlas::gis", "no layer of that name")};
    }
    if (auto fields = checkFieldCount(layer, path); !fields) {
        GDALClose(ds);
        return fields.error();
    }
    QString crs = crsOfLayer(layer);
    if (crs.isEmpty()) {
        // Coordinates in degrees with no declared CRS (CSV, old shapefiles): WGS 84.
        OGREnvelope env;
        if (OGR_L_GetExtent(layer, &env, TRUE) == OGRERR_NONE &&
            looksGeographic({env.MinX, env.MinY, env.MaxX, env.MaxY}))
            crs = QStringLiteral("EPSG:4326");
    }
    return std::unique_ptr<LayerSource>(new OgrVectorSource(ds, layer, crs));
}

OgrVectorSource::OgrVectorSource(GDALDatasetH dataset, OGRLayerH layer, QString crs)
    : m_dataset(dataset), m_layer(layer), m_crs(std::move(crs))
{
}

OgrVectorSource::~OgrVectorSource()
{
    GDALClose(m_dataset);
}

core::Extent OgrVectorSource::extent() const
{
    OGREnvelope env;
    if (OGR_L_GetExtent(m_layer, &env, TRUE) != OGRERR_NONE)
        return core::Extent::null();
    return {env.MinX, env.MinY, env.MaxX, env.MaxY};
}

qint64 OgrVectorSource::featureCount() const
{
    return OGR_L_GetFeatureCount(m_layer, TRUE);
}

QString OgrVectorSource::geometryType() const
{
    return QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(m_layer)));
}

QList<FieldInfo> OgrVectorSource::fields() const
{
    QList<FieldInfo> out;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(m_layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH f = OGR_FD_GetFieldDefn(defn, i);
        out << FieldInfo{QString::fromUtf8(OGR_Fld_GetNameRef(f)),
                         QString::fromUtf8(OGR_GetFieldTypeName(OGR_Fld_GetType(f)))};
    }
    return out;
}

QString OgrVectorSource::driverName() const
{
    return QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(m_dataset)));
}

QString OgrVectorSource::tableName() const
{
    return QString::fromUtf8(OGR_L_GetName(m_layer));
}

QString OgrVectorSource::geometryColumn() const
{
    return QString::fromUtf8(OGR_L_GetGeometryColumn(m_layer));
}

std::unique_ptr<FeatureIterator> OgrVectorSource::features(const FeatureRequest& request)
{
    return std::make_unique<OgrFeatureIterator>(m_layer, request);
}

}  // namespace atlas::gis
