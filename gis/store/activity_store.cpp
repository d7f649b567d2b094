#include "gis/store/activity_store.h"

#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace atlas::gis {

using core::Activity;
using core::Error;

namespace {

const char* const kColumns =
    "uuid, type, status, title_fr, title_nl, organisation, people, date_start, date_end, budget, hex(location), "
    "fiches, media, publications, version, modified, deleted";

QString uuidText(const QUuid& u)
{
    return u.toString(QUuid::WithoutBraces);
}

QString noSuchActivity()
{
    return QCoreApplication::translate("atlas::gis", "no such activity");
}

QString jsonText(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// The row as the JSON the model reads, so the rules for each field live in one place.
core::Result<Activity> readRow(const SqliteStatement& q)
{
    const auto array = [&](int column) { return QJsonDocument::fromJson(q.text(column).toUtf8()).array(); };
    QJsonObject j{{QStringLiteral("uuid"), q.text(0)},       {QStringLiteral("type"), q.text(1)},
                  {QStringLiteral("status"), q.text(2)},     {QStringLiteral("title_fr"), q.text(3)},
                  {QStringLiteral("title_nl"), q.text(4)},   {QStringLiteral("organisation"), q.text(5)},
                  {QStringLiteral("people"), array(6)},      {QStringLiteral("start"), q.text(7)},
                  {QStringLiteral("end"), q.text(8)},        {QStringLiteral("fiches"), array(11)},
                  {QStringLiteral("media"), array(12)},      {QStringLiteral("publications"), array(13)},
                  {QStringLiteral("version"), int(q.integer(14))}, {QStringLiteral("modified"), q.text(15)},
                  {QStringLiteral("deleted"), q.integer(16) != 0}};
    if (!q.isNull(9))
        j.insert(QStringLiteral("budget"), q.real(9));
    if (!q.text(10).isEmpty())
        j.insert(QStringLiteral("location"), q.text(10));
    return core::activityFromJson(j);
}

core::Status writeRow(SqliteDatabase& db, const Activity& a)
{
    auto q = db.prepare(QStringLiteral(
        "INSERT INTO activities (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(uuid) DO UPDATE SET type = excluded.type, status = excluded.status, "
        "title_fr = excluded.title_fr, title_nl = excluded.title_nl, organisation = excluded.organisation, "
        "people = excluded.people, date_start = excluded.date_start, date_end = excluded.date_end, "
        "budget = excluded.budget, location = excluded.location, fiches = excluded.fiches, media = excluded.media, "
        "publications = excluded.publications, version = excluded.version, modified = excluded.modified, "
        "deleted = excluded.deleted")
                              .arg(QString::fromLatin1(kColumns).replace(QLatin1String("hex(location)"),
                                                                         QLatin1String("location"))));
    if (!q)
        return q.error();
    const QJsonObject j = core::activityToJson(a);
    const auto date = [](const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
    q.value()
        .bind(1, uuidText(a.identity.uuid))
        .bind(2, j.value(QStringLiteral("type")).toString())
        .bind(3, j.value(QStringLiteral("status")).toString())
        .bind(4, a.titleFr)
        .bind(5, a.titleNl)
        .bind(6, a.organisation)
        .bind(7, jsonText(j.value(QStringLiteral("people"))))
        .bind(8, date(a.start))
        .bind(9, date(a.end))
        .bind(10, a.budget ? QVariant(*a.budget) : QVariant())
        .bind(11, a.locationWkb.isEmpty() ? QVariant() : QVariant(a.locationWkb))
        .bind(12, jsonText(j.value(QStringLiteral("fiches"))))
        .bind(13, jsonText(j.value(QStringLiteral("media"))))
        .bind(14, jsonText(j.value(QStringLiteral("publications"))))
        .bind(15, a.identity.version)
        .bind(16, a.identity.modified.toString(Qt::ISODateWithMs))
        .bind(17, a.identity.deleted);
    q.value().step();
    return q.value().ok() ? core::Status(core::Done{}) : Error{db.path(), uuidText(a.identity.uuid), q.value().errorString()};
}

}  // namespace

ActivityStore::ActivityStore(SqliteDatabase& db)
    : m_table(db, {QStringLiteral("activities"), QLatin1String(kColumns), readRow, writeRow, core::activityChanges,
                   noSuchActivity()})
{
}

core::Result<Activity> ActivityStore::activity(const QUuid& uuid)
{
    return m_table.get(uuid);
}

core::Result<Activity> ActivityStore::save(const Activity& input)
{
    if (input.identity.uuid.isNull())
        return Error{m_table.database().path(), {}, QCoreApplication::translate("atlas::gis", "an activity needs a UUID")};
    if (input.start.isValid() && input.end.isValid() && input.end < input.start)
        return Error{m_table.database().path(), uuidText(input.identity.uuid),
                     QCoreApplication::translate("atlas::gis", "the activity ends (%1) before it starts (%2)")
                         .arg(input.end.toString(Qt::ISODate), input.start.toString(Qt::ISODate))};
    return m_table.save(input);
}

core::Status ActivityStore::remove(const QUuid& uuid)
{
    return m_table.remove(uuid);
}

core::Result<QList<Activity>> ActivityStore::list(const ActivityFilter& filter)
{
    QString clause = QStringLiteral("WHERE deleted = 0");
    QVariantList args;
    if (filter.type) {
        clause += QStringLiteral(" AND type = ?");
        args << core::activityTypeName(*filter.type);
    }
    if (filter.status) {
        clause += QStringLiteral(" AND status = ?");
        args << core::activityStatusName(*filter.status);
    }
    if (filter.year > 0) {
        clause += QStringLiteral(" AND substr(date_start, 1, 4) = ?");
        args << QString::number(filter.year);
    }
    if (!filter.text.trimmed().isEmpty()) {
        clause += QStringLiteral(" AND (title_fr || ' ' || title_nl || ' ' || organisation || ' ' || people) LIKE ?");
        args << QStringLiteral("%%1%").arg(filter.text.trimmed());
    }
    return m_table.select(clause + QStringLiteral(" ORDER BY date_start IS NULL, date_start, title_fr, title_nl"), args);
}

}  // namespace atlas::gis
