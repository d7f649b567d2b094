// SqlServerStore: the sync. A push batch is merged op by op with core::mergeSyncOp inside one
// transaction; a pull reads the change feed, each record once at its latest change.

#include "storage/sql_server_store.h"

#include "core/model/observation_json.h"
#include "core/sync/sync_push.h"
#include "core/sync/sync_schema.h"

#include <QHash>
#include <QJsonDocument>

namespace atlas::server {
namespace {

const QString kObservations = QStringLiteral("observations");

// The change feed names fiches "fiches", as the REST routes write them.
QString feedTable(const QString& table)
{
    return table == kObservations ? QStringLiteral("fiches") : table;
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Columns: body, version, modified, deleted, group_id, author_id.
const QString kFicheSelect =
    QStringLiteral("SELECT body, version, modified, deleted, group_id, author_id FROM fiches WHERE uuid = ?");

core::SyncRecord recordFromFiche(const QUuid& uuid, const SqlRow& r)
{
    core::SyncRecord rec;
    rec.table = kObservations;
    rec.record = uuid;
    rec.exists = true;
    const QJsonObject body = parseJson(r.text(0));
    for (const QString& field : core::syncFields(kObservations))
        if (field != QLatin1String("deleted") && body.contains(field))
            rec.fields.insert(field, body.value(field));
    rec.version = int(r.integer(1));
    rec.modified = QDateTime::fromString(r.text(2), Qt::ISODateWithMs);
    rec.deleted = r.integer(3) != 0;
    return rec;
}

QVariant dateOrNull(const QJsonValue& v)
{
    return v.toString().isEmpty() ? QVariant() : QVariant(v.toString());
}

// The push's view of the store, inside the transaction SqlServerStore::syncPush opened.
class SqlSyncStore : public core::SyncServerStore {
public:
    SqlSyncStore(SqlConnection& db, qint64 groupId, qint64 actorId, Role role)
        : m_db(db), m_groupId(groupId), m_actorId(actorId), m_role(role)
    {
    }

    core::Result<std::optional<core::OpResult>> recordedResult(const QUuid& op) override
    {
        auto rows = m_db.query(QStringLiteral("SELECT result FROM applied_ops WHERE op_uuid = ?"), {uuidText(op)});
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return std::optional<core::OpResult>();
        auto result = core::opResultFromJson(parseJson(rows.value().first().text(0)), QStringLiteral("applied op"));
        if (!result)
            return result.error();
        return std::optional<core::OpResult>(result.take());
    }

    core::Result<core::SyncRecord> syncRecord(const QString& table, const QUuid& record) override
    {
        core::SyncRecord rec;
        rec.table = table;
        rec.record = record;
        auto stored = m_db.query(
            QStringLiteral("SELECT group_id, body FROM sync_records WHERE record_table = ? AND record_uuid = ?"),
            {table, uuidText(record)});
        if (!stored)
            return stored.error();
        if (!stored.value().isEmpty()) {
            auto parsed = core::syncRecordFromJson(parseJson(stored.value().first().text(1)), QStringLiteral("sync record"));
            if (!parsed)
                return parsed.error();
            rec = parsed.take();
            m_owners.insert(record, {stored.value().first().integer(0), 0});
        }
        if (table != kObservations)
            return rec;
        // Fiches: the content is the fiche's (the REST routes edit it too); only the stamps
        // come from sync_records.
        auto fiche = m_db.query(kFicheSelect, {uuidText(record)});
        if (!fiche)
            return fiche.error();
        if (fiche.value().isEmpty())
            return core::SyncRecord{table, record, false, false, 0, {}, {}, {}};
        core::SyncRecord fromFiche = recordFromFiche(record, fiche.value().first());
        fromFiche.stamps = rec.stamps;
        m_owners.insert(record, {fiche.value().first().integer(4), fiche.value().first().integer(5)});
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
            if (!sha.isEmpty() && !mediaPresent(sha))
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
        auto applied = m_db.query(QStringLiteral("INSERT INTO applied_ops (op_uuid, status, result, at) VALUES (?, 200, ?, ?)"),
                                  {uuidText(op.opUuid), compactJson(core::opResultToJson(result)), now});
        if (!applied)
            return applied.error();
        for (const core::SyncConflict& c : result.conflicts) {
            auto q = m_db.query(QStringLiteral("INSERT INTO sync_conflicts (group_id, op_uuid, record_table, record_uuid, "
                                               "body, at) VALUES (?, ?, ?, ?, ?, ?)"),
                                {m_groupId, uuidText(op.opUuid), op.table, uuidText(op.record),
                                 compactJson(core::syncConflictToJson(c)), now});
            if (!q)
                return q.error();
        }
        if (!record.exists)
            return core::Done{};
        const auto owner = m_owners.constFind(op.record);
        if (result.outcome == core::MergeOutcome::Refused) {
            // Nothing changes; a record of this group is fed again so the pusher gets it back.
            if (owner == m_owners.constEnd() || owner->groupId != m_groupId)
                return core::Done{};
            return feed(op, record, now);
        }
        if (op.table == kObservations)
            if (auto s = writeFiche(record); !s)
                return s;
        auto rec = m_db.query(
            QStringLiteral("INSERT INTO sync_records (record_table, record_uuid, group_id, version, deleted, body) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_table, record_uuid) DO UPDATE SET "
                           "version = excluded.version, deleted = excluded.deleted, body = excluded.body"),
            {record.table, uuidText(record.record), m_groupId, record.version, record.deleted ? 1 : 0,
             compactJson(core::syncRecordToJson(record))});
        if (!rec)
            return rec.error();
        m_owners.insert(op.record, {m_groupId, owner == m_owners.constEnd() ? m_actorId : owner->authorId});
        return feed(op, record, now);
    }

private:
    struct Owner {
        qint64 groupId = 0;
        qint64 authorId = 0;  // fiches only
    };

    bool mediaPresent(const QString& sha)
    {
        auto rows = m_db.query(QStringLiteral("SELECT 1 FROM media WHERE group_id = ? AND sha256 = ?"), {m_groupId, sha});
        return rows && !rows.value().isEmpty();
    }

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

    core::Status writeFiche(const core::SyncRecord& record)
    {
        QJsonObject json = record.fields;
        json.insert(QStringLiteral("uuid"), uuidText(record.record));
        auto obs = core::observationFromJson(json);
        if (!obs)
            return core::Error{{}, uuidText(record.record), obs.error().reason};
        core::Observation& o = obs.value();
        o.identity = core::RecordIdentity{record.record, record.version, record.modified, record.deleted};
        const QString body = compactJson(core::observationToJson(o));
        auto q = m_db.query(
            QStringLiteral("INSERT INTO fiches (uuid, group_id, author_id, kind, scope, status, date_start, date_end, "
                           "version, modified, deleted, body, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "ST_GeomFromWKB(?, 4326)) ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, "
                           "scope = excluded.scope, status = excluded.status, date_start = excluded.date_start, "
                           "date_end = excluded.date_end, version = excluded.version, modified = excluded.modified, "
                           "deleted = excluded.deleted, body = excluded.body, geom = excluded.geom"),
            {uuidText(record.record), m_groupId, m_actorId, core::kindName(o.kind), core::scopeName(o.scope),
             core::statusName(o.status), dateOrNull(json.value(QStringLiteral("date_start"))),
             dateOrNull(json.value(QStringLiteral("date_end"))), record.version,
             record.modified.toString(Qt::ISODateWithMs), record.deleted ? 1 : 0, body,
             o.geometryWkb.isEmpty() ? QVariant() : QVariant(o.geometryWkb)});
        return statusOf(q);
    }

    core::Status feed(const core::SyncOp& op, const core::SyncRecord& record, const QString& now)
    {
        auto q = m_db.query(
            QStringLiteral("INSERT INTO changes (op_uuid, record_table, record_uuid, group_id, operation, base_version, "
                           "new_version, changes, author_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {uuidText(op.opUuid), feedTable(op.table), uuidText(op.record), m_groupId,
             core::syncOperationName(op.operation), op.baseVersion, record.version,
             compactJson(core::fieldChangesToJson(op.fields)), m_actorId, now});
        return statusOf(q);
    }

    SqlConnection& m_db;
    qint64 m_groupId, m_actorId;
    Role m_role;
    QHash<QUuid, Owner> m_owners;
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

core::Result<core::PullPage> SqlServerStore::syncPull(qint64 groupId, qint64 viewerId, qint64 afterSeq, int limit)
{
    std::lock_guard lock(m_mutex);
    auto rows = m_db->query(QStringLiteral("SELECT record_table, record_uuid, MAX(seq) AS last FROM changes "
                                           "WHERE group_id = ? AND seq > ? GROUP BY record_table, record_uuid "
                                           "ORDER BY last LIMIT ?"),
                            {groupId, afterSeq, limit + 1});
    if (!rows)
        return rows.error();
    core::PullPage page;
    page.more = rows.value().size() > limit;
    qint64 last = afterSeq;
    for (int i = 0; i < rows.value().size() && i < limit; ++i) {
        const SqlRow& row = rows.value()[i];
        last = row.integer(2);
        const QUuid uuid = QUuid::fromString(row.text(1));
        if (row.text(0) == QLatin1String("fiches")) {
            auto fiche = m_db->query(kFicheSelect, {uuidText(uuid)});
            if (!fiche)
                return fiche.error();
            if (fiche.value().isEmpty())
                continue;
            const SqlRow& f = fiche.value().first();
            core::SyncRecord rec = recordFromFiche(uuid, f);
            // Private fiches go to their author only.
            if (f.integer(4) != groupId ||
                (rec.fields.value(QStringLiteral("scope")).toString() == QLatin1String("private") &&
                 f.integer(5) != viewerId))
                continue;
            page.records << rec;
            continue;
        }
        auto stored = m_db->query(QStringLiteral("SELECT body FROM sync_records WHERE record_table = ? AND record_uuid = ?"),
                                  {row.text(0), uuidText(uuid)});
        if (!stored)
            return stored.error();
        if (stored.value().isEmpty())
            continue;
        auto rec = core::syncRecordFromJson(parseJson(stored.value().first().text(0)), QStringLiteral("sync record"));
        if (!rec)
            return rec.error();
        rec.value().stamps.clear();
        page.records << rec.take();
    }
    page.cursor = QString::number(last);
    return page;
}

core::Result<QStringList> SqlServerStore::missingMedia(qint64 groupId, const QStringList& sha256)
{
    std::lock_guard lock(m_mutex);
    QStringList missing;
    for (const QString& sha : sha256) {
        auto rows = m_db->query(QStringLiteral("SELECT 1 FROM media WHERE group_id = ? AND sha256 = ?"), {groupId, sha});
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            missing << sha;
    }
    return missing;
}

}  // namespace atlas::server
