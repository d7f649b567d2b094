#pragma once
// The change log seen as the sync outbox: its rows after the acknowledged one, turned into
// protocol operations based on the server version of each record at the last pull.

#include "core/sync/sync_op.h"
#include "gis/store/change_log.h"

#include <QHash>

namespace atlas::gis {

class SqliteDatabase;

struct OutboxOp {
    qint64 seq = 0;  // change-log row, acknowledged once the server answered
    core::SyncOp op;
};

// One change-log row as an op. Links ({"media": {null, uuid}}) become a field per media
// UUID of the fiche's link record. `serverVersions` is keyed "table/uuid".
core::SyncOp syncOpFromChange(const ChangeLogEntry& entry, const QHash<QString, int>& serverVersions,
                              const QString& author, const QUuid& replica);

// Up to `limit` ops after change-log row `afterSeq`, oldest first; rows of tables the
// protocol does not carry (core::syncTables) are left out.
core::Result<QList<OutboxOp>> readOutbox(SqliteDatabase& db, qint64 afterSeq, int limit,
                                         const QHash<QString, int>& serverVersions, const QString& author,
                                         const QUuid& replica);

}  // namespace atlas::gis
