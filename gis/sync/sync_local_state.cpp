#include "gis/sync/sync_local_state.h"

#include "core/sync/sync_json.h"
#include "gis/store/sqlite_database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace atlas::gis {
namespace {

const QString kReplica = QStringLiteral("sync_replica");
const QString kTarget = QStringLiteral("sync_target");
const QString kAcked = QStringLiteral("sync_acked_seq");
const QString kCursor = QStringLiteral("sync_cursor");

// A JSON value as text for a column (null stays NULL); wrapped in an array so scalars parse.
QVariant valueText(const QJsonValue& v)
{
    if (v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFrom(const SqliteStatement& s, int column)
{
    if (s.isNull(column))
        return QJsonValue();
    return QJsonDocument::fromJson(s.text(column).toUtf8()).array().first();
}

}  // namespace

QString ficheSyncStateName(FicheSyncState state)
{
    switch (state) {
    case FicheSyncState::LocalOnly:
        return QStringLiteral("local");
    case FicheSyncState::Synced:
        return QStringLiteral("synced");
    case FicheSyncState::Modified:
        return QStringLiteral("modified");
    case FicheSyncState::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

QString SyncLocalState::recordKey(const QString& table, const QUuid& record)
{
    return table + QLatin1Char('/') + core::uuidString(record);
}

core::Result<QString> SyncLocalState::meta(const QString& key)
{
    auto q = m_db.prepare(QStringLiteral("SELECT value FROM atlas_meta WHERE key = ?"));
    if (!q)
        return q.error();
    if (q.value().bind(1, key).step())
        return q.value().text(0);
    if (!q.value().ok())
        return core::Error{m_db.path(), key, q.value().errorString()};
    return QString();
}

core::Status SyncLocalState::setMeta(const QString& key, const QString& value)
{
    auto q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO atlas_meta (key, value) VALUES (?, ?)"));
    if (!q)
        return q.error();
    q.value().bind(1, key).bind(2, value).step();
    if (!q.value().ok())
        return core::Error{m_db.path(), key, q.value().errorString()};
    return core::Done{};
}

core::Result<QUuid> SyncLocalState::replica()
{
    auto text = meta(kReplica);
    if (!text)
        return text.error();
    QUuid id = QUuid::fromString(text.value());
    if (!id.isNull())
        return id;
    id = QUuid::createUuid();
    if (auto s = setMeta(kReplica, core::uuidString(id)); !s)
        return s.error();
    return id;
}

core::Status SyncLocalState::bindTarget(const QString& server, const QString& group)
{
    const QString target = server + QLatin1Char('|') + group;
    auto current = meta(kTarget);
    if (!current)
        return current.error();
    if (current.value() == target)
        return core::Done{};
    for (const QString& sql : {QStringLiteral("DELETE FROM sync_records"),
                               QStringLiteral("DELETE FROM atlas_meta WHERE key IN ('sync_acked_seq', 'sync_cursor')")})
        if (auto s = m_db.exec(sql); !s)
            return s;
    return setMeta(kTarget, target);
}

core::Result<std::pair<QString, QString>> SyncLocalState::target()
{
    auto current = meta(kTarget);
    if (!current)
        return current.error();
    const qsizetype bar = current.value().lastIndexOf(QLatin1Char('|'));
    if (bar < 0)
        return std::pair<QString, QString>();
    return std::pair<QString, QString>(current.value().left(bar), current.value().mid(bar + 1));
}

core::Result<qint64> SyncLocalState::ackedSeq()
{
    auto text = meta(kAcked);
    if (!text)
        return text.error();
    return text.value().toLongLong();
}

core::Status SyncLocalState::setAckedSeq(qint64 seq)
{
    return setMeta(kAcked, QString::number(seq));
}

core::Result<QString> SyncLocalState::cursor()
{
    return meta(kCursor);
}

core::Status SyncLocalState::setCursor(const QString& cursor)
{
    return setMeta(kCursor, cursor);
}

core::Result<QHash<QString, int>> SyncLocalState::serverVersions()
{
    auto q = m_db.prepare(QStringLiteral("SELECT record_table, record_uuid, server_version FROM sync_records"));
    if (!q)
        return q.error();
    QHash<QString, int> versions;
    while (q.value().step())
        versions.insert(q.value().text(0) + QLatin1Char('/') + q.value().text(1), int(q.value().integer(2)));
    if (!q.value().ok())
        return core::Error{m_db.path(), QStringLiteral("sync_records"), q.value().errorString()};
    return versions;
}

core::Status SyncLocalState::setServerVersion(const QString& table, const QUuid& record, int version)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_records (record_table, record_uuid, server_version) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    q.value().bind(1, table).bind(2, core::uuidString(record)).bind(3, version).step();
    if (!q.value().ok())
        return core::Error{m_db.path(), QStringLiteral("sync_records"), q.value().errorString()};
    return core::Done{};
}

core::Result<QHash<QString, int>> SyncLocalState::pendingRecords()
{
    auto acked = ackedSeq();
    if (!acked)
        return acked.error();
    auto q = m_db.prepare(QStringLiteral(
        "SELECT record_table, record_uuid, count(*) FROM change_log WHERE seq > ? GROUP BY record_table, record_uuid"));
    if (!q)
        return q.error();
    q.value().bind(1, acked.value());
    QHash<QString, int> pending;
    while (q.value().step())
        pending.insert(q.value().text(0) + QLatin1Char('/') + q.value().text(1), int(q.value().integer(2)));
    if (!q.value().ok())
        return core::Error{m_db.path(), QStringLiteral("change_log"), q.value().errorString()};
    return pending;
}

core::Status SyncLocalState::recordConflicts(const QList<core::SyncConflict>& conflicts)
{
    for (const core::SyncConflict& c : conflicts) {
        auto q = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO sync_conflicts (op_uuid, record_table, record_uuid, kind, field, base_value, "
            "incoming_value, server_value, incoming_won, incoming_author, server_author, incoming_at, server_at, "
            "recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q)
            return q.error();
        q.value()
            .bind(1, core::uuidString(c.opUuid))
            .bind(2, c.table)
            .bind(3, core::uuidString(c.record))
            .bind(4, core::conflictKindName(c.kind))
            .bind(5, c.field)
            .bind(6, valueText(c.baseValue))
            .bind(7, valueText(c.incomingValue))
            .bind(8, valueText(c.serverValue))
            .bind(9, c.incomingWon ? 1 : 0)
            .bind(10, c.incomingAuthor)
            .bind(11, c.serverAuthor)
            .bind(12, core::syncTimeString(c.incomingAt))
            .bind(13, c.serverAt.isValid() ? QVariant(core::syncTimeString(c.serverAt)) : QVariant())
            .bind(14, core::syncTimeString(QDateTime::currentDateTimeUtc()))
            .step();
        if (!q.value().ok())
            return core::Error{m_db.path(), QStringLiteral("sync_conflicts"), q.value().errorString()};
    }
    return core::Done{};
}

core::Result<QList<LocalConflict>> SyncLocalState::conflicts(bool unresolvedOnly)
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, op_uuid, record_table, record_uuid, kind, field, base_value, incoming_value, server_value, "
        "incoming_won, incoming_author, server_author, incoming_at, server_at, recorded, resolved "
        "FROM sync_conflicts WHERE resolved = 0 OR ? = 0 ORDER BY id"));
    if (!q)
        return q.error();
    q.value().bind(1, unresolvedOnly ? 1 : 0);
    QList<LocalConflict> list;
    while (q.value().step()) {
        const SqliteStatement& s = q.value();
        LocalConflict l;
        l.id = s.integer(0);
        core::SyncConflict& c = l.conflict;
        c.opUuid = QUuid::fromString(s.text(1));
        c.table = s.text(2);
        c.record = QUuid::fromString(s.text(3));
        c.kind = core::conflictKindFromName(s.text(4)).value_or(core::ConflictKind::SameField);
        c.field = s.text(5);
        c.baseValue = valueFrom(s, 6);
        c.incomingValue = valueFrom(s, 7);
        c.serverValue = valueFrom(s, 8);
        c.incomingWon = s.integer(9) != 0;
        c.incomingAuthor = s.text(10);
        c.serverAuthor = s.text(11);
        c.incomingAt = QDateTime::fromString(s.text(12), Qt::ISODateWithMs);
        c.serverAt = QDateTime::fromString(s.text(13), Qt::ISODateWithMs);
        l.recorded = QDateTime::fromString(s.text(14), Qt::ISODateWithMs);
        l.resolved = s.integer(15) != 0;
        list << l;
    }
    if (!q.value().ok())
        return core::Error{m_db.path(), QStringLiteral("sync_conflicts"), q.value().errorString()};
    return list;
}

core::Status SyncLocalState::markResolved(qint64 id)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved = 1 WHERE id = ?"));
    if (!q)
        return q.error();
    q.value().bind(1, id).step();
    if (!q.value().ok())
        return core::Error{m_db.path(), QStringLiteral("sync_conflicts"), q.value().errorString()};
    return core::Done{};
}

