#include "core/sync/sync_op.h"

#include "core/model/json_text.h"
#include "core/model/translate.h"
#include "core/sync/sync_json.h"
#include "core/sync/sync_json_text.h"
#include "core/sync/sync_schema.h"

namespace atlas::core {

QString syncOperationName(SyncOperation operation)
{
    switch (operation) {
    case SyncOperation::Insert:
        return QStringLiteral("insert");
    case SyncOperation::Update:
        return QStringLiteral("update");
    case SyncOperation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<SyncOperation> syncOperationFromName(const QString& name)
{
    for (SyncOperation op : {SyncOperation::Insert, SyncOperation::Update, SyncOperation::Delete})
        if (syncOperationName(op) == name)
            return op;
    return std::nullopt;
}

QByteArray fieldChangesJsonText(const FieldChanges& changes)
{
    JsonText t;
    t.beginObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        t.key(it.key()).beginObject();
        t.field(QLatin1StringView("old"), it->oldValue).field(QLatin1StringView("new"), it->newValue);
        t.endObject();
    }
    return t.endObject().bytes();
}

QJsonObject fieldChangesToJson(const FieldChanges& changes)
{
    return jsonTextObject(fieldChangesJsonText(changes));
}

Result<FieldChanges> fieldChangesFromJson(const QJsonObject& json, const QString& table, const QString& where)
{
    FieldChanges changes;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString at = where + QLatin1Char('.') + it.key();
        if (!it.value().isObject())
            return Error{{}, at, tr("an object {\"old\", \"new\"} is expected")};
        SyncJsonReader r(it.value().toObject(), at, {QStringLiteral("old"), QStringLiteral("new")});
        if (r.error())
            return *r.error();
        const QJsonObject o = it.value().toObject();
        if (!o.contains(QStringLiteral("old")) || !o.contains(QStringLiteral("new")))
            return Error{{}, at, tr("both \"old\" and \"new\" are required")};
        FieldChange c{o.value(QStringLiteral("old")), o.value(QStringLiteral("new"))};
        for (const QJsonValue& v : {c.oldValue, c.newValue})
            if (auto s = checkSyncField(table, it.key(), v); !s)
                return Error{{}, where, s.error().location + QStringLiteral(": ") + s.error().reason};
        changes.insert(it.key(), c);
    }
    return changes;
}

QByteArray syncOpJsonText(const SyncOp& op)
{
    JsonText t;
    t.beginObject()
        .field(QLatin1StringView("op"), uuidString(op.opUuid))
        .field(QLatin1StringView("table"), op.table)
        .field(QLatin1StringView("record"), uuidString(op.record))
        .field(QLatin1StringView("operation"), syncOperationName(op.operation))
        .field(QLatin1StringView("base_version"), op.baseVersion);
    t.key(QLatin1StringView("fields")).raw(fieldChangesJsonText(op.fields));
    return t.field(QLatin1StringView("author"), op.author)
        .field(QLatin1StringView("replica"), uuidString(op.replica))
        .field(QLatin1StringView("at"), syncTimeString(op.at))
        .endObject()
        .bytes();
}

QJsonObject syncOpToJson(const SyncOp& op)
{
    return jsonTextObject(syncOpJsonText(op));
}

Result<SyncOp> syncOpFromJson(const QJsonValue& json, const QString& where)
{
    if (!json.isObject())
        return Error{{}, where, tr("an operation object is expected")};
    SyncJsonReader r(json.toObject(), where,
                     {QStringLiteral("op"), QStringLiteral("table"), QStringLiteral("record"),
                      QStringLiteral("operation"), QStringLiteral("base_version"), QStringLiteral("fields"),
                      QStringLiteral("author"), QStringLiteral("replica"), QStringLiteral("at")});
    SyncOp op;
    op.opUuid = r.uuid(QStringLiteral("op"));
    op.table = r.string(QStringLiteral("table"));
    op.record = r.uuid(QStringLiteral("record"));
    const QString operation = r.string(QStringLiteral("operation"));
    op.baseVersion = int(r.integer(QStringLiteral("base_version")));
    const QJsonObject fields = r.child(QStringLiteral("fields"));
    op.author = r.string(QStringLiteral("author"));
    op.replica = r.uuid(QStringLiteral("replica"));
    op.at = r.time(QStringLiteral("at"));
    if (r.error())
        return *r.error();
    if (!syncTables().contains(op.table))
        return Error{{}, where + QStringLiteral(".table"),
                     tr("'%1' is not a shared table in sync schema %2").arg(op.table).arg(kSyncProtocolVersion)};
    const auto kind = syncOperationFromName(operation);
    if (!kind)
        return Error{{}, where + QStringLiteral(".operation"),
                     tr("'%1' is not insert, update or delete").arg(operation)};
    op.operation = *kind;
    auto changes = fieldChangesFromJson(fields, op.table, where + QStringLiteral(".fields"));
    if (!changes)
        return changes.error();
    op.fields = changes.take();
    const FieldChange deleting{false, true};
    if (op.operation == SyncOperation::Delete &&
        (op.fields.size() != 1 || op.fields.value(QStringLiteral("deleted")) != deleting))
        return Error{{}, where, tr("a delete carries only {\"deleted\": {\"old\": false, \"new\": true}}")};
    if (op.operation != SyncOperation::Delete && op.fields.isEmpty())
        return Error{{}, where, tr("an insert or update changes at least one field")};
    if (op.operation == SyncOperation::Insert && op.baseVersion != 0)
        return Error{{}, where + QStringLiteral(".base_version"), tr("an insert has base version 0")};
    return op;
}

}  // namespace atlas::core
