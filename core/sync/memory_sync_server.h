#pragma once
// A sync server held in memory: the reference the storage backends are compared with, and
// the peer the client logic is unit-tested against (the real server has its own tests).

#include "core/sync/sync_push.h"

#include <QHash>
#include <QMap>

namespace atlas::core {

class MemorySyncServer : public SyncServerStore {
public:
    // The whole batch or nothing, like a server transaction.
    Result<PushResult> push(const PushBatch& batch);
    // Records changed after `cursor` (empty: from the start), at most `limit`.
    Result<PullPage> pull(const QString& cursor, int limit) const;

    const QHash<QString, SyncRecord>& records() const { return m_records; }
    // Replicas whose ops are refused (a reader's atlas, say), with the reason given.
    QHash<QUuid, QString> refusedReplicas;
    const QList<SyncConflict>& conflicts() const { return m_conflicts; }
    int appliedOps() const { return int(m_results.size()); }

    // SyncServerStore
    Result<std::optional<OpResult>> recordedResult(const QUuid& op) override;
    Result<SyncRecord> syncRecord(const QString& table, const QUuid& record) override;
    QString refusal(const SyncOp& op, const SyncRecord& current) override;
    Status storeMerge(const SyncOp& op, const SyncRecord& record, const OpResult& result) override;

private:
    static QString key(const QString& table, const QUuid& record);

    QHash<QString, SyncRecord> m_records;
    QHash<QUuid, OpResult> m_results;
    QList<SyncConflict> m_conflicts;
    QMap<qint64, QString> m_feed;  // change seq -> record key
    QHash<QString, qint64> m_feedSeq;
    qint64 m_nextSeq = 1;
};

}  // namespace atlas::core
