// SqlServerStore: the sync push. A batch is merged op by op with core::mergeSyncOp inside one
// transaction, its rows read and written a chunk at a time.

#include "storage/sql_server_store.h"

#include "core/model/observation_json.h"
#include "core/sync/sync_push.h"
#include "core/sync/sync_json_text.h"
#include "core/sync/sync_schema.h"
#include "storage/sql_batch.h"
#include "storage/sync_rows.h"

#include <QHash>
#include <QSet>

namespace atlas::server {
namespace {

QVariant dateOrNull(const QJsonValue& v)
{
    return v.toString().isEmpty() ? QVariant() : QVariant(v.toString());
}

// The push's view of the store, inside the transaction SqlServerStore::syncPush opened. The
// batch's rows are read at once before its ops (beginBatch) and written at once after them
// (endBatch); in between the ops read and update the copies kept here.
class SqlSyncStore : public core::SyncServerStore {
public:
    SqlSyncStore(SqlConnection& db, qint64 groupId, qint64 actorId, Role role)
        : m_db(db), m_groupId(groupId), m_actorId(actorId), m_role(role)
    {
        m_applied = {QStringLiteral("applied_ops"), {"op_uuid", "status", "result", "at"}, {}, {}, {}};
        m_conflicts = {QStringLiteral("sync_conflicts"),
                       {"group_id", "op_uuid", "record_table", "record_uuid", "body", "at"}, {}, {}, {}};
        m_changes = {QStringLiteral("changes"),
                     {"op_uuid", "record_table", "record_uuid", "group_id", "operation", "base_version", "new_version",
                      "changes", "author_id", "at"},
                     {}, {}, {}};
    }

    core::Status beginBatch(const core::PushBatch& batch) override
    {
        QStringList ops, records, shas;
        QSet<QString> seen;
        for (const core::SyncOp& op : batch.ops) {
            ops << uuidText(op.opUuid);
            const QString record = uuidText(op.record);
            if (!seen.contains(record)) {
                seen.insert(record);
                records << record;
            }
            const QString sha = op.fields.value(QStringLiteral("sha256")).newValue.toString();
            if (op.table == QLatin1String("media") && !sha.isEmpty())
                shas << sha;
        }
        if (auto s = selectIn(m_db, QStringLiteral("SELECT op_uuid, result FROM applied_ops WHERE op_uuid IN (IN)"), {},
                              ops, [this](const SqlRow& r) { m_recorded.insert(r.text(0), r.text(1)); });
            !s)
            return s;
        if (auto s = selectIn(m_db,
                              QStringLiteral("SELECT record_table, record_uuid, group_id, body FROM sync_records "
                                             "WHERE record_uuid IN (IN)"),
                              {}, records,
                              [this](const SqlRow& r) {
                                  m_syncRows.insert(r.text(0) + QLatin1Char('/') + r.text(1), {r.integer(2), r.text(3)});
                              });
            !s)
            return s;
        if (auto s = selectIn(m_db,
                              QStringLiteral("SELECT uuid, body, version, modified, deleted, group_id, author_id "
                                             "FROM fiches WHERE uuid IN (IN)"),
                              {}, records,
                              [this](const SqlRow& r) { m_fiches.insert(r.text(0), SqlRow{r.values.mid(1)}); });
            !s)
            return s;
        for (auto it = m_fiches.cbegin(); it != m_fiches.cend(); ++it)
            m_storedFiches.insert(it.key());
        for (auto it = m_syncRows.cbegin(); it != m_syncRows.cend(); ++it)
            m_storedRecords.insert(it.key());
        return selectIn(m_db, QStringLiteral("SELECT sha256 FROM media WHERE group_id = ? AND sha256 IN (IN)"),
                        {m_groupId}, shas, [this](const SqlRow& r) { m_media.insert(r.text(0)); });
    }

