#pragma once
// A record as the server holds it for the sync: its fields, version, tombstone, and when
// and by whom each field last changed (what last-writer-wins and conflicts compare).

#include "core/model/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace atlas::core {

// The last change of one field on the server.
struct FieldStamp {
    int version = 0;  // record version that change produced
    QDateTime at;     // edit time of the op that made it
    QUuid replica;
    QString author;
    QUuid opUuid;
    bool operator==(const FieldStamp& other) const = default;
};

struct SyncRecord {
    QString table;
    QUuid record;
    bool exists = false;  // false: the server never saw this record
    bool deleted = false;
    int version = 0;
    QJsonObject fields;  // current values, "deleted" excluded
    QHash<QString, FieldStamp> stamps;
    QDateTime modified;

    bool operator==(const SyncRecord& other) const = default;
};

// Storage form: {"table", "record", "version", "deleted", "fields", "stamps", "modified"}.
QJsonObject syncRecordToJson(const SyncRecord& record);
Result<SyncRecord> syncRecordFromJson(const QJsonValue& json, const QString& where);
// What a pull delivers of a record: the same without the stamps.
QJsonObject syncSnapshotToJson(const SyncRecord& record);
Result<SyncRecord> syncSnapshotFromJson(const QJsonValue& json, const QString& where);

}  // namespace atlas::core
