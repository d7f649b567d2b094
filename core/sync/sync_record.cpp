#include "core/sync/sync_record.h"

#include "core/sync/sync_json.h"
#include "core/sync/sync_schema.h"

#include <QCoreApplication>

namespace atlas::core {
namespace {

QJsonObject stampToJson(const FieldStamp& s)
{
    return {{QStringLiteral("version"), s.version},
            {QStringLiteral("at"), syncTimeString(s.at)},
            {QStringLiteral("replica"), uuidString(s.replica)},
            {QStringLiteral("author"), s.author},
            {QStringLiteral("op"), uuidString(s.opUuid)}};
}

Result<SyncRecord> readRecord(const QJsonValue& json, const QString& where, bool withStamps)
{
    if (!json.isObject())
        return Error{{}, where, QCoreApplication::translate("atlas::core", "a record object is expected")};
    QStringList keys = {QStringLiteral("table"),   QStringLiteral("record"), QStringLiteral("version"),
                        QStringLiteral("deleted"), QStringLiteral("fields"), QStringLiteral("modified")};
    if (withStamps)
        keys << QStringLiteral("stamps");
    SyncJsonReader r(json.toObject(), where, keys);
    SyncRecord rec;
    rec.exists = true;
    rec.table = r.string(QStringLiteral("table"));
    rec.record = r.uuid(QStringLiteral("record"));
    rec.version = int(r.integer(QStringLiteral("version"), 1));
    rec.deleted = r.boolean(QStringLiteral("deleted"));
    rec.fields = r.child(QStringLiteral("fields"));
    rec.modified = r.time(QStringLiteral("modified"));
    const QJsonObject stamps = withStamps ? r.child(QStringLiteral("stamps")) : QJsonObject();
    if (r.error())
        return *r.error();
    if (!syncTables().contains(rec.table))
        return Error{{}, where + QStringLiteral(".table"),
                     QCoreApplication::translate("atlas::core", "'%1' is not a shared table").arg(rec.table)};
    for (auto it = rec.fields.begin(); it != rec.fields.end(); ++it)
        if (auto s = checkSyncField(rec.table, it.key(), it.value()); !s || it.key() == QLatin1String("deleted"))
            return Error{{}, where + QStringLiteral(".fields"),
                         s ? QCoreApplication::translate("atlas::core", "\"deleted\" is not a field")
                           : s.error().location + QStringLiteral(": ") + s.error().reason};
    for (auto it = stamps.begin(); it != stamps.end(); ++it) {
        SyncJsonReader sr(it.value().toObject(), where + QStringLiteral(".stamps.") + it.key(),
                          {QStringLiteral("version"), QStringLiteral("at"), QStringLiteral("replica"),
                           QStringLiteral("author"), QStringLiteral("op")});
        FieldStamp stamp;
        stamp.version = int(sr.integer(QStringLiteral("version"), 1));
        stamp.at = sr.time(QStringLiteral("at"));
        stamp.replica = sr.uuid(QStringLiteral("replica"));
        stamp.author = sr.string(QStringLiteral("author"));
        stamp.opUuid = sr.uuid(QStringLiteral("op"));
        if (sr.error())
            return *sr.error();
        rec.stamps.insert(it.key(), stamp);
    }
    return rec;
}

}  // namespace

QJsonObject syncSnapshotToJson(const SyncRecord& r)
{
    return {{QStringLiteral("table"), r.table},
            {QStringLiteral("record"), uuidString(r.record)},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("deleted"), r.deleted},
            {QStringLiteral("fields"), r.fields},
            {QStringLiteral("modified"), syncTimeString(r.modified)}};
}

QJsonObject syncRecordToJson(const SyncRecord& r)
{
    QJsonObject json = syncSnapshotToJson(r);
    QJsonObject stamps;
    for (auto it = r.stamps.begin(); it != r.stamps.end(); ++it)
        stamps.insert(it.key(), stampToJson(it.value()));
    json.insert(QStringLiteral("stamps"), stamps);
    return json;
}

Result<SyncRecord> syncRecordFromJson(const QJsonValue& json, const QString& where)
{
    return readRecord(json, where, true);
}

Result<SyncRecord> syncSnapshotFromJson(const QJsonValue& json, const QString& where)
{
    return readRecord(json, where, false);
}

}  // namespace atlas::core