    core::Status endBatch() override
    {
        // Records new to the server are plainly inserted (PostgreSQL copies them in); only
        // those it had are upserted, which costs an index probe per row.
        const auto split = [](SqlInsertBatch& added, SqlInsertBatch& changed, const QStringList& order,
                              const QHash<QString, QVariantList>& writes, const QSet<QString>& stored) {
            changed.table = added.table;
            changed.columns = added.columns;
            changed.geometry = added.geometry;
            // One row per record (its last state): an upsert may not touch a row twice.
            for (const QString& key : order)
                (stored.contains(key) ? changed : added).rows << writes.value(key);
        };
        SqlInsertBatch newFiches{QStringLiteral("fiches"),
                                 {"uuid", "group_id", "author_id", "kind", "scope", "status", "date_start",
                                  "date_end", "version", "modified", "deleted", "body", "geom"},
                                 QStringLiteral("geom"), {}, {}};
        SqlInsertBatch fiches;
        fiches.conflict = QStringLiteral("ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, "
                                         "scope = excluded.scope, status = excluded.status, "
                                         "date_start = excluded.date_start, date_end = excluded.date_end, "
                                         "version = excluded.version, modified = excluded.modified, "
                                         "deleted = excluded.deleted, body = excluded.body, geom = excluded.geom");
        split(newFiches, fiches, m_ficheOrder, m_ficheWrites, m_storedFiches);
        SqlInsertBatch newRecords{QStringLiteral("sync_records"),
                                  {"record_table", "record_uuid", "group_id", "version", "deleted", "body"}, {}, {}, {}};
        SqlInsertBatch records;
        records.conflict = QStringLiteral("ON CONFLICT (record_table, record_uuid) DO UPDATE SET "
                                          "version = excluded.version, deleted = excluded.deleted, "
                                          "body = excluded.body");
        split(newRecords, records, m_recordOrder, m_recordWrites, m_storedRecords);
        for (SqlInsertBatch* b : {&m_applied, &m_conflicts, &newFiches, &fiches, &newRecords, &records, &m_changes})
            if (auto s = b->flush(m_db); !s)
                return s;
        return core::Done{};
    }

    core::Result<std::optional<core::OpResult>> recordedResult(const QUuid& op) override
    {
        const auto it = m_recorded.constFind(uuidText(op));
        if (it == m_recorded.constEnd())
            return std::optional<core::OpResult>();
        auto result = core::opResultFromJson(parseJson(*it), QStringLiteral("applied op"));
        if (!result)
            return result.error();
        return std::optional<core::OpResult>(result.take());
    }

    core::Result<core::SyncRecord> syncRecord(const QString& table, const QUuid& record) override
    {
        core::SyncRecord rec;
        rec.table = table;
        rec.record = record;
        const auto stored = m_syncRows.constFind(table + QLatin1Char('/') + uuidText(record));
        if (stored != m_syncRows.constEnd()) {
            auto parsed = core::syncRecordFromJson(parseJson(stored->body), QStringLiteral("sync record"));
            if (!parsed)
                return parsed.error();
            rec = parsed.take();
            m_owners.insert(record, {stored->groupId, 0});
        }
        if (table != kObservations)
            return rec;
        // Fiches: the content is the fiche's (the REST routes edit it too); only the stamps
        // come from sync_records.
        const auto fiche = m_fiches.constFind(uuidText(record));
        if (fiche == m_fiches.constEnd())
            return core::SyncRecord{table, record, false, false, 0, {}, {}, {}};
        core::SyncRecord fromFiche = recordFromFiche(record, *fiche);
        fromFiche.stamps = rec.stamps;
        m_owners.insert(record, {fiche->integer(4), fiche->integer(5)});
        return fromFiche;
    }

    QString refusal(const core::SyncOp& op, const core::SyncRecord& current) override
    {
        if (int(m_role) < int(Role::Contributor))
            return QStringLiteral("sending changes needs the role contributor in the group");
        const auto owner = m_owners.constFind(op.record);
        if (owner != m_owners.constEnd() && owner->groupId != m_groupId)
            return QStringLiteral("this record belongs to another group");
        if (op.table == QLatin1String("media")) {
            const QString sha = op.fields.value(QStringLiteral("sha256")).newValue.toString();
            if (!sha.isEmpty() && !m_media.contains(sha))
                return QStringLiteral("the file %1 was not uploaded before its media record").arg(sha);
            return {};
        }
        if (op.table != kObservations)
            return {};
        return ficheRefusal(op, current, owner != m_owners.constEnd() && owner->authorId == m_actorId);
    }

