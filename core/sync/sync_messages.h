#pragma once
// The messages of the sync protocol (see docs/sync-protocol.md): a push batch and its
// result, a pull page. Each carries the protocol version; readers refuse another one.

#include "core/sync/sync_merge.h"
#include "core/sync/sync_op.h"
#include "core/sync/sync_record.h"

#include <QList>

namespace atlas::core {

// At most this many ops in one push; the client splits its outbox.
inline constexpr int kMaxPushOps = 5000;
// At most this many records in one pull page.
inline constexpr int kMaxPullLimit = 5000;

struct PushBatch {
    QString group;  // working group the changes are shared with
    QUuid replica;  // the atlas file pushing
    QList<SyncOp> ops;  // oldest first
};

// What the server did with one op; a replayed op gets the same answer again.
struct OpResult {
    QUuid opUuid;
    MergeOutcome outcome = MergeOutcome::Applied;
    int version = 0;  // the record's server version after the op
    bool deleted = false;
    QList<SyncConflict> conflicts;
    QString reason;  // why a Refused op was not applied
    bool operator==(const OpResult& other) const = default;
};

struct PushResult {
    QList<OpResult> results;  // one per op, same order
};

struct PullPage {
    QList<SyncRecord> records;  // snapshots (no stamps), in server change order
    QString cursor;             // give it back to get what follows
    bool more = false;          // another page is ready now
};

QJsonObject pushBatchToJson(const PushBatch& batch);
Result<PushBatch> pushBatchFromJson(const QByteArray& body);
QJsonObject opResultToJson(const OpResult& result);
Result<OpResult> opResultFromJson(const QJsonValue& json, const QString& where);
QJsonObject pushResultToJson(const PushResult& result);
Result<PushResult> pushResultFromJson(const QByteArray& body);
QJsonObject pullPageToJson(const PullPage& page);
Result<PullPage> pullPageFromJson(const QByteArray& body);

// A JSON object body, or an error naming the offset of the syntax error.
Result<QJsonObject> parseSyncBody(const QByteArray& body, const QString& what);

}  // namespace atlas::core
