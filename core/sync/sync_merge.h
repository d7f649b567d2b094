#pragma once
// The pure three-way merge of the sync: an incoming operation against the server's record.
// No storage, no network: the same inputs always give the same result.

#include "core/sync/sync_op.h"
#include "core/sync/sync_record.h"

#include <QList>

namespace atlas::core {

enum class MergeOutcome {
    Applied,  // the op was based on the server's version: applied as it is
    Merged,   // the server moved on, but no field was changed on both sides
    Conflict, // at least one recorded conflict
    Refused   // not applied: the author may not make this change (the result says why)
};
QString mergeOutcomeName(MergeOutcome outcome);
std::optional<MergeOutcome> mergeOutcomeFromName(const QString& name);

enum class ConflictKind {
    SameField,     // both sides changed the field: last writer wins
    UpdateDeleted, // the op edits a record the server deleted: the edit brings it back
    DeleteUpdated, // the op deletes a record someone else edited: the record stays
    Refused        // the server refused the op (rights): kept so the author sees it
};
QString conflictKindName(ConflictKind kind);
std::optional<ConflictKind> conflictKindFromName(const QString& name);

// A conflict with both values; nothing is dropped without leaving one of these.
struct SyncConflict {
    QUuid opUuid;
    QString table;
    QUuid record;
    ConflictKind kind = ConflictKind::SameField;
    QString field;           // "deleted" for the two delete kinds
    QJsonValue baseValue;    // what the op's author saw
    QJsonValue incomingValue;
    QJsonValue serverValue;
    bool incomingWon = false;
    QString incomingAuthor, serverAuthor;
    QDateTime incomingAt, serverAt;

    bool operator==(const SyncConflict& other) const = default;
};
QJsonObject syncConflictToJson(const SyncConflict& conflict);
Result<SyncConflict> syncConflictFromJson(const QJsonValue& json, const QString& where);

struct MergeResult {
    MergeOutcome outcome = MergeOutcome::Applied;
    SyncRecord record;        // the server record after the op
    bool changed = false;     // record differs from before (version bumped)
    QList<SyncConflict> conflicts;
};

// Merges `op` into `server` (exists false when the server never saw the record). The
// record is keyed by `op.table`/`op.record`; the caller checked they match `server`.
//  - fields whose server value is still the op's old value take the new value;
//  - a field the server already has at the new value is left as it is;
//  - a field changed on both sides goes to the later edit (op time against the field's
//    stamp; replica UUID breaks ties) and is recorded as a SameField conflict;
//  - an edit of a record deleted by another replica since the op's base restores it
//    (UpdateDeleted); a delete of a record another replica edited since the op's base is
//    not applied (DeleteUpdated). Both are recorded: no edit is ever silently dropped.
// The version is bumped when the record changed or a conflict was recorded.
MergeResult mergeSyncOp(const SyncRecord& server, const SyncOp& op);

}  // namespace atlas::core
