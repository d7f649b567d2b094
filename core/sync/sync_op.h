#pragma once
// One operation of the sync protocol: the change of one record, as a client pushes it.

#include "core/model/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QUuid>
#include <optional>

namespace atlas::core {

enum class SyncOperation { Insert, Update, Delete };
QString syncOperationName(SyncOperation operation);
std::optional<SyncOperation> syncOperationFromName(const QString& name);

// The value a field had when the edit was made, and the value the edit gave it.
struct FieldChange {
    QJsonValue oldValue;
    QJsonValue newValue;
    bool operator==(const FieldChange& other) const = default;
};
using FieldChanges = QMap<QString, FieldChange>;

struct SyncOp {
    QUuid opUuid;      // identity of the operation: replaying it returns its first result
    QString table;     // one of syncTables()
    QUuid record;
    SyncOperation operation = SyncOperation::Update;
    int baseVersion = 0;  // the server version the client last saw (0: never synced)
    FieldChanges fields;  // a delete carries {"deleted": {false, true}}
    QString author;       // account that made the edit
    QUuid replica;        // the atlas file that made it
    QDateTime at;         // when, UTC; decides last-writer-wins

    bool operator==(const SyncOp& other) const = default;
};

// {"field": {"old": ..., "new": ...}} and back; the reverse checks each field's schema.
QJsonObject fieldChangesToJson(const FieldChanges& changes);
Result<FieldChanges> fieldChangesFromJson(const QJsonObject& json, const QString& table, const QString& where);

QJsonObject syncOpToJson(const SyncOp& op);
// Strict: unknown keys, wrong types, unknown tables or fields, a delete that does not
// delete, an insert with a base version are all refused; `where` prefixes the error.
Result<SyncOp> syncOpFromJson(const QJsonValue& json, const QString& where);

}  // namespace atlas::core
