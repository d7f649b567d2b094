#include "core/sync/memory_sync_server.h"

#include "core/sync/sync_json.h"

#include <QCoreApplication>

namespace atlas::core {

QString MemorySyncServer::key(const QString& table, const QUuid& record)
{
    return table + QLatin1Char('/') + uuidString(record);
}

Result<PushResult> MemorySyncServer::push(const PushBatch& batch)
{
    const MemorySyncServer before = *this;
    auto result = applyPush(*this, batch);
    if (!result)
        *this = before;
    return result;
}

Result<PullPage> MemorySyncServer::pull(const QString& cursor, int limit) const
{
    bool ok = true;
    const qint64 after = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
    if (!ok || after < 0)
        return Error{{}, QStringLiteral("cursor"), QCoreApplication::translate("atlas::core", "not a cursor of this server")};
    PullPage page;
    qint64 last = after;
    for (auto it = m_feed.upperBound(after); it != m_feed.end(); ++it) {
        if (page.records.size() >= limit) {
            page.more = true;
            break;
        }
        page.records << m_records.value(it.value());
        last = it.key();
    }
    page.cursor = QString::number(last);
    return page;
}

Result<std::optional<OpResult>> MemorySyncServer::recordedResult(const QUuid& op)
{
    const auto it = m_results.constFind(op);
    return it == m_results.constEnd() ? std::optional<OpResult>() : std::optional<OpResult>(*it);
}

Result<SyncRecord> MemorySyncServer::syncRecord(const QString& table, const QUuid& record)
{
    const auto it = m_records.constFind(key(table, record));
    if (it != m_records.constEnd())
        return *it;
    SyncRecord none;
    none.table = table;
    none.record = record;
    return none;
}

QString MemorySyncServer::refusal(const SyncOp& op, const SyncRecord&)
{
    return refusedReplicas.value(op.replica);
}

Status MemorySyncServer::storeMerge(const SyncOp& op, const SyncRecord& record, const OpResult& result)
{
    m_results.insert(op.opUuid, result);
    m_conflicts << result.conflicts;
    if (!record.exists)
        return Done{};
    const QString k = key(record.table, record.record);
    m_records.insert(k, record);
    if (const auto old = m_feedSeq.constFind(k); old != m_feedSeq.constEnd())
        m_feed.remove(*old);
    m_feed.insert(m_nextSeq, k);
    m_feedSeq.insert(k, m_nextSeq++);
    return Done{};
}

}  // namespace atlas::core
