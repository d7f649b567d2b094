#include "core/model/observation_json.h"

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

QJsonObject observationToJson(const Observation& o)
{
    QJsonArray links;
    for (const QUuid& u : o.links)
        links << u.toString(QUuid::WithoutBraces);
    QJsonObject json{
        {QStringLiteral("uuid"), o.identity.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("version"), o.identity.version},
        {QStringLiteral("modified"), o.identity.modified.toString(Qt::ISODateWithMs)},
        {QStringLiteral("deleted"), o.identity.deleted},
        {QStringLiteral("kind"), kindName(o.kind)},
        {QStringLiteral("title_fr"), o.titleFr},
        {QStringLiteral("title_nl"), o.titleNl},
        {QStringLiteral("description_fr"), o.descriptionFr},
        {QStringLiteral("description_nl"), o.descriptionNl},
        {QStringLiteral("themes"), QJsonArray::fromStringList(o.themes)},
        {QStringLiteral("geometry"), o.geometryWkb.isEmpty() ? QJsonValue() : QString::fromLatin1(o.geometryWkb.toHex())},
        {QStringLiteral("date_start"), dateValue(o.dateStart)},
        {QStringLiteral("date_end"), dateValue(o.dateEnd)},
        {QStringLiteral("author"), o.author},
        {QStringLiteral("status"), statusName(o.status)},
        {QStringLiteral("scope"), scopeName(o.scope)},
        {QStringLiteral("commune"), o.commune},
        {QStringLiteral("tags"), QJsonArray::fromStringList(o.tags)},
        {QStringLiteral("links"), links},
    };
    if (const auto p = wkbPoint(o.geometryWkb)) {
        json.insert(QStringLiteral("lon"), p->x());
        json.insert(QStringLiteral("lat"), p->y());
    }
    return json;
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
