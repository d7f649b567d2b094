// ObservationStore, second part: media records and links, the boundary layer that names
// communes, the theme list and the atlas metadata they live in.

#include "gis/store/observation_store.h"

#include "core/model/media_json.h"
#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

namespace atlas::gis {
namespace {

using core::Error;
using core::MediaItem;

const QString kMediaColumns = QStringLiteral(
    "m.uuid, m.sha256, m.file_name, m.mime, m.size, m.title, m.caption, m.credits, m.licence, m.taken, m.lon, "
    "m.lat, m.direction, m.version, m.modified, m.deleted");

MediaItem readMedia(const SqliteStatement& s)
{
    MediaItem m;
    m.identity.uuid = QUuid::fromString(s.text(0));
    m.sha256 = s.text(1);
    m.fileName = s.text(2);
    m.mime = s.text(3);
    m.size = s.integer(4);
    m.title = s.text(5);
    m.caption = s.text(6);
    m.credits = s.text(7);
    m.licence = s.text(8);
    m.taken = QDateTime::fromString(s.text(9), Qt::ISODate);
    if (!s.isNull(10) && !s.isNull(11)) {
        m.lon = s.real(10);
        m.lat = s.real(11);
    }
    if (!s.isNull(12))
        m.direction = s.real(12);
    m.identity.version = int(s.integer(13));
    m.identity.modified = QDateTime::fromString(s.text(14), Qt::ISODateWithMs);
    m.identity.deleted = s.integer(15) != 0;
    return m;
}

QString uuidText(const QUuid& u)
{
    return u.toString(QUuid::WithoutBraces);
}

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

}  // namespace

core::Result<std::optional<MediaItem>> ObservationStore::mediaBySha256(const QString& sha256)
{
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM media m WHERE m.sha256 = ?").arg(kMediaColumns));
    if (!q)
        return q.error();
    if (q.value().bind(1, sha256).step())
        return std::optional<MediaItem>(readMedia(q.value()));
    if (!q.value().ok())
        return Error{path(), sha256, q.value().errorString()};
    return std::optional<MediaItem>();
}

core::Result<MediaItem> ObservationStore::saveMedia(const MediaItem& input)
{
    MediaItem stored = input;
    stored.identity.deleted = false;
    auto status = inTransaction([&]() -> core::Status {
        auto q = m_db->prepare(
            QStringLiteral("SELECT %1 FROM media m WHERE m.uuid = ? OR m.sha256 = ?").arg(kMediaColumns));
        if (!q)
            return q.error();
        std::optional<MediaItem> before;
        if (q.value().bind(1, uuidText(stored.identity.uuid)).bind(2, stored.sha256).step())
            before = readMedia(q.value());
        // One record per file content: a second import of the same bytes is the same media.
        if (before)
            stored.identity.uuid = before->identity.uuid;
        const QJsonObject oldJson = before ? core::mediaToJson(*before) : QJsonObject();
        const QJsonObject newJson = core::mediaToJson(stored);
        QJsonObject changes;
        for (auto it = newJson.begin(); it != newJson.end(); ++it)
            if (!before || oldJson.value(it.key()) != it.value())
                changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), before ? oldJson.value(it.key())
                                                                                     : QJsonValue()},
                                                     {QStringLiteral("new"), it.value()}});
        if (before && !before->identity.deleted && changes.isEmpty()) {
            stored = *before;
            return core::Done{};
        }
        stored.identity.version = before ? before->identity.version + 1 : 1;
        stored.identity.modified = QDateTime::currentDateTimeUtc();
        if (auto s = writeMediaRow(stored); !s)
            return s;
        ChangeLogEntry entry;
        entry.table = QStringLiteral("media");
        entry.record = stored.identity.uuid;
        entry.operation = before ? QStringLiteral("update") : QStringLiteral("insert");
        entry.baseVersion = before ? before->identity.version : 0;
        entry.newVersion = stored.identity.version;
        entry.changes = changes;
        entry.at = stored.identity.modified;
        return appendChange(*m_db, entry);
    });
    if (!status)
        return status.error();
    return stored;
}

