#include "http/fiche_input.h"

#include "core/model/observation_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cpl_conv.h>
#include <ogr_api.h>

namespace atlas::server {
namespace {

enum class Type { Text, LongText, TextList, Date, Enum, Geometry, Uuid, UuidList, Version, Ignored };

const QHash<QString, Type>& fieldTypes()
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("uuid"), Type::Uuid},          {QStringLiteral("version"), Type::Version},
        {QStringLiteral("kind"), Type::Enum},          {QStringLiteral("status"), Type::Enum},
        {QStringLiteral("scope"), Type::Enum},         {QStringLiteral("title_fr"), Type::Text},
        {QStringLiteral("title_nl"), Type::Text},      {QStringLiteral("description_fr"), Type::LongText},
        {QStringLiteral("description_nl"), Type::LongText}, {QStringLiteral("themes"), Type::TextList},
        {QStringLiteral("tags"), Type::TextList},      {QStringLiteral("links"), Type::UuidList},
        {QStringLiteral("geometry"), Type::Geometry},  {QStringLiteral("date_start"), Type::Date},
        {QStringLiteral("date_end"), Type::Date},      {QStringLiteral("author"), Type::Text},
        {QStringLiteral("commune"), Type::Text},
        // Server-side facts a client may echo back; never taken from the client.
        {QStringLiteral("modified"), Type::Ignored},   {QStringLiteral("deleted"), Type::Ignored},
        {QStringLiteral("group"), Type::Ignored},      {QStringLiteral("owner"), Type::Ignored},
        {QStringLiteral("lon"), Type::Ignored},        {QStringLiteral("lat"), Type::Ignored},
    };
    return types;
}

core::Error fieldError(const QString& field, const QString& reason)
{
    return core::Error{{}, field, reason};
}

bool isUuid(const QJsonValue& v)
{
    return v.isString() && !QUuid::fromString(v.toString()).isNull();
}

// Hex WKB of a GeoJSON geometry or of hex WKB, checked by OGR; error text when unreadable.
core::Result<QString> checkedGeometry(const QJsonValue& v)
{
    OGRGeometryH g = nullptr;
    if (v.isObject()) {
        g = OGR_G_CreateGeometryFromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
    } else if (v.isString()) {
        const QByteArray hex = v.toString().toLatin1();
        const QByteArray wkb = QByteArray::fromHex(hex);
        if (wkb.toHex().compare(hex.toLower()) == 0 && !wkb.isEmpty())
            OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size()));
    }
    if (!g)
        return fieldError(QStringLiteral("geometry"), QStringLiteral("not a readable geometry (hex WKB or GeoJSON)"));
    OGREnvelope env;
    OGR_G_GetEnvelope(g, &env);
    const bool inRange = env.MinX >= -180 && env.MaxX <= 180 && env.MinY >= -90 && env.MaxY <= 90;
    QByteArray wkb(OGR_G_WkbSize(g), '\0');
    OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()));
    const bool empty = OGR_G_IsEmpty(g);
    OGR_G_DestroyGeometry(g);
    if (empty || !inRange)
        return fieldError(QStringLiteral("geometry"),
                          QStringLiteral("coordinates must be longitude/latitude (EPSG:4326) and not empty"));
    return QString::fromLatin1(wkb.toHex());
}

core::Result<QJsonValue> checkedValue(const QString& key, Type type, const QJsonValue& v)
{
    const auto tooLong = [&](int max) {
        return fieldError(key, QStringLiteral("longer than %1 characters").arg(max));
    };
    switch (type) {
    case Type::Text:
    case Type::LongText: {
        if (!v.isString())
            return fieldError(key, QStringLiteral("must be a string"));
        const int max = type == Type::Text ? 500 : 20000;
        if (v.toString().size() > max)
            return tooLong(max);
        return v;
    }
    case Type::TextList:
    case Type::UuidList: {
        if (!v.isArray())
            return fieldError(key, QStringLiteral("must be an array of strings"));
        if (v.toArray().size() > 200)
            return fieldError(key, QStringLiteral("more than 200 items"));
        for (const QJsonValue& item : v.toArray()) {
            if (type == Type::UuidList ? !isUuid(item) : !item.isString())
                return fieldError(key, type == Type::UuidList ? QStringLiteral("must be an array of UUIDs")
                                                               : QStringLiteral("must be an array of strings"));
            if (item.toString().size() > 200)
                return fieldError(key, QStringLiteral("an item is longer than 200 characters"));
        }
        return v;
    }
    case Type::Date:
        if (v.isNull())
            return v;
        if (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return fieldError(key, QStringLiteral("must be a date YYYY-MM-DD or null"));
        return v;
    case Type::Enum:
        if (!v.isString())
            return fieldError(key, QStringLiteral("must be a string"));
        return v;  // the value itself is checked by observationFromJson
    case Type::Geometry: {
        if (v.isNull())
            return v;
        auto hex = checkedGeometry(v);
        if (!hex)
            return hex.error();
        return QJsonValue(hex.value());
    }
    case Type::Uuid:
        if (!isUuid(v))
            return fieldError(key, QStringLiteral("must be a UUID"));
        return v;
    case Type::Version:
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1)
            return fieldError(key, QStringLiteral("must be a positive integer"));
        return v;
    case Type::Ignored:
        return v;
    }
    return v;
}

}  // namespace

core::Result<core::Observation> ficheFromClient(const QJsonObject& json, const core::Observation* base)
{
    QJsonObject merged = base ? core::observationToJson(*base) : QJsonObject();
    if (!base && !json.contains(QStringLiteral("kind")))
        return fieldError(QStringLiteral("kind"), QStringLiteral("is required (landmark, project, realisation, action)"));
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto type = fieldTypes().constFind(it.key());
        if (type == fieldTypes().constEnd())
            return fieldError(it.key(), QStringLiteral("unknown field"));
        if (*type == Type::Ignored || (base && (it.key() == QLatin1String("uuid") || it.key() == QLatin1String("version"))))
            continue;
        auto value = checkedValue(it.key(), *type, it.value());
        if (!value)
            return value.error();
        merged.insert(it.key(), value.value());
    }
    auto obs = core::observationFromJson(merged);
    if (!obs)
        return obs.error();
    core::Observation o = obs.take();
    if (base)
        o.identity = base->identity;
    else if (o.identity.uuid.isNull())
        o.identity.uuid = QUuid::createUuid();
    if (o.dateEnd.isValid() && (!o.dateStart.isValid() || o.dateEnd < o.dateStart))
        return fieldError(QStringLiteral("date_end"), QStringLiteral("must not be before date_start"));
    return o;
}

QJsonValue wkbToGeoJson(const QByteArray& wkb)
{
    if (wkb.isEmpty())
        return QJsonValue();
    OGRGeometryH g = nullptr;
    if (OGR_G_CreateFromWkb(wkb.constData(), nullptr, &g, int(wkb.size())) != OGRERR_NONE || !g)
        return QJsonValue();
    char* text = OGR_G_ExportToJson(g);
    const QJsonObject obj = QJsonDocument::fromJson(QByteArray(text)).object();
    CPLFree(text);
    OGR_G_DestroyGeometry(g);
    return obj;
}

}  // namespace atlas::server
