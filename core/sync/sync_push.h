#pragma once
// Applying a push batch on the server side, whatever the storage: idempotent by op UUID,
// each op merged with mergeSyncOp. The caller runs it inside one storage transaction.

#include "core/sync/sync_messages.h"

#include <optional>

namespace atlas::core {

// What the push needs from a server's storage (one implementation per backend).
class SyncServerStore {
public:
    virtual ~SyncServerStore() = default;
    // The result stored when `op` was first applied, if it was.
    virtual Result<std::optional<OpResult>> recordedResult(const QUuid& op) = 0;
    // The record as the sync sees it; `exists` false when the server never had it.
    virtual Result<SyncRecord> syncRecord(const QString& table, const QUuid& record) = 0;
    // Why the pusher may not make `op` on `current`; empty when allowed. By default all is.
    virtual QString refusal(const SyncOp& op, const SyncRecord& current);
    // Stores the record after `op` (unless it does not exist: a refused insert), the op's
    // result (for replays) and its conflicts, and puts the record at the head of the change
    // feed so every replica pulls it again, the pusher included.
    virtual Status storeMerge(const SyncOp& op, const SyncRecord& record, const OpResult& result) = 0;
    // Around the ops of one batch: a storage may read what they need at once before, and
    // write what it kept back after (few statements for many ops). By default nothing.
    virtual Status beginBatch(const PushBatch& batch);
    virtual Status endBatch();
};

// One result per op, in order; a replayed op gets its stored result and changes nothing;
// a refused op changes nothing and is answered Refused with a conflict of that kind.
// The first storage error stops the batch: the caller rolls the transaction back.
Result<PushResult> applyPush(SyncServerStore& store, const PushBatch& batch);

}  // namespace atlas::core
