#include "core/sync/sync_push.h"

namespace atlas::core {

QString SyncServerStore::refusal(const SyncOp&, const SyncRecord&)
{
    return {};
}

Status SyncServerStore::beginBatch(const PushBatch&)
{
    return Done{};
}

Status SyncServerStore::endBatch()
{
    return Done{};
}

namespace {

OpResult refused(const SyncOp& op, const SyncRecord& current, const QString& reason)
{
    SyncConflict c;
    c.opUuid = op.opUuid;
    c.table = op.table;
    c.record = op.record;
    c.kind = ConflictKind::Refused;
    c.incomingValue = fieldChangesToJson(op.fields);
    c.serverValue = reason;
    c.incomingAuthor = op.author;
    c.incomingAt = op.at;
    return OpResult{op.opUuid, MergeOutcome::Refused, current.version, current.deleted, {c}, reason};
}

// A photo newly attached to a fiche that another replica deleted: the link is kept (restoring
// the fiche brings the photo back) and the fiche's deletion is recorded against the attach,
// an update_deleted conflict with both states, so that the attach is never lost unseen.
Result<std::optional<SyncConflict>> linkOnDeletedFiche(SyncServerStore& store, const SyncOp& op,
                                                       const SyncRecord& links)
{
    if (op.table != QLatin1String("observation_media"))
        return std::optional<SyncConflict>();
    bool attaches = false;
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
        attaches = attaches || (it->newValue == QJsonValue(true) && links.fields.value(it.key()) != QJsonValue(true));
    if (!attaches)
        return std::optional<SyncConflict>();
    auto fiche = store.syncRecord(QStringLiteral("observations"), op.record);
    if (!fiche)
        return fiche.error();
    if (!fiche.value().exists || !fiche.value().deleted)
        return std::optional<SyncConflict>();
    const FieldStamp deletion = fiche.value().stamps.value(QStringLiteral("deleted"));
    if (deletion.replica == op.replica)
        return std::optional<SyncConflict>();  // its own deletion: one replica's log is sequential
    SyncConflict c;
    c.opUuid = op.opUuid;
    c.table = QStringLiteral("observations");
    c.record = op.record;
    c.kind = ConflictKind::UpdateDeleted;
    c.field = QStringLiteral("deleted");
    c.baseValue = false;
    c.incomingValue = false;  // the attach wants the fiche shown, with its photo
    c.serverValue = true;
    c.incomingWon = false;
    c.incomingAuthor = op.author;
    c.serverAuthor = deletion.author;
    c.incomingAt = op.at;
    c.serverAt = deletion.at;
    return std::optional<SyncConflict>(c);
}

}  // namespace

Result<PushResult> applyPush(SyncServerStore& store, const PushBatch& batch)
{
    PushResult result;
    if (auto s = store.beginBatch(batch); !s)
        return s.error();
    for (const SyncOp& op : batch.ops) {
        auto recorded = store.recordedResult(op.opUuid);
        if (!recorded)
            return recorded.error();
        if (recorded.value()) {
            result.results << *recorded.value();
            continue;
        }
        auto current = store.syncRecord(op.table, op.record);
        if (!current)
            return current.error();
        if (const QString reason = store.refusal(op, current.value()); !reason.isEmpty()) {
            const OpResult no = refused(op, current.value(), reason);
            if (auto s = store.storeMerge(op, current.value(), no); !s)
                return s.error();
            result.results << no;
            continue;
        }
        MergeResult merged = mergeSyncOp(current.value(), op);
        auto deletedFiche = linkOnDeletedFiche(store, op, current.value());
        if (!deletedFiche)
            return deletedFiche.error();
        if (deletedFiche.value()) {
            merged.conflicts << *deletedFiche.value();
            merged.outcome = MergeOutcome::Conflict;
        }
        const OpResult one{op.opUuid, merged.outcome, merged.record.version, merged.record.deleted, merged.conflicts,
                           {}};
        if (auto s = store.storeMerge(op, merged.record, one); !s)
            return s.error();
        result.results << one;
    }
    if (auto s = store.endBatch(); !s)
        return s.error();
    return result;
}

}  // namespace atlas::core