    core::Status storeMerge(const core::SyncOp& op, const core::SyncRecord& record, const core::OpResult& result) override
    {
        const QString now = storeNow();
        const QString resultJson = QString::fromUtf8(core::opResultJsonText(result));
        m_applied.rows << QVariantList{uuidText(op.opUuid), 200, resultJson, now};
        m_recorded.insert(uuidText(op.opUuid), resultJson);  // a replay later in the batch
        for (const core::SyncConflict& c : result.conflicts)
            m_conflicts.rows << QVariantList{m_groupId, uuidText(op.opUuid), op.table, uuidText(op.record),
                                             compactJson(core::syncConflictToJson(c)), now};
        if (!record.exists)
            return core::Done{};
        const auto owner = m_owners.constFind(op.record);
        if (result.outcome == core::MergeOutcome::Refused) {
            // Nothing changes; a record of this group is fed again so the pusher gets it back.
            if (owner == m_owners.constEnd() || owner->groupId != m_groupId)
                return core::Done{};
            feed(op, record, now);
            return core::Done{};
        }
        if (op.table == kObservations)
            if (auto s = writeFiche(record); !s)
                return s;
        const QString key = record.table + QLatin1Char('/') + uuidText(record.record);
        // A fiche's fields live in `fiches`; its sync row keeps only the stamps and version.
        core::SyncRecord kept = record;
        if (op.table == kObservations)
            kept.fields = {};
        const QString body = QString::fromUtf8(core::syncRecordJsonText(kept));
        if (!m_recordWrites.contains(key))
            m_recordOrder << key;
        m_recordWrites.insert(key, QVariantList{record.table, uuidText(record.record), m_groupId, record.version,
                                                record.deleted ? 1 : 0, body});
        // Same group as stored: a record never moves between groups.
        const auto stored = m_syncRows.constFind(key);
        m_syncRows.insert(key, {stored != m_syncRows.constEnd() ? stored->groupId : m_groupId, body});
        m_owners.insert(op.record, {m_groupId, owner == m_owners.constEnd() ? m_actorId : owner->authorId});
        feed(op, record, now);
        return core::Done{};
    }

private:
    struct Owner {
        qint64 groupId = 0;
        qint64 authorId = 0;  // fiches only
    };
    struct StoredSync {
        qint64 groupId = 0;
        QString body;
    };

    QString ficheRefusal(const core::SyncOp& op, const core::SyncRecord& current, bool isAuthor) const
    {
        // Values the fiche columns need must be names the server knows.
        const auto named = [&](const char* field, auto parse) {
            const auto it = op.fields.constFind(QLatin1String(field));
            return it == op.fields.constEnd() || parse(it->newValue.toString()).has_value();
        };
        if (!named("kind", core::kindFromName) || !named("status", core::statusFromName) ||
            !named("scope", core::scopeFromName))
            return QStringLiteral("unknown kind, status or scope");
        const auto value = [&](const char* field) {
            const auto it = op.fields.constFind(QLatin1String(field));
            return it != op.fields.constEnd() ? it->newValue.toString()
                                              : current.fields.value(QLatin1String(field)).toString();
        };
        const FicheFacts before{core::scopeFromName(current.fields.value(QStringLiteral("scope")).toString())
                                    .value_or(core::SharingScope::Private),
                                core::statusFromName(current.fields.value(QStringLiteral("status")).toString())
                                    .value_or(core::ObservationStatus::Draft)};
        const FicheFacts after{core::scopeFromName(value("scope")).value_or(core::SharingScope::Private),
                               core::statusFromName(value("status")).value_or(core::ObservationStatus::Draft)};
        const bool creating = !current.exists;
        const Actor actor{true, m_role, creating || isAuthor};
        const Action action = creating                                              ? Action::Create
                              : op.operation == core::SyncOperation::Delete ? Action::Delete
                                                                                    : Action::Update;
        if (!isAllowed(actor, creating ? after : before, action))
            return QStringLiteral("the account may not %1 this fiche").arg(actionName(action));
        if (after.status == core::ObservationStatus::Published && (creating || before.status != after.status) &&
            !isAllowed(actor, after, Action::Publish))
            return QStringLiteral("only an animator may publish a fiche");
        return {};
    }

