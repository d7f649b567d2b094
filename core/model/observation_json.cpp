#include "core/model/observation_json.h"

#include "core/model/json_text.h"
#include "core/model/wkb_point.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace atlas::core {
namespace {

const QStringList& contentKeys()
{
    static const QStringList keys = {
        QStringLiteral("kind"),       QStringLiteral("title_fr"),       QStringLiteral("title_nl"),
        QStringLiteral("description_fr"), QStringLiteral("description_nl"), QStringLiteral("themes"),
        QStringLiteral("geometry"),   QStringLiteral("date_start"),     QStringLiteral("date_end"),
        QStringLiteral("author"),     QStringLiteral("status"),         QStringLiteral("scope"),
        QStringLiteral("commune"),    QStringLiteral("tags"),           QStringLiteral("links")};
    return keys;
}

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

bool isEmptyValue(const QJsonValue& v)
{
    return v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
}

Error badValue(const QString& key, const QString& value)
{
    return Error{{}, key, QCoreApplication::translate("atlas::core", "unknown value '%1'").arg(value)};
}

}  // namespace

namespace {

// The keys and values of an observation, written by `put(key, value)`: one list for the
// object form and the text form.
template <typename Put>
void writeObservation(const Observation& o, Put&& put)
{
    QStringList links;
    for (const QUuid& u : o.links)
        links << u.toString(QUuid::WithoutBraces);
    put("uuid", o.identity.uuid.toString(QUuid::WithoutBraces));
    put("version", o.identity.version);
    put("modified", o.identity.modified.toString(Qt::ISODateWithMs));
    put("deleted", o.identity.deleted);
    put("kind", kindName(o.kind));
    put("title_fr", o.titleFr);
    put("title_nl", o.titleNl);
    put("description_fr", o.descriptionFr);
    put("description_nl", o.descriptionNl);
    put("themes", o.themes);
    put("geometry", o.geometryWkb.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(o.geometryWkb.toHex())));
    put("date_start", dateValue(o.dateStart));
    put("date_end", dateValue(o.dateEnd));
    put("author", o.author);
    put("status", statusName(o.status));
    put("scope", scopeName(o.scope));
    put("commune", o.commune);
    put("tags", o.tags);
    put("links", links);
    if (const auto p = wkbPoint(o.geometryWkb)) {
        put("lon", p->x());
        put("lat", p->y());
    }
}

QJsonValue jsonValue(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

template <typename T>
QJsonValue jsonValue(const T& value)
{
    return QJsonValue(value);
}

}  // namespace

QJsonObject observationToJson(const Observation& o)
{
    QJsonObject json;
    writeObservation(o, [&](const char* key, const auto& value) { json.insert(QLatin1String(key), jsonValue(value)); });
    return json;
}

QByteArray observationJsonText(const Observation& o)
{
    JsonText t;
    t.beginObject();
    writeObservation(o, [&](const char* key, const auto& value) { t.field(QLatin1StringView(key), value); });
    return t.endObject().bytes();
}

Result<Observation> observationFromJson(const QJsonObject& j)
{
    Observation o;
    o.identity.uuid = QUuid::fromString(j.value(QStringLiteral("uuid")).toString());
    o.identity.version = j.value(QStringLiteral("version")).toInt(1);
    o.identity.modified = QDateTime::fromString(j.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    o.identity.deleted = j.value(QStringLiteral("deleted")).toBool();
    const QString kind = j.value(QStringLiteral("kind")).toString(QStringLiteral("landmark"));
    const QString status = j.value(QStringLiteral("status")).toString(QStringLiteral("draft"));
    const QString scope = j.value(QStringLiteral("scope")).toString(QStringLiteral("private"));
    const auto k = kindFromName(kind);
    const auto st = statusFromName(status);
    const auto sc = scopeFromName(scope);
    if (!k)
        return badValue(QStringLiteral("kind"), kind);
    if (!st)
        return badValue(QStringLiteral("status"), status);
    if (!sc)
        return badValue(QStringLiteral("scope"), scope);
    o.kind = *k;
    o.status = *st;
    o.scope = *sc;
    o.titleFr = j.value(QStringLiteral("title_fr")).toString();
    o.titleNl = j.value(QStringLiteral("title_nl")).toString();
    o.descriptionFr = j.value(QStringLiteral("description_fr")).toString();
    o.descriptionNl = j.value(QStringLiteral("description_nl")).toString();
    for (const QJsonValue& v : j.value(QStringLiteral("themes")).toArray())
        o.themes << v.toString();
    o.geometryWkb = QByteArray::fromHex(j.value(QStringLiteral("geometry")).toString().toLatin1());
    o.dateStart = QDate::fromString(j.value(QStringLiteral("date_start")).toString(), Qt::ISODate);
    o.dateEnd = QDate::fromString(j.value(QStringLiteral("date_end")).toString(), Qt::ISODate);
    o.author = j.value(QStringLiteral("author")).toString();
    o.commune = j.value(QStringLiteral("commune")).toString();
    for (const QJsonValue& v : j.value(QStringLiteral("tags")).toArray())
        o.tags << v.toString();
    for (const QJsonValue& v : j.value(QStringLiteral("links")).toArray())
        o.links << QUuid::fromString(v.toString());
    return o;
}

QJsonObject observationChanges(const Observation* before, const Observation& after)
{
    const QJsonObject newJson = observationToJson(after);
    const QJsonObject oldJson = before ? observationToJson(*before) : QJsonObject();
    QJsonObject changes;
    for (const QString& key : contentKeys()) {
        const QJsonValue n = newJson.value(key);
        const QJsonValue o = before ? oldJson.value(key) : QJsonValue();
        if (before ? o == n : isEmptyValue(n))
            continue;
        changes.insert(key, QJsonObject{{QStringLiteral("old"), o}, {QStringLiteral("new"), n}});
    }
    return changes;
}

}  // namespace atlas::core
