#include "gis/sync/sync_client.h"

#include "core/model/translate.h"
#include "core/model/media_json.h"
#include "core/model/observation_json.h"
#include "core/sync/sync_json.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "gis/store/sqlite_database.h"
#include "gis/sync/sync_local_state.h"
#include "gis/sync/sync_outbox.h"
#include "gis/sync/sync_transport.h"

#include <QDir>
#include <QFileInfo>

namespace atlas::gis {
namespace {

core::Result<qint64> pendingCount(SqliteDatabase& db, qint64 afterSeq)
{
    auto q = db.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"));
    if (!q)
        return q.error();
    if (!q.value().bind(1, afterSeq).step())
        return core::Error{db.path(), QStringLiteral("change_log"), q.value().errorString()};
    return q.value().integer(0);
}

core::RecordIdentity identityOf(const core::SyncRecord& r)
{
    return core::RecordIdentity{r.record, r.version, r.modified, r.deleted};
}

// Writes one pulled record into the atlas, without logging it.
core::Status applySnapshot(ObservationStore& store, const core::SyncRecord& r)
{
    const QString where = r.table + QLatin1Char('/') + core::uuidString(r.record);
    if (r.table == QLatin1String("observations")) {
        QJsonObject json = r.fields;
        json.insert(QStringLiteral("uuid"), core::uuidString(r.record));
        auto o = core::observationFromJson(json);
        if (!o)
            return core::Error{store.path(), where, o.error().location + QStringLiteral(": ") + o.error().reason};
        o.value().identity = identityOf(r);
        return store.applyRemoteObservation(o.value());
    }
    if (r.table == QLatin1String("media"))
        return store.applyRemoteMedia(core::mediaFromJson(r.fields, identityOf(r)));
    QList<QUuid> media;
    for (auto it = r.fields.begin(); it != r.fields.end(); ++it)
        if (it.value() == QJsonValue(true))
            media << QUuid::fromString(it.key());
    return store.applyRemoteLinks(r.record, media);
}

}  // namespace

SyncClient::SyncClient(ObservationStore& store, SyncTransport& transport, SyncOptions options)
    : m_store(store), m_transport(transport), m_options(std::move(options))
{
}

core::Result<SyncReport> SyncClient::sync(const SyncProgress& progress)
{
    SyncReport report;
    if (auto s = push(report, progress); !s)
        return s.error();
    if (report.cancelled)
        return report;
    if (auto s = pull(report, progress); !s)
        return s.error();
    return report;
}

core::Status SyncClient::uploadBlobs(const QStringList& sha256, SyncReport& report)
{
    if (sha256.isEmpty())
        return core::Done{};
    auto missing = m_transport.missingBlobs(sha256);
    if (!missing)
        return missing.error();
    const MediaStore media(m_store.path());
    for (const QString& sha : missing.value()) {
        const QString file = media.filePath(sha);
        if (!QFileInfo::exists(file))
            return core::Error{file, sha, tr("the media file is missing from the atlas folder")};
        if (auto s = m_transport.uploadBlob(sha, file); !s)
            return s;
        ++report.blobsUploaded;
    }
    return core::Done{};
}

core::Status SyncClient::push(SyncReport& report, const SyncProgress& progress)
{
    SyncLocalState state(m_store.database());
    if (auto s = state.bindTarget(m_options.server, m_options.group); !s)
        return s;
    auto replica = state.replica();
    if (!replica)
        return replica.error();
    auto acked = state.ackedSeq();
    if (!acked)
        return acked.error();
    auto total = pendingCount(m_store.database(), acked.value());
    if (!total)
        return total.error();
    if (total.value() == 0)
        return core::Done{};  // nothing to send: no need to read the server versions
    for (;;) {
        if (progress && !progress(tr("Sending changes"), report.pushed, total.value())) {
            report.cancelled = true;
            return core::Done{};
        }
        auto versions = state.serverVersions();
        if (!versions)
            return versions.error();
        auto outbox = readOutbox(m_store.database(), acked.value(), m_options.pushBatch, versions.value(),
                                 m_options.author, replica.value());
        if (!outbox)
            return outbox.error();
        if (outbox.value().isEmpty())
            return core::Done{};
        core::PushBatch batch{m_options.group, replica.value(), {}};
        QStringList blobs;
        for (const OutboxOp& o : outbox.value()) {
            batch.ops << o.op;
            if (o.op.table == QLatin1String("media") && o.op.fields.contains(QStringLiteral("sha256")))
                blobs << o.op.fields.value(QStringLiteral("sha256")).newValue.toString();
        }
        // Media first: the server never holds a record whose file it lacks.
        if (auto s = uploadBlobs(blobs, report); !s)
            return s;
        auto result = m_transport.push(batch);
        if (!result)
            return result.error();
        if (result.value().results.size() != batch.ops.size())
            return core::Error{m_options.server, {},
                               tr("the server answered %1 results for %2 operations")
                                   .arg(result.value().results.size())
                                   .arg(batch.ops.size())};
        QList<core::SyncConflict> conflicts;
        for (int i = 0; i < batch.ops.size(); ++i) {
            if (result.value().results[i].opUuid != batch.ops[i].opUuid)
                return core::Error{m_options.server, core::uuidString(batch.ops[i].opUuid),
                                   tr("the server answered for another operation")};
            conflicts << result.value().results[i].conflicts;
        }
        const qint64 last = outbox.value().last().seq;
        auto saved = m_store.batch([&]() -> core::Status {
            if (auto s = state.recordConflicts(conflicts); !s)
                return s;
            return state.setAckedSeq(last);
        });
        if (!saved)
            return saved;
        acked.value() = last;
        report.pushed += int(batch.ops.size());
        report.conflicts += int(conflicts.size());
    }
}

core::Status SyncClient::pull(SyncReport& report, const SyncProgress& progress)
{
    SyncLocalState state(m_store.database());
    if (auto s = state.bindTarget(m_options.server, m_options.group); !s)
        return s;
    auto cursor = state.cursor();
    if (!cursor)
        return cursor.error();
    const MediaStore media(m_store.path());
    for (;;) {
        if (progress && !progress(tr("Receiving changes"), report.pulled, 0)) {
            report.cancelled = true;
            return core::Done{};
        }
        auto page = m_transport.pull(m_options.group, cursor.value(), m_options.pullPage);
        if (!page)
            return page.error();
        // Files before records, outside the transaction: a record never points at a
        // file this atlas does not have.
        for (const core::SyncRecord& r : page.value().records) {
            const QString sha = r.fields.value(QStringLiteral("sha256")).toString();
            if (r.table != QLatin1String("media") || sha.isEmpty() || QFileInfo::exists(media.filePath(sha)))
                continue;
            QDir().mkpath(QFileInfo(media.filePath(sha)).absolutePath());
            if (auto s = m_transport.downloadBlob(sha, media.filePath(sha)); !s)
                return s;
            ++report.blobsDownloaded;
        }
        if (page.value().records.isEmpty() && page.value().cursor == cursor.value())
            return core::Done{};  // nothing new: no write, no fsync
        auto pending = state.pendingRecords();
        if (!pending)
            return pending.error();
        auto applied = m_store.applyRemoteBatch([&]() -> core::Status {
            for (const core::SyncRecord& r : page.value().records) {
                // Edits made here since the push win locally until they are pushed: the
                // next push merges them on the server and brings the record back.
                if (pending.value().contains(SyncLocalState::recordKey(r.table, r.record))) {
                    ++report.keptLocal;
                    continue;
                }
                if (auto s = applySnapshot(m_store, r); !s)
                    return s;
                if (auto s = state.setServerVersion(r.table, r.record, r.version); !s)
                    return s;
                ++report.pulled;
            }
            return state.setCursor(page.value().cursor);
        });
        if (!applied)
            return applied;
        cursor.value() = page.value().cursor;
        if (!page.value().more)
            return core::Done{};
    }
}

}  // namespace atlas::gis
