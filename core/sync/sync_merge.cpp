#include "core/sync/sync_merge.h"

#include "core/sync/sync_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace atlas::core {
namespace {

const QString kDeleted = QStringLiteral("deleted");

bool isEmpty(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

// "", [], null and absent all mean "nothing": an insert lists only what it filled.
bool same(const QJsonValue& a, const QJsonValue& b)
{
    return (isEmpty(a) && isEmpty(b)) || a == b;
}

// The latest change made by another replica after the op's base version, to content
// fields (`content`) or to the tombstone.
std::optional<FieldStamp> otherChangeSince(const SyncRecord& server, const SyncOp& op, bool content)
{
    std::optional<FieldStamp> latest;
    for (auto it = server.stamps.begin(); it != server.stamps.end(); ++it) {
        if ((it.key() == kDeleted) == content || it->version <= op.baseVersion || it->replica == op.replica)
            continue;
        if (!latest || it->version > latest->version)
            latest = it.value();
    }
    return latest;
}

bool incomingIsLater(const SyncOp& op, const FieldStamp& server)
{
    if (op.at != server.at)
        return op.at > server.at;
    return uuidString(op.replica) > uuidString(server.replica);
}

}  // namespace

QString mergeOutcomeName(MergeOutcome outcome)
{
    switch (outcome) {
    case MergeOutcome::Applied:
        return QStringLiteral("applied");
    case MergeOutcome::Merged:
        return QStringLiteral("merged");
    case MergeOutcome::Conflict:
        return QStringLiteral("conflict");
    case MergeOutcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<MergeOutcome> mergeOutcomeFromName(const QString& name)
{
    for (MergeOutcome o : {MergeOutcome::Applied, MergeOutcome::Merged, MergeOutcome::Conflict, MergeOutcome::Refused})
        if (mergeOutcomeName(o) == name)
            return o;
    return std::nullopt;
}

QString conflictKindName(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::SameField:
        return QStringLiteral("same_field");
    case ConflictKind::UpdateDeleted:
        return QStringLiteral("update_deleted");
    case ConflictKind::DeleteUpdated:
        return QStringLiteral("delete_updated");
    case ConflictKind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<ConflictKind> conflictKindFromName(const QString& name)
{
    for (ConflictKind k : {ConflictKind::SameField, ConflictKind::UpdateDeleted, ConflictKind::DeleteUpdated,
                           ConflictKind::Refused})
        if (conflictKindName(k) == name)
            return k;
    return std::nullopt;
}

MergeResult mergeSyncOp(const SyncRecord& server, const SyncOp& op)
{
    MergeResult result;
    SyncRecord& rec = result.record;
    rec = server;
    rec.table = op.table;
    rec.record = op.record;
    const FieldStamp stamp{server.version + 1, op.at, op.replica, op.author, op.opUuid};
    const auto set = [&](const QString& field, const QJsonValue& value) {
        if (field == kDeleted)
            rec.deleted = value.toBool();
        else
            rec.fields.insert(field, value);
        rec.stamps.insert(field, stamp);
        result.changed = true;
    };
    const auto conflict = [&](ConflictKind kind, const QString& field, const QJsonValue& base,
                              const QJsonValue& incoming, const QJsonValue& current, bool incomingWon,
                              const FieldStamp& serverStamp) {
        result.conflicts << SyncConflict{op.opUuid,      op.table,     op.record,         kind,
                                         field,          base,         incoming,          current,
                                         incomingWon,    op.author,    serverStamp.author, op.at,
                                         serverStamp.at.isValid() ? serverStamp.at : server.modified};
    };

    if (!server.exists) {
        // First sight of the record: whatever the op says is the whole truth.
        rec.exists = true;
        rec.version = 0;
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
            set(it.key(), it->newValue);
        rec.deleted = op.operation == SyncOperation::Delete;
    } else if (op.operation == SyncOperation::Delete) {
        if (!server.deleted) {
            if (const auto edit = otherChangeSince(server, op, true))
                conflict(ConflictKind::DeleteUpdated, kDeleted, false, true, false, false, *edit);
            else
                set(kDeleted, true);
        }
    } else {
        const bool restoring = op.fields.contains(kDeleted) && op.fields.value(kDeleted).newValue == false;
        if (server.deleted && !restoring) {
            conflict(ConflictKind::UpdateDeleted, kDeleted, false, false, true, true, server.stamps.value(kDeleted));
            set(kDeleted, false);
        } else if (server.deleted && restoring) {
            set(kDeleted, false);
        }
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
            if (it.key() == kDeleted)
                continue;
            const QJsonValue current = server.fields.value(it.key());
            if (same(current, it->newValue))
                continue;
            if (same(current, it->oldValue)) {
                set(it.key(), it->newValue);
                continue;
            }
            FieldStamp serverStamp = server.stamps.value(it.key());
            if (!serverStamp.at.isValid())
                serverStamp.at = server.modified;
            const bool won = incomingIsLater(op, serverStamp);
            conflict(ConflictKind::SameField, it.key(), it->oldValue, it->newValue, current, won, serverStamp);
            if (won)
                set(it.key(), it->newValue);
        }
    }
    if (result.changed || !result.conflicts.isEmpty()) {
        rec.version = server.version + 1;
        if (result.changed)
            rec.modified = op.at;
    }
    if (!result.conflicts.isEmpty())
        result.outcome = MergeOutcome::Conflict;
    else if (!server.exists ? op.baseVersion == 0 : op.baseVersion == server.version)
        result.outcome = MergeOutcome::Applied;
    else
        result.outcome = MergeOutcome::Merged;
    return result;
}

QJsonObject syncConflictToJson(const SyncConflict& c)
{
    const auto v = [](const QJsonValue& value) { return value.isUndefined() ? QJsonValue() : value; };
    return {{QStringLiteral("op"), uuidString(c.opUuid)},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("record"), uuidString(c.record)},
            {QStringLiteral("kind"), conflictKindName(c.kind)},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("base"), v(c.baseValue)},
            {QStringLiteral("incoming"), v(c.incomingValue)},
            {QStringLiteral("server"), v(c.serverValue)},
            {QStringLiteral("incoming_won"), c.incomingWon},
            {QStringLiteral("incoming_author"), c.incomingAuthor},
            {QStringLiteral("server_author"), c.serverAuthor},
            {QStringLiteral("incoming_at"), syncTimeString(c.incomingAt)},
            {QStringLiteral("server_at"), c.serverAt.isValid() ? QJsonValue(syncTimeString(c.serverAt)) : QJsonValue()}};
}

Result<SyncConflict> syncConflictFromJson(const QJsonValue& json, const QString& where)
{
    if (!json.isObject())
        return Error{{}, where, QCoreApplication::translate("atlas::core", "a conflict object is expected")};
    const QJsonObject o = json.toObject();
    SyncJsonReader r(o, where,
                     {QStringLiteral("op"), QStringLiteral("table"), QStringLiteral("record"), QStringLiteral("kind"),
                      QStringLiteral("field"), QStringLiteral("base"), QStringLiteral("incoming"),
                      QStringLiteral("server"), QStringLiteral("incoming_won"), QStringLiteral("incoming_author"),
                      QStringLiteral("server_author"), QStringLiteral("incoming_at"), QStringLiteral("server_at")});
    SyncConflict c;
    c.opUuid = r.uuid(QStringLiteral("op"));
    c.table = r.string(QStringLiteral("table"));
    c.record = r.uuid(QStringLiteral("record"));
    const QString kind = r.string(QStringLiteral("kind"));
    c.field = r.string(QStringLiteral("field"));
    c.baseValue = o.value(QStringLiteral("base"));
    c.incomingValue = o.value(QStringLiteral("incoming"));
    c.serverValue = o.value(QStringLiteral("server"));
    c.incomingWon = r.boolean(QStringLiteral("incoming_won"));
    c.incomingAuthor = r.string(QStringLiteral("incoming_author"));
    c.serverAuthor = r.string(QStringLiteral("server_author"));
    c.incomingAt = r.time(QStringLiteral("incoming_at"));
    c.serverAt = r.time(QStringLiteral("server_at"), false);
    if (r.error())
        return *r.error();
    const auto k = conflictKindFromName(kind);
    if (!k)
        return Error{{}, where + QStringLiteral(".kind"),
                     QCoreApplication::translate("atlas::core", "unknown conflict kind '%1'").arg(kind)};
    c.kind = *k;
    return c;
}

}  // namespace atlas::core
