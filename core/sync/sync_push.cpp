#include "core/sync/sync_push.h"

namespace atlas::core {

Result<PushResult> applyPush(SyncServerStore& store, const PushBatch& batch)
{
    PushResult result;
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
        const MergeResult merged = mergeSyncOp(current.value(), op);
        const OpResult one{op.opUuid, merged.outcome, merged.record.version, merged.record.deleted, merged.conflicts};
        if (auto s = store.storeMerge(op, merged.record, one); !s)
            return s.error();
        result.results << one;
    }
    return result;
}

}  // namespace atlas::core
