#pragma once
// What an atlas remembers of its sync: its replica UUID, the server and group it syncs with,
// the last acknowledged change-log row, the pull cursor, the server version of each record
// and the conflicts the server recorded. All in the atlas file, never the credentials.

#include "core/sync/sync_merge.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <utility>

namespace atlas::gis {

class SqliteDatabase;

// The state of one fiche as the sync dock shows it.
enum class FicheSyncState { LocalOnly, Synced, Modified, Conflict };
QString ficheSyncStateName(FicheSyncState state);

// A conflict as kept in the atlas, with its row id for resolving it.
struct LocalConflict {
    qint64 id = 0;
    core::SyncConflict conflict;
    QDateTime recorded;
    bool resolved = false;
};

class SyncLocalState {
public:
    explicit SyncLocalState(SqliteDatabase& db) : m_db(db) {}

    // The UUID naming this atlas to the server, made on first use.
    core::Result<QUuid> replica();
    // Records the server and group; a different one than last time starts over (cursor,
    // acknowledged row, server versions) so the whole atlas is offered to the new one.
    core::Status bindTarget(const QString& server, const QString& group);
    // The server and group of the last sync (empty strings before the first one).
    core::Result<std::pair<QString, QString>> target();

    core::Result<qint64> ackedSeq();
    core::Status setAckedSeq(qint64 seq);
    core::Result<QString> cursor();
    core::Status setCursor(const QString& cursor);

    // The version the server had of each record at the last pull ("table/uuid" keys).
    core::Result<QHash<QString, int>> serverVersions();
    core::Status setServerVersion(const QString& table, const QUuid& record, int version);
    static QString recordKey(const QString& table, const QUuid& record);
    // Records with change-log rows after the acknowledged one (edits not pushed yet).
    core::Result<QHash<QString, int>> pendingRecords();

    // Keeps conflicts (one per op and field, so a replayed push adds nothing).
    core::Status recordConflicts(const QList<core::SyncConflict>& conflicts);
    core::Result<QList<LocalConflict>> conflicts(bool unresolvedOnly = true);
    core::Status markResolved(qint64 id);

    // Each fiche's state; fiches never pushed are LocalOnly.
    core::Result<QHash<QUuid, FicheSyncState>> ficheStates();

private:
    core::Result<QString> meta(const QString& key);
    core::Status setMeta(const QString& key, const QString& value);

    SqliteDatabase& m_db;
};

}  // namespace atlas::gis
