#include "gis/store/ogr_layer_editor.h"

#include "core/model/translate.h"
#include "gis/datasource/gdal_environment.h"
#include "gis/datasource/ogr_vector_source.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QDate>
#include <QDateTime>

namespace atlas::gis {

// The file opened for one operation, its layer found and its format checked.
class OgrLayerEditor::Open {
public:
    Open(const QString& path, const QString& layer, bool write) : m_path(path), m_name(layer)
    {
        GdalErrorCapture errors;
        m_ds = openGdalDataset(path, GDAL_OF_VECTOR | (write ? GDAL_OF_UPDATE : GDAL_OF_READONLY));
        if (!m_ds) {
            m_error = errors.lastError().isEmpty() ? tr("the file cannot be opened for editing") : errors.lastError();
            return;
        }
        const QString driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(m_ds)));
        if (driver != QLatin1String("GPKG") && driver != QLatin1String("SQLite")) {
            m_error = tr("only GeoPackage and SpatiaLite layers can be edited in place (this is %1); "
                         "import it into the atlas to draw in it")
                          .arg(driver);
            return;
        }
        m_layer = layer.isEmpty() ? GDALDatasetGetLayer(m_ds, 0)
                                  : GDALDatasetGetLayerByName(m_ds, layer.toUtf8().constData());
        if (!m_layer)
            m_error = tr("no layer of that name");
        else if (m_name.isEmpty())
            m_name = QString::fromUtf8(OGR_L_GetName(m_layer));
    }
    ~Open()
    {
        if (m_ds)
            GDALClose(m_ds);
    }
    Open(const Open&) = delete;
    Open& operator=(const Open&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    core::Error error(const QString& reason) const { return core::Error{m_path, m_name, reason}; }
    core::Error error() const { return error(m_error); }
    OGRLayerH layer() const { return m_layer; }
    OGRFeatureDefnH definition() const { return OGR_L_GetLayerDefn(m_layer); }

    // The OGC code of the layer's geometry type (1-3 single, 4-6 multi, 7 collection, 0 any).
    int geometryCode() const { return int(wkbFlatten(OGR_L_GetGeomType(m_layer))); }

    // One change in a transaction of the file: committed when `body` succeeds.
    template <typename Body>
    core::Status transaction(Body&& body) const
    {
        if (OGR_L_StartTransaction(m_layer) != OGRERR_NONE)
            return error(tr("the file cannot be written (is it read-only or locked?)"));
        GdalErrorCapture errors;
        core::Status s = body(errors);
        if (!s) {
            OGR_L_RollbackTransaction(m_layer);
            return s;
        }
        if (OGR_L_CommitTransaction(m_layer) != OGRERR_NONE)
            return error(errors.lastError().isEmpty() ? tr("the change could not be saved") : errors.lastError());
        return core::Done{};
    }

    // `wkb` as the layer stores it: a single part becomes a multi of one in a multi layer;
    // several parts are refused by a single-part layer.
    core::Result<OGRGeometryH> geometry(const QByteArray& wkb) const
    {
        if (wkb.isEmpty())
            return OGRGeometryH(nullptr);
        OGRGeometryH g = nullptr;
        if (OGR_G_CreateFromWkbEx(wkb.constData(), nullptr, &g, size_t(wkb.size())) != OGRERR_NONE || !g)
            return error(tr("the geometry cannot be read"));
        const int column = geometryCode();
        const int type = int(wkbFlatten(OGR_G_GetGeometryType(g)));
        if (column >= 4 && column <= 6 && type < 4)
            g = OGR_G_ForceTo(g, OGRwkbGeometryType(column), nullptr);
        else if (column >= 1 && column <= 3 && type >= 4) {
            OGR_G_DestroyGeometry(g);
            return error(tr("the geometry has several parts and the layer holds single ones"));
        }
        return g;
    }

private:
    QString m_path;
    QString m_name;
    GDALDatasetH m_ds = nullptr;
    OGRLayerH m_layer = nullptr;
    QString m_error;
};

namespace {

QString sqlTypeOf(OGRFieldDefnH field)
{
    switch (OGR_Fld_GetType(field)) {
    case OFTInteger:
        return OGR_Fld_GetSubType(field) == OFSTBoolean ? QStringLiteral("BOOLEAN") : QStringLiteral("INTEGER");
    case OFTInteger64:
        return QStringLiteral("INTEGER");
    case OFTReal:
        return QStringLiteral("REAL");
    case OFTDate:
        return QStringLiteral("DATE");
    case OFTDateTime:
        return QStringLiteral("DATETIME");
    default:
        return QStringLiteral("TEXT");
    }
}

// Sets field `name` of `f` from a form or undo value; false when the layer has no such field.
bool setField(OGRFeatureH f, const QString& name, const QVariant& value)
{
    const int i = OGR_F_GetFieldIndex(f, name.toUtf8().constData());
    if (i < 0)
        return false;
    // An empty form entry is no value, except in a text field.
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
                           OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i)) != OFTString)) {
        OGR_F_SetFieldNull(f, i);
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        OGR_F_SetFieldInteger64(f, i, value.toLongLong());
        break;
    case QMetaType::Double:
        OGR_F_SetFieldDouble(f, i, value.toDouble());
        break;
    case QMetaType::QDate:
        OGR_F_SetFieldString(f, i, value.toDate().toString(Qt::ISODate).toUtf8().constData());
        break;
    case QMetaType::QDateTime:
        OGR_F_SetFieldString(f, i, value.toDateTime().toString(Qt::ISODate).toUtf8().constData());
        break;
    default:
        OGR_F_SetFieldString(f, i, value.toString().toUtf8().constData());
    }
    return true;
}

}  // namespace

