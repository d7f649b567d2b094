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
        const MergeResult merged = mergeSyncOp(current.value(), op);
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
