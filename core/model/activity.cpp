#include "core/model/activity.h"

#include <QJsonArray>
#include <array>

namespace atlas::core {
namespace {

constexpr std::array<const char*, 5> kTypes = {"advice-mission", "workshop", "discovery-day", "call-for-projects",
                                               "study"};
constexpr std::array<const char*, 3> kStatuses = {"planned", "ongoing", "done"};
// Keys that are content (identity fields are not changes of content).
constexpr std::array<const char*, 13> kContentKeys = {"type",   "status",   "title_fr", "title_nl",     "organisation",
                                                      "people", "start",    "end",      "budget",       "location",
                                                      "fiches", "media",    "publications"};

template <std::size_t N>
QStringList namesOf(const std::array<const char*, N>& names)
{
    QStringList out;
    for (const char* n : names)
        out << QLatin1String(n);
    return out;
}

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<const char*, N>& names, const QString& name)
{
    // "call for projects" and "call_for_projects" are the same as "call-for-projects".
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    for (std::size_t i = 0; i < N; ++i)
        if (key == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

QJsonArray uuidArray(const QList<QUuid>& uuids)
{
    QJsonArray a;
    for (const QUuid& u : uuids)
        a << u.toString(QUuid::WithoutBraces);
    return a;
}

Result<QList<QUuid>> uuidList(const QJsonObject& j, const char* key)
{
    QList<QUuid> out;
    for (const QJsonValue& v : j.value(QLatin1String(key)).toArray()) {
        const QUuid u = QUuid::fromString(v.toString());
        if (u.isNull())
            return Error{{}, QLatin1String(key), QStringLiteral("'%1' is not a UUID").arg(v.toString())};
        out << u;
    }
    return out;
}

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

}  // namespace

QString activityTypeName(ActivityType type)
{
    return QLatin1String(kTypes[std::size_t(type)]);
}

QString activityStatusName(ActivityStatus status)
{
    return QLatin1String(kStatuses[std::size_t(status)]);
}

std::optional<ActivityType> activityTypeFromName(const QString& name)
{
    return fromName<ActivityType>(kTypes, name);
}

std::optional<ActivityStatus> activityStatusFromName(const QString& name)
{
    return fromName<ActivityStatus>(kStatuses, name);
}

QStringList activityTypeNames()
{
    return namesOf(kTypes);
}

QStringList activityStatusNames()
{
    return namesOf(kStatuses);
}

Activity Activity::create(ActivityType type)
{
    Activity a;
    a.identity = RecordIdentity::create();
    a.type = type;
    return a;
}

QString Activity::title(const QString& language) const
{
    const QString& preferred = language == QLatin1String("nl") ? titleNl : titleFr;
    const QString& other = language == QLatin1String("nl") ? titleFr : titleNl;
    return preferred.trimmed().isEmpty() ? other : preferred;
}

bool Activity::sameContent(const Activity& other) const
{
    return activityChanges(this, other).isEmpty();
}

QJsonObject activityToJson(const Activity& a)
{
    return QJsonObject{
        {QStringLiteral("uuid"), a.identity.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("version"), a.identity.version},
        {QStringLiteral("modified"), a.identity.modified.toString(Qt::ISODateWithMs)},
        {QStringLiteral("deleted"), a.identity.deleted},
        {QStringLiteral("type"), activityTypeName(a.type)},
        {QStringLiteral("status"), activityStatusName(a.status)},
        {QStringLiteral("title_fr"), a.titleFr},
        {QStringLiteral("title_nl"), a.titleNl},
        {QStringLiteral("organisation"), a.organisation},
        {QStringLiteral("people"), QJsonArray::fromStringList(a.people)},
        {QStringLiteral("start"), dateValue(a.start)},
        {QStringLiteral("end"), dateValue(a.end)},
        {QStringLiteral("budget"), a.budget ? QJsonValue(*a.budget) : QJsonValue()},
        {QStringLiteral("location"),
         a.locationWkb.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(a.locationWkb.toHex()))},
        {QStringLiteral("fiches"), uuidArray(a.fiches)},
        {QStringLiteral("media"), uuidArray(a.media)},
        {QStringLiteral("publications"), uuidArray(a.publications)},
    };
}

Result<Activity> activityFromJson(const QJsonObject& j)
{
    Activity a;
    a.identity.uuid = QUuid::fromString(j.value(QStringLiteral("uuid")).toString());
    if (a.identity.uuid.isNull())
        return Error{{}, QStringLiteral("uuid"), QStringLiteral("missing or not a UUID")};
    a.identity.version = j.value(QStringLiteral("version")).toInt(1);
    a.identity.modified = QDateTime::fromString(j.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    a.identity.deleted = j.value(QStringLiteral("deleted")).toBool();
    const QString type = j.value(QStringLiteral("type")).toString();
    const auto t = activityTypeFromName(type);
    if (!t)
        return Error{{}, QStringLiteral("type"), QStringLiteral("unknown activity type '%1'").arg(type)};
    a.type = *t;
    const QString status = j.value(QStringLiteral("status")).toString();
    const auto s = activityStatusFromName(status);
    if (!s)
        return Error{{}, QStringLiteral("status"), QStringLiteral("unknown activity status '%1'").arg(status)};
    a.status = *s;
    a.titleFr = j.value(QStringLiteral("title_fr")).toString();
    a.titleNl = j.value(QStringLiteral("title_nl")).toString();
    a.organisation = j.value(QStringLiteral("organisation")).toString();
    for (const QJsonValue& p : j.value(QStringLiteral("people")).toArray())
        a.people << p.toString();
    for (const char* key : {"start", "end"}) {
        const QString text = j.value(QLatin1String(key)).toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !d.isValid())
            return Error{{}, QLatin1String(key), QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text)};
        (QLatin1String(key) == QLatin1String("start") ? a.start : a.end) = d;
    }
    if (j.value(QStringLiteral("budget")).isDouble())
        a.budget = j.value(QStringLiteral("budget")).toDouble();
    a.locationWkb = QByteArray::fromHex(j.value(QStringLiteral("location")).toString().toLatin1());
    for (auto [key, list] : {std::pair{"fiches", &a.fiches}, std::pair{"media", &a.media},
                             std::pair{"publications", &a.publications}}) {
        auto uuids = uuidList(j, key);
        if (!uuids)
            return uuids.error();
        *list = uuids.take();
    }
    return a;
}

QJsonObject activityChanges(const Activity* before, const Activity& after)
{
    const QJsonObject n = activityToJson(after);
    const QJsonObject o = before ? activityToJson(*before) : QJsonObject();
    QJsonObject changes;
    for (const char* k : kContentKeys) {
        const QString key = QLatin1String(k);
        const QJsonValue nv = n.value(key);
        const QJsonValue ov = before ? o.value(key) : QJsonValue();
        const bool empty = nv.isNull() || (nv.isString() && nv.toString().isEmpty()) ||
                           (nv.isArray() && nv.toArray().isEmpty());
        if (before ? ov == nv : empty)
            continue;
        changes.insert(key, QJsonObject{{QStringLiteral("old"), ov}, {QStringLiteral("new"), nv}});
    }
    return changes;
}

}  // namespace atlas::core