OgrLayerEditor::OgrLayerEditor(QString path, QString layer) : m_path(std::move(path)), m_layer(std::move(layer)) {}

core::Result<QList<EditableField>> OgrLayerEditor::fields() const
{
    const Open file(m_path, m_layer, false);
    if (!file.ok())
        return file.error();
    QList<EditableField> out;
    for (int i = 0; i < OGR_FD_GetFieldCount(file.definition()); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(file.definition(), i);
        out << EditableField{QString::fromUtf8(OGR_Fld_GetNameRef(field)), sqlTypeOf(field)};
    }
    return out;
}

core::Result<QString> OgrLayerEditor::crs() const
{
    const Open file(m_path, m_layer, false);
    if (!file.ok())
        return file.error();
    const QString crs = crsOfLayer(file.layer());
    if (crs.isEmpty())
        return file.error(tr("the layer has no coordinate reference system"));
    return crs;
}

core::Result<EditableGeometry> OgrLayerEditor::geometryKind() const
{
    const Open file(m_path, m_layer, false);
    if (!file.ok())
        return file.error();
    return editableGeometryOf(file.geometryCode(), m_path, m_layer);
}

core::Result<bool> OgrLayerEditor::holdsMultiParts() const
{
    const Open file(m_path, m_layer, false);
    if (!file.ok())
        return file.error();
    return file.geometryCode() >= 4 && file.geometryCode() <= 7;
}

core::Result<qint64> OgrLayerEditor::insert(const FeatureRecord& feature, bool repair) const
{
    auto checked = validatedGeometry(feature.wkb, repair, m_path, m_layer);
    if (!checked)
        return checked.error();
    const Open file(m_path, m_layer, true);
    if (!file.ok())
        return file.error();
    qint64 fid = -1;
    auto s = file.transaction([&](const GdalErrorCapture& errors) -> core::Status {
        auto geometry = file.geometry(checked.value());
        if (!geometry)
            return geometry.error();
        OGRFeatureH f = OGR_F_Create(file.definition());
        OGR_F_SetGeometryDirectly(f, geometry.value());
        if (feature.fid > 0)
            OGR_F_SetFID(f, feature.fid);  // redo after undo: the same id again
        for (auto it = feature.attributes.constBegin(); it != feature.attributes.constEnd(); ++it)
            if (!setField(f, it.key(), it.value())) {
                OGR_F_Destroy(f);
                return file.error(tr("the layer has no field “%1”").arg(it.key()));
            }
        const bool created = OGR_L_CreateFeature(file.layer(), f) == OGRERR_NONE;
        fid = OGR_F_GetFID(f);
        OGR_F_Destroy(f);
        if (!created)
            return file.error(errors.lastError().isEmpty() ? tr("the feature could not be added") : errors.lastError());
        return core::Done{};
    });
    if (!s)
        return s.error();
    return fid;
}

core::Result<FeatureRecord> OgrLayerEditor::read(qint64 fid) const
{
    const Open file(m_path, m_layer, false);
    if (!file.ok())
        return file.error();
    OGRFeatureH f = OGR_L_GetFeature(file.layer(), fid);
    if (!f)
        return file.error(tr("no feature %1").arg(fid));
    FeatureRecord record;
    record.fid = fid;
    if (OGRGeometryH g = OGR_F_GetGeometryRef(f); g && !OGR_G_IsEmpty(g)) {
        record.wkb.resize(OGR_G_WkbSize(g));
        OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(record.wkb.data()));
    }
    for (int i = 0; i < OGR_F_GetFieldCount(f); ++i)
        record.attributes.insert(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_F_GetFieldDefnRef(f, i))), ogrFieldValue(f, i));
    OGR_F_Destroy(f);
    return record;
}

core::Status OgrLayerEditor::replaceGeometry(qint64 fid, const QByteArray& wkb, bool repair) const
{
    auto checked = validatedGeometry(wkb, repair, m_path, m_layer);
    if (!checked)
        return checked.error();
    const Open file(m_path, m_layer, true);
    if (!file.ok())
        return file.error();
    return file.transaction([&](const GdalErrorCapture& errors) -> core::Status {
        OGRFeatureH f = OGR_L_GetFeature(file.layer(), fid);
        if (!f)
            return file.error(tr("no feature %1").arg(fid));
        auto geometry = file.geometry(checked.value());
        if (!geometry) {
            OGR_F_Destroy(f);
            return geometry.error();
        }
        OGR_F_SetGeometryDirectly(f, geometry.value());
        const bool set = OGR_L_SetFeature(file.layer(), f) == OGRERR_NONE;
        OGR_F_Destroy(f);
        if (!set)
            return file.error(errors.lastError().isEmpty() ? tr("the feature could not be changed") : errors.lastError());
        return core::Done{};
    });
}

core::Status OgrLayerEditor::remove(qint64 fid) const
{
    const Open file(m_path, m_layer, true);
    if (!file.ok())
        return file.error();
    return file.transaction([&](const GdalErrorCapture& errors) -> core::Status {
        if (OGR_L_DeleteFeature(file.layer(), fid) != OGRERR_NONE)
            return file.error(errors.lastError().isEmpty() ? tr("no feature %1").arg(fid) : errors.lastError());
        return core::Done{};
    });
}

core::Result<qint64> OgrLayerEditor::count() const
{
    const Open file(m_path, m_layer, false);
    if (!file.ok())
        return file.error();
    return qint64(OGR_L_GetFeatureCount(file.layer(), TRUE));
}

}  // namespace atlas::gis