core::Result<QHash<QUuid, FicheSyncState>> SyncLocalState::ficheStates()
{
    auto acked = ackedSeq();
    if (!acked)
        return acked.error();
    auto q = m_db.prepare(QStringLiteral(
        "SELECT o.uuid, "
        "EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.record_uuid = o.uuid AND c.resolved = 0), "
        "EXISTS (SELECT 1 FROM change_log l WHERE l.record_uuid = o.uuid AND l.seq > ?1), "
        "EXISTS (SELECT 1 FROM sync_records s WHERE s.record_table = 'observations' AND s.record_uuid = o.uuid) "
        "OR EXISTS (SELECT 1 FROM change_log l WHERE l.record_uuid = o.uuid AND l.seq <= ?1) "
        "FROM observations o WHERE o.deleted = 0"));
    if (!q)
        return q.error();
    q.value().bind(1, acked.value());
    QHash<QUuid, FicheSyncState> states;
    while (q.value().step()) {
        const SqliteStatement& s = q.value();
        const FicheSyncState state = s.integer(1)   ? FicheSyncState::Conflict
                                     : !s.integer(3) ? FicheSyncState::LocalOnly
                                     : s.integer(2)  ? FicheSyncState::Modified
                                                     : FicheSyncState::Synced;
        states.insert(QUuid::fromString(s.text(0)), state);
    }
    if (!q.value().ok())
        return core::Error{m_db.path(), QStringLiteral("observations"), q.value().errorString()};
    return states;
}

}  // namespace atlas::gis
