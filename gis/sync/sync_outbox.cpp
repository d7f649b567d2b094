#include "gis/sync/sync_outbox.h"

#include "gis/sync/sync_local_state.h"

#include "core/sync/sync_schema.h"

namespace atlas::gis {

core::SyncOp syncOpFromChange(const ChangeLogEntry& entry, const QHash<QString, int>& serverVersions,
                              const QString& author, const QUuid& replica)
{
    core::SyncOp op;
    op.opUuid = entry.opUuid;
    op.table = entry.table;
    op.record = entry.record;
    op.operation = core::syncOperationFromName(entry.operation).value_or(core::SyncOperation::Update);
    // The merge compares with what the server had when this atlas last pulled, not with
    // local version numbers, which other replicas never saw.
    op.baseVersion = op.operation == core::SyncOperation::Insert
                         ? 0
                         : serverVersions.value(SyncLocalState::recordKey(entry.table, entry.record));
    op.author = author;
    op.replica = replica;
    op.at = entry.at;
    const bool link = entry.table == QLatin1String("observation_media");
    for (auto it = entry.changes.begin(); it != entry.changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (link) {
            // A link is a field named by the media UUID, true while the fiche shows it: an
            // attach and a removal are set operations that merge with any other.
            const QString added = change.value(QStringLiteral("new")).toString();
            const QString removed = change.value(QStringLiteral("old")).toString();
            if (!added.isEmpty())
                op.fields.insert(added, {QJsonValue(), true});
            else if (!removed.isEmpty())
                op.fields.insert(removed, {true, QJsonValue()});
            continue;
        }
        op.fields.insert(it.key(), {change.value(QStringLiteral("old")), change.value(QStringLiteral("new"))});
    }
    if (link)
        op.operation = core::SyncOperation::Update;
    return op;
}

core::Result<QList<OutboxOp>> readOutbox(SqliteDatabase& db, qint64 afterSeq, int limit,
                                         const QHash<QString, int>& serverVersions, const QString& author,
                                         const QUuid& replica)
{
    // Tables the protocol does not carry yet (activities, publications) stay local; they
    // are skipped before the limit so that a run of them never hides the fiches behind.
    // Read a limit's worth at a time: each batch of a long outbox reads only its own rows.
    QList<OutboxOp> ops;
    qint64 after = afterSeq;
    for (;;) {
        auto entries = readChangeLog(db, after, {}, limit > 0 ? limit : 0);
        if (!entries)
            return entries.error();
        for (const ChangeLogEntry& e : entries.value()) {
            after = e.seq;
            if (!core::syncTables().contains(e.table))
                continue;
            ops << OutboxOp{e.seq, syncOpFromChange(e, serverVersions, author, replica)};
            if (limit > 0 && ops.size() >= limit)
                return ops;
        }
        if (limit <= 0 || entries.value().size() < limit)
            return ops;
    }
}

}  // namespace atlas::gis