core::Status ObservationStore::writeMediaRow(const MediaItem& stored)
{
    auto w = m_db->prepare(QStringLiteral(
        "INSERT INTO media (uuid, sha256, file_name, mime, size, title, caption, credits, licence, taken, lon, "
        "lat, direction, version, modified, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(uuid) DO UPDATE SET sha256 = excluded.sha256, file_name = excluded.file_name, "
        "mime = excluded.mime, size = excluded.size, title = excluded.title, caption = excluded.caption, "
        "credits = excluded.credits, licence = excluded.licence, taken = excluded.taken, lon = excluded.lon, "
        "lat = excluded.lat, direction = excluded.direction, version = excluded.version, "
        "modified = excluded.modified, deleted = excluded.deleted"));
    if (!w)
        return w.error();
    w.value()
        .bind(1, uuidText(stored.identity.uuid))
        .bind(2, stored.sha256)
        .bind(3, stored.fileName)
        .bind(4, stored.mime)
        .bind(5, stored.size)
        .bind(6, stored.title)
        .bind(7, stored.caption)
        .bind(8, stored.credits)
        .bind(9, stored.licence)
        .bind(10, stored.taken.isValid() ? QVariant(stored.taken.toString(Qt::ISODate)) : QVariant())
        .bind(11, optional(stored.lon))
        .bind(12, optional(stored.lat))
        .bind(13, optional(stored.direction))
        .bind(14, stored.identity.version)
        .bind(15, stored.identity.modified.toString(Qt::ISODateWithMs))
        .bind(16, stored.identity.deleted ? 1 : 0);
    w.value().step();
    if (!w.value().ok())
        return Error{path(), stored.fileName, w.value().errorString()};
    // Captions are searched through the fiches that show the media.
    for (const QUuid& fiche : [&] {
             QList<QUuid> list;
             auto l = m_db->prepare(
                 QStringLiteral("SELECT observation_uuid FROM observation_media WHERE media_uuid = ?"));
             if (l && l.value().bind(1, uuidText(stored.identity.uuid)).ok())
                 while (l.value().step())
                     list << QUuid::fromString(l.value().text(0));
             return list;
         }())
        if (auto s = refreshSearchIndex(fiche); !s)
            return s;
    return core::Done{};
}

core::Status ObservationStore::linkMedia(const QUuid& observation, const QUuid& media)
{
    const QString o = uuidText(observation), m = uuidText(media);
    const auto exists = [&](const QString& sql, const QString& a, const QString& b = {}) {
        auto q = m_db->prepare(sql);
        if (!q)
            return false;
        q.value().bind(1, a);
        if (!b.isEmpty())
            q.value().bind(2, b);
        return q.value().step();
    };
    return inTransaction([&]() -> core::Status {
        if (exists(QStringLiteral("SELECT 1 FROM observation_media WHERE observation_uuid = ? AND media_uuid = ?"), o, m))
            return core::Done{};
        if (!exists(QStringLiteral("SELECT 1 FROM observations WHERE uuid = ? AND deleted = 0"), o))
            return Error{path(), o, QCoreApplication::translate("atlas::gis", "no such observation")};
        if (!exists(QStringLiteral("SELECT 1 FROM media WHERE uuid = ? AND deleted = 0"), m))
            return Error{path(), m, QCoreApplication::translate("atlas::gis", "no such media")};
        auto q = m_db->prepare(QStringLiteral(
            "INSERT INTO observation_media (observation_uuid, media_uuid, position) "
            "VALUES (?1, ?2, (SELECT count(*) FROM observation_media WHERE observation_uuid = ?1))"));
        if (!q)
            return q.error();
        q.value().bind(1, o).bind(2, m).step();
        if (!q.value().ok())
            return Error{path(), o, q.value().errorString()};
        if (auto s = refreshSearchIndex(observation); !s)
            return s;
        ChangeLogEntry entry;
        entry.table = QStringLiteral("observation_media");
        entry.record = observation;
        entry.operation = QStringLiteral("insert");
        entry.changes = {{QStringLiteral("media"), QJsonObject{{QStringLiteral("old"), QJsonValue()},
                                                                {QStringLiteral("new"), m}}}};
        return appendChange(*m_db, entry);
    });
}

core::Status ObservationStore::unlinkMedia(const QUuid& observation, const QUuid& media)
{
    const QString o = uuidText(observation), m = uuidText(media);
    return inTransaction([&]() -> core::Status {
        auto q = m_db->prepare(QStringLiteral("DELETE FROM observation_media WHERE observation_uuid = ? AND media_uuid = ?"));
        if (!q)
            return q.error();
        q.value().bind(1, o).bind(2, m).step();
        if (!q.value().ok())
            return Error{path(), o, q.value().errorString()};
        if (sqlite3_changes(m_db->handle()) == 0)
            return core::Done{};  // not linked: nothing to log
        if (auto s = refreshSearchIndex(observation); !s)
            return s;
        ChangeLogEntry entry;
        entry.table = QStringLiteral("observation_media");
        entry.record = observation;
        entry.operation = QStringLiteral("delete");
        entry.changes = {{QStringLiteral("media"), QJsonObject{{QStringLiteral("old"), m},
                                                                {QStringLiteral("new"), QJsonValue()}}}};
        return appendChange(*m_db, entry);
    });
}

core::Result<QList<MediaItem>> ObservationStore::mediaOf(const QUuid& observation)
{
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM observation_media om JOIN media m ON m.uuid = om.media_uuid "
                                          "WHERE om.observation_uuid = ? AND m.deleted = 0 ORDER BY om.position")
                               .arg(kMediaColumns));
    if (!q)
        return q.error();
    q.value().bind(1, uuidText(observation));
    QList<MediaItem> result;
    while (q.value().step())
        result << readMedia(q.value());
    if (!q.value().ok())
        return Error{path(), uuidText(observation), q.value().errorString()};
    return result;
}

