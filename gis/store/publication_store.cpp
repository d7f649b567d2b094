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

}  // namespace

PublicationStore::PublicationStore(SqliteDatabase& db) : m_db(db) {}

core::Result<std::optional<Publication>> PublicationStore::find(const QUuid& uuid)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM publications WHERE uuid = ?").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    if (q.value().bind(1, uuidText(uuid)).step()) {
        auto p = readRow(q.value());
        if (!p)
            return Error{m_db.path(), uuidText(uuid) + QLatin1Char(' ') + p.error().location, p.error().reason};
        return std::optional<Publication>(p.take());
    }
    if (!q.value().ok())
        return Error{m_db.path(), uuidText(uuid), q.value().errorString()};
    return std::optional<Publication>();
}

core::Result<Publication> PublicationStore::publication(const QUuid& uuid)
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->identity.deleted)
        return Error{m_db.path(), uuidText(uuid), QCoreApplication::translate("atlas::gis", "no such publication")};
    return *found.value();
}

core::Status PublicationStore::writeRow(const Publication& p)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO publications (%1) VALUES (?, ?, ?, ?, ?, ?, ?) "
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
    return q.value().ok() ? core::Status(core::Done{}) : Error{m_db.path(), uuidText(p.identity.uuid), q.value().errorString()};
}

core::Result<Publication> PublicationStore::save(const Publication& input)
{
    if (input.identity.uuid.isNull())
        return Error{m_db.path(), {}, QCoreApplication::translate("atlas::gis", "a publication needs a UUID")};
    Publication stored = input;
    stored.identity.deleted = false;
    auto status = m_db.transaction([&]() -> core::Status {
        auto existing = find(stored.identity.uuid);
        if (!existing)
            return existing.error();
        const std::optional<Publication>& before = existing.value();
        const QJsonObject changes = core::publicationChanges(before ? &*before : nullptr, stored);
        if (before && !before->identity.deleted && changes.isEmpty()) {
            stored = *before;  // nothing changed: no new version, no log row
            return core::Done{};
        }
        const ChangeLogEntry entry = savedRecordChange(QStringLiteral("publications"),
                                                       before ? &before->identity : nullptr, stored.identity, changes);
        if (auto s = writeRow(stored); !s)
            return s;
        return appendChange(m_db, entry);
    });
    if (!status)
        return status.error();
    return stored;
}

core::Status PublicationStore::remove(const QUuid& uuid)
{
    return m_db.transaction([&]() -> core::Status {
        auto existing = find(uuid);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return Error{m_db.path(), uuidText(uuid), QCoreApplication::translate("atlas::gis", "no such publication")};
        Publication gone = *existing.value();
        if (gone.identity.deleted)
            return core::Done{};
        const ChangeLogEntry entry = deletedRecordChange(QStringLiteral("publications"), gone.identity);
        if (auto s = writeRow(gone); !s)
            return s;
        return appendChange(m_db, entry);
    });
}

core::Result<QList<Publication>> PublicationStore::list()
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM publications WHERE deleted = 0 ORDER BY title_fr, title_nl")
                              .arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    QList<Publication> out;
    while (q.value().step()) {
        auto p = readRow(q.value());
        if (!p)
            return Error{m_db.path(), q.value().text(0) + QLatin1Char(' ') + p.error().location, p.error().reason};
        out << p.take();
    }
    if (!q.value().ok())
        return Error{m_db.path(), {}, q.value().errorString()};
    return out;
}

}  // namespace atlas::gis
