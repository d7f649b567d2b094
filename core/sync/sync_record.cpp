#include "core/sync/sync_record.h"

#include "core/model/json_text.h"
#include "core/sync/sync_json.h"
#include "core/sync/sync_json_text.h"
#include "core/sync/sync_schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace atlas::core {
namespace {

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
    const QJsonValue stamps = withStamps ? r.object().value(QStringLiteral("stamps")) : QJsonValue();
    if (withStamps && !stamps.isArray() && !stamps.isObject())
        r.fail(QStringLiteral("stamps"), QCoreApplication::translate("atlas::core", "an array is expected"));
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
    // Grouped by change ([{..., "fields": [...]}]), or one per field as first stored ({field: {...}}).
    const bool grouped = stamps.isArray();
    const QJsonArray groups = grouped ? stamps.toArray() : QJsonArray();
    const QJsonObject perField = grouped ? QJsonObject() : stamps.toObject();
    const qsizetype count = grouped ? groups.size() : perField.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject s = grouped ? groups.at(i).toObject() : (perField.begin() + i).value().toObject();
        QStringList keys = {QStringLiteral("version"), QStringLiteral("at"), QStringLiteral("replica"),
                            QStringLiteral("author"), QStringLiteral("op")};
        if (grouped)
            keys << QStringLiteral("fields");
        SyncJsonReader sr(s, where + QStringLiteral(".stamps.") + (grouped ? QString::number(i) : (perField.begin() + i).key()),
                          keys);
        FieldStamp stamp;
        stamp.version = int(sr.integer(QStringLiteral("version"), 1));
        stamp.at = sr.time(QStringLiteral("at"));
        stamp.replica = sr.uuid(QStringLiteral("replica"));
        stamp.author = sr.string(QStringLiteral("author"));
        stamp.opUuid = sr.uuid(QStringLiteral("op"));
        const QJsonArray fields = grouped ? sr.array(QStringLiteral("fields")) : QJsonArray{(perField.begin() + i).key()};
        if (sr.error())
            return *sr.error();
        for (const QJsonValue& f : fields) {
            if (!f.isString())
                return Error{{}, where + QStringLiteral(".stamps"),
                             QCoreApplication::translate("atlas::core", "field names are expected")};
            rec.stamps.insert(f.toString(), stamp);
        }
    }
    return rec;
}

}  // namespace

// The snapshot's keys, left open for the stamps.
static void writeSnapshot(JsonText& t, const SyncRecord& r)
{
    t.beginObject()
        .field(QLatin1StringView("table"), r.table)
        .field(QLatin1StringView("record"), uuidString(r.record))
        .field(QLatin1StringView("version"), r.version)
        .field(QLatin1StringView("deleted"), r.deleted)
        .field(QLatin1StringView("fields"), r.fields)
        .field(QLatin1StringView("modified"), syncTimeString(r.modified));
}

QByteArray syncSnapshotJsonText(const SyncRecord& r)
{
    JsonText t;
    writeSnapshot(t, r);
    return t.endObject().bytes();
}

QJsonObject syncSnapshotToJson(const SyncRecord& r)
{
    return jsonTextObject(syncSnapshotJsonText(r));
}

QByteArray syncRecordJsonText(const SyncRecord& r)
{
    // The fields that share a stamp, in a stable order.
    QList<std::pair<FieldStamp, QStringList>> groups;
    QStringList names = r.stamps.keys();
    names.sort();
    for (const QString& name : names) {
        const FieldStamp stamp = r.stamps.value(name);
        auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return x.first == stamp; });
        if (g == groups.end())
            groups.append({stamp, {name}});
        else
            g->second << name;
    }
    JsonText t;
    writeSnapshot(t, r);
    t.key(QLatin1StringView("stamps")).beginArray();
    for (const auto& [s, fields] : groups)
        t.beginObject()
            .field(QLatin1StringView("op"), uuidString(s.opUuid))
            .field(QLatin1StringView("version"), s.version)
            .field(QLatin1StringView("at"), syncTimeString(s.at))
            .field(QLatin1StringView("replica"), uuidString(s.replica))
            .field(QLatin1StringView("author"), s.author)
            .field(QLatin1StringView("fields"), fields)
            .endObject();
    return t.endArray().endObject().bytes();
}

QJsonObject syncRecordToJson(const SyncRecord& r)
{
    return jsonTextObject(syncRecordJsonText(r));
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