core::Result<QList<MediaItem>> ObservationStore::listMedia(const QString& text, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM media m WHERE m.deleted = 0").arg(kMediaColumns);
    if (!text.isEmpty())
        sql += QStringLiteral(" AND (m.file_name LIKE ?1 OR m.title LIKE ?1 OR m.caption LIKE ?1)");
    sql += QStringLiteral(" ORDER BY m.modified DESC, m.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = m_db->prepare(sql);
    if (!q)
        return q.error();
    if (!text.isEmpty())
        q.value().bind(1, QLatin1Char('%') + text + QLatin1Char('%'));
    QList<MediaItem> result;
    while (q.value().step())
        result << readMedia(q.value());
    if (!q.value().ok())
        return Error{path(), QStringLiteral("media"), q.value().errorString()};
    return result;
}

QString ObservationStore::readMeta(const QString& key)
{
    auto q = m_db->prepare(QStringLiteral("SELECT value FROM atlas_meta WHERE key = ?"));
    return q && q.value().bind(1, key).step() ? q.value().text(0) : QString();
}

core::Status ObservationStore::writeMeta(const QString& key, const QString& value)
{
    return inTransaction([&]() -> core::Status {
        auto q = m_db->prepare(QStringLiteral("INSERT INTO atlas_meta (key, value) VALUES (?, ?) "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        if (!q)
            return q.error();
        q.value().bind(1, key).bind(2, value).step();
        return q.value().ok() ? core::Status(core::Done{}) : Error{path(), key, q.value().errorString()};
    });
}

QStringList ObservationStore::themes()
{
    const QString stored = readMeta(QStringLiteral("observatory_themes"));
    if (stored.isEmpty())
        return core::defaultThemes();
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(stored.toUtf8()).array())
        list << v.toString();
    return list;
}

core::Status ObservationStore::setThemes(const QStringList& themes)
{
    return writeMeta(QStringLiteral("observatory_themes"),
                     QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(themes)).toJson(QJsonDocument::Compact)));
}

core::Status ObservationStore::setBoundaryLayer(const QString& table, const QString& field)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT f_table_name, f_geometry_column, srid FROM geometry_columns WHERE lower(f_table_name) = lower(?) "
        "AND geometry_type % 1000 IN (3, 6)"));
    if (!q)
        return q.error();
    if (!q.value().bind(1, table).step())
        return Error{path(), table,
                     QCoreApplication::translate("atlas::gis", "no polygon layer of that name in the atlas")};
    const QString name = q.value().text(0), geometry = q.value().text(1);
    const int srid = int(q.value().integer(2));
    auto columns = m_db->prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE lower(name) = lower(?)"));
    if (!columns || !columns.value().bind(1, name).bind(2, field).step())
        return Error{path(), table,
                     QCoreApplication::translate("atlas::gis", "the layer has no field '%1'").arg(field)};
    if (auto s = writeMeta(QStringLiteral("observatory_boundary_table"), name); !s)
        return s;
    if (auto s = writeMeta(QStringLiteral("observatory_boundary_field"), field); !s)
        return s;
    m_boundaryTable = name;
    m_boundaryField = field;
    m_boundaryGeometry = geometry;
    m_boundarySrid = srid;
    return core::Done{};
}

QStringList ObservationStore::polygonTables()
{
    QStringList tables;
    auto q = m_db->prepare(QStringLiteral("SELECT f_table_name FROM geometry_columns WHERE geometry_type % 1000 IN "
                                          "(3, 6) AND f_table_name NOT LIKE 'observation%' ORDER BY f_table_name"));
    while (q && q.value().step())
        tables << q.value().text(0);
    return tables;
}

QStringList ObservationStore::textFields(const QString& table)
{
    QStringList fields;
    auto q = m_db->prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE upper(type) LIKE '%TEXT%' "
                                          "OR upper(type) LIKE '%CHAR%' ORDER BY cid"));
    if (q && q.value().bind(1, table).ok())
        while (q.value().step())
            fields << q.value().text(0);
    return fields;
}

QString ObservationStore::communeAt(const QByteArray& wkb)
{
    if (m_boundaryTable.isEmpty() || wkb.isEmpty())
        return {};
    const auto quoted = [](QString id) { return QLatin1Char('"') + id.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    // A point inside the shape (a line or polygon may cross a border: its inner point decides),
    // in the layer's CRS; the spatial index narrows the candidates first.
    const QString point = m_boundarySrid == 4326 ? QStringLiteral("PointOnSurface(GeomFromWKB(?1, 4326))")
                                                 : QStringLiteral("ST_Transform(PointOnSurface(GeomFromWKB(?1, 4326)), %1)")
                                                       .arg(m_boundarySrid);
    auto q = m_db->prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE ST_Contains(%3, %4) AND ROWID IN (SELECT ROWID FROM SpatialIndex "
                       "WHERE f_table_name = ?2 AND f_geometry_column = ?3 AND search_frame = %4) LIMIT 1")
            .arg(quoted(m_boundaryField), quoted(m_boundaryTable), quoted(m_boundaryGeometry), point));
    if (!q)
        return {};
    q.value().bind(1, wkb).bind(2, m_boundaryTable).bind(3, m_boundaryGeometry);
    return q.value().step() ? q.value().text(0) : QString();
}

}  // namespace atlas::gis
