#pragma once
// The change log: one row per insert, update or delete of a shared record, written in the
// same transaction as the record itself. The sync reads it; nothing here knows the network.

#include "core/model/record_identity.h"
#include "core/model/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace atlas::gis {

class SqliteDatabase;

struct ChangeLogEntry {
    qint64 seq = 0;  // order of the changes in this atlas (set when written)
    QUuid opUuid;    // identity of the operation, for the sync to acknowledge it
    QString table;   // "observations", "media", "observation_media"
    QUuid record;
    QString operation;  // insert, update, delete
    int baseVersion = 0;  // version the change applies to (0 for an insert)
    int newVersion = 1;
    QJsonObject changes;  // {"field": {"old": ..., "new": ...}}
    QDateTime at;
};

// The row for saving a record of `table`: an insert when `before` (its stored identity)
// is null, else an update, with "deleted" true -> false when it revives a tombstone.
// Stamps `identity` with the next version and the time now.
ChangeLogEntry savedRecordChange(const QString& table, const core::RecordIdentity* before,
                                 core::RecordIdentity& identity, QJsonObject changes);

// The row for deleting a record of `table` (a tombstone): marks `identity` deleted with
// the next version and the time now.
ChangeLogEntry deletedRecordChange(const QString& table, core::RecordIdentity& identity);

// Appends `entry` (a fresh op uuid and time when unset); call inside the record's transaction.
core::Status appendChange(SqliteDatabase& db, ChangeLogEntry entry);
// Entries after `afterSeq`, oldest first; `record` null: all records; `limit` 0: all.
core::Result<QList<ChangeLogEntry>> readChangeLog(SqliteDatabase& db, qint64 afterSeq = 0, const QUuid& record = {},
                                                  int limit = 0);

}  // namespace atlas::gis
