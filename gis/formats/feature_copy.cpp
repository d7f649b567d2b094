#include "gis/formats/feature_copy.h"

#include "core/model/translate.h"
#include "gis/crs/crs_transform.h"
#include "gis/datasource/gdal_environment.h"
#include "gis/datasource/ogr_vector_source.h"
#include "gis/geometry/wkb_edit.h"

#include <QSet>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <gdal.h>
#include <ogr_api.h>

namespace atlas::gis {
namespace {

// Points, lines or polygons, from the WKB type (single or multi alike); -1 for others.
int kindOf(const QByteArray& wkb)
{
    if (wkb.size() < 5)
        return -1;
    quint32 type = 0;
    std::memcpy(&type, wkb.constData() + 1, 4);
    if (wkb.at(0) == 0)
        type = qFromBigEndian(type);
    switch ((type & 0x0fffffffu) % 1000) {
    case 1:
    case 4:
        return int(EditableGeometry::Point);
    case 2:
    case 5:
        return int(EditableGeometry::Line);
    case 3:
    case 6:
        return int(EditableGeometry::Polygon);
    default:
        return -1;
    }
}

}  // namespace

core::Result<CopiedFeatures> copyFeatures(const QString& path, const QString& layerName, const QList<qint64>& ids)
{
    ensureGdalReady();
    GDALDatasetH ds = openGdalDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!ds)
        return core::Error{path, layerName, tr("cannot be read as vector data")};
    OGRLayerH layer = layerName.isEmpty() ? GDALDatasetGetLayer(ds, 0)
                                          : GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
    if (!layer) {
        GDALClose(ds);
        return core::Error{path, layerName, tr("no such layer")};
    }
    CopiedFeatures copied;
    copied.crs = crsOfLayer(layer);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (qint64 id : ids) {
        OGRFeatureH f = OGR_L_GetFeature(layer, id);
        if (!f) {
            GDALClose(ds);
            return core::Error{path, layerName, tr("no feature %1").arg(id)};
        }
        FeatureRecord record;
        record.fid = id;
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            record.wkb.resize(OGR_G_WkbSize(g));
            OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(record.wkb.data()));
        }
        for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
            record.attributes.insert(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))),
                                     ogrFieldValue(f, i));
        OGR_F_Destroy(f);
        copied.features << record;
    }
    GDALClose(ds);
    return copied;
}

core::Result<QList<FeatureRecord>> fitFeatures(const CopiedFeatures& copied, const LayerEditor& target)
{
    auto kind = target.geometryKind();
    auto crs = target.crs();
    auto fields = target.fields();
    if (!kind)
        return kind.error();
    if (!crs)
        return crs.error();
    if (!fields)
        return fields.error();
    QSet<QString> names;
    for (const EditableField& f : fields.value())
        names.insert(f.name);
    const CrsTransform transform(copied.crs, crs.value());
    if (!transform.isValid())
        return core::Error{{}, crs.value(), transform.errorString()};
    QList<FeatureRecord> fitted;
    for (const FeatureRecord& feature : copied.features) {
        if (kindOf(feature.wkb) != int(kind.value()))
            return core::Error{{}, tr("feature %1").arg(feature.fid), tr("its geometry is not of the layer's kind")};
        auto moved = mapWkbVertices(feature.wkb, [&transform](double& x, double& y) {
            return transform.transformPoint(x, y) && std::isfinite(x) && std::isfinite(y);
        });
        if (!moved)
            return core::Error{{}, tr("feature %1").arg(feature.fid), tr("it cannot be placed in %1").arg(crs.value())};
        FeatureRecord record;
        record.wkb = *moved;
        for (auto it = feature.attributes.cbegin(); it != feature.attributes.cend(); ++it)
            if (names.contains(it.key()))
                record.attributes.insert(it.key(), it.value());
        fitted << record;
    }
    return fitted;
}

}  // namespace atlas::gis