    // Keeps the fiche's row for endBatch and the copy later ops of the batch read.
    core::Status writeFiche(const core::SyncRecord& record)
    {
        QJsonObject json = record.fields;
        json.insert(QStringLiteral("uuid"), uuidText(record.record));
        auto obs = core::observationFromJson(json);
        if (!obs)
            return core::Error{{}, uuidText(record.record), obs.error().reason};
        core::Observation& o = obs.value();
        o.identity = core::RecordIdentity{record.record, record.version, record.modified, record.deleted};
        const QString body = QString::fromUtf8(core::observationJsonText(o));
        const QString uuid = uuidText(record.record);
        const QString modified = record.modified.toString(Qt::ISODateWithMs);
        // An existing fiche keeps its group and author (the upsert does not change them).
        const auto before = m_fiches.constFind(uuid);
        const qint64 group = before != m_fiches.constEnd() ? before->integer(4) : m_groupId;
        const qint64 author = before != m_fiches.constEnd() ? before->integer(5) : m_actorId;
        if (!m_ficheWrites.contains(uuid))
            m_ficheOrder << uuid;
        m_ficheWrites.insert(uuid, QVariantList{uuid, group, author, core::kindName(o.kind), core::scopeName(o.scope),
                                                core::statusName(o.status),
                                                dateOrNull(json.value(QStringLiteral("date_start"))),
                                                dateOrNull(json.value(QStringLiteral("date_end"))), record.version,
                                                modified, record.deleted ? 1 : 0, body,
                                                o.geometryWkb.isEmpty() ? QVariant() : QVariant(o.geometryWkb)});
        m_fiches.insert(uuid, SqlRow{QVariantList{body, record.version, modified, record.deleted ? 1 : 0, group, author}});
        return core::Done{};
    }

    void feed(const core::SyncOp& op, const core::SyncRecord& record, const QString& now)
    {
        m_changes.rows << QVariantList{uuidText(op.opUuid),
                                       feedTable(op.table),
                                       uuidText(op.record),
                                       m_groupId,
                                       core::syncOperationName(op.operation),
                                       op.baseVersion,
                                       record.version,
                                       QString::fromUtf8(core::fieldChangesJsonText(op.fields)),
                                       m_actorId,
                                       now};
    }

    SqlConnection& m_db;
    qint64 m_groupId, m_actorId;
    Role m_role;
    QHash<QUuid, Owner> m_owners;
    // Read by beginBatch, kept current by the ops.
    QHash<QString, QString> m_recorded;       // op uuid -> result JSON
    QHash<QString, StoredSync> m_syncRows;    // "table/uuid" -> sync_records row
    QHash<QString, SqlRow> m_fiches;          // uuid -> body, version, modified, deleted, group, author
    QSet<QString> m_media;                    // files of the group among the batch's
    QSet<QString> m_storedFiches, m_storedRecords;  // keys the tables had before the batch
    // Written by endBatch.
    SqlInsertBatch m_applied, m_conflicts, m_changes;
    QHash<QString, QVariantList> m_ficheWrites, m_recordWrites;
    QStringList m_ficheOrder, m_recordOrder;
};

}  // namespace

core::Result<core::PushResult> SqlServerStore::syncPush(qint64 groupId, qint64 actorId, Role role,
                                                        const core::PushBatch& batch)
{
    std::lock_guard lock(m_mutex);
    core::PushResult result;
    SqlSyncStore store(*m_db, groupId, actorId, role);
    auto s = m_db->transaction([&]() -> core::Status {
        auto pushed = core::applyPush(store, batch);
        if (!pushed)
            return pushed.error();
        result = pushed.take();
        return core::Done{};
    });
    if (!s)
        return s.error();
    return result;
}

}  // namespace atlas::server
