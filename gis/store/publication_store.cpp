#include "gis/store/publication_store.h"

#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace atlas::gis {

using core::Error;
using core::Publication;

namespace {

const char* const kColumns = "uuid, title_fr, title_nl, sections, version, modified, deleted";

QString uuidText(const QUuid& u)
{
    return u.toString(QUuid::WithoutBraces);
}

core::Result<Publication> readRow(const SqliteStatement& q)
{
    const QJsonObject j{{QStringLiteral("uuid"), q.text(0)},
                        {QStringLiteral("title_fr"), q.text(1)},
                        {QStringLiteral("title_nl"), q.text(2)},
                        {QStringLiteral("sections"), QJsonDocument::fromJson(q.text(3).toUtf8()).array()},
                        {QStringLiteral("version"), int(q.integer(4))},
                        {QStringLiteral("modified"), q.text(5)},
                        {QStringLiteral("deleted"), q.integer(6) != 0}};
    return core::publicationFromJson(j);
}

core::Status writeRow(SqliteDatabase& db, const Publication& p)
{
    auto q = db.prepare(QStringLiteral("INSERT INTO publications (%1) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(uuid) DO UPDATE SET title_fr = excluded.title_fr, "
                                       "title_nl = excluded.title_nl, sections = excluded.sections, "
                                       "version = excluded.version, modified = excluded.modified, "
                                       "deleted = excluded.deleted")
                            .arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    const QJsonArray sections = core::publicationToJson(p).value(QStringLiteral("sections")).toArray();
    q.value()
        .bind(1, uuidText(p.identity.uuid))
        .bind(2, p.titleFr)
        .bind(3, p.titleNl)
        .bind(4, QString::fromUtf8(QJsonDocument(sections).toJson(QJsonDocument::Compact)))
        .bind(5, p.identity.version)
        .bind(6, p.identity.modified.toString(Qt::ISODateWithMs))
        .bind(7, p.identity.deleted);
    q.value().step();
    return q.value().ok() ? core::Status(core::Done{}) : Error{db.path(), uuidText(p.identity.uuid), q.value().errorString()};
}

}  // namespace

PublicationStore::PublicationStore(SqliteDatabase& db)
    : m_table(db, {QStringLiteral("publications"), QLatin1String(kColumns), readRow, writeRow,
                   core::publicationChanges, QCoreApplication::translate("atlas::gis", "no such publication")})
{
}

core::Result<Publication> PublicationStore::publication(const QUuid& uuid)
{
    return m_table.get(uuid);
}

core::Result<Publication> PublicationStore::save(const Publication& input)
{
    if (input.identity.uuid.isNull())
        return Error{m_table.database().path(), {},
                     QCoreApplication::translate("atlas::gis", "a publication needs a UUID")};
    return m_table.save(input);
}

core::Status PublicationStore::remove(const QUuid& uuid)
{
    return m_table.remove(uuid);
}

core::Result<QList<Publication>> PublicationStore::list()
{
    return m_table.select(QStringLiteral("WHERE deleted = 0 ORDER BY title_fr, title_nl"), {});
}

}  // namespace atlas::gis
