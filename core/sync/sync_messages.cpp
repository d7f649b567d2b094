#include "core/sync/sync_messages.h"

#include "core/model/json_text.h"
#include "core/model/translate.h"
#include "core/sync/sync_json.h"
#include "core/sync/sync_json_text.h"
#include "core/sync/sync_schema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace atlas::core {
namespace {

const QString kProtocol = QStringLiteral("protocol");

// Reads the protocol version first so that another version is refused with that
// message rather than with whatever key it renamed.
Result<QJsonObject> openMessage(const QByteArray& body, const QString& what)
{
    auto json = parseSyncBody(body, what);
    if (!json)
        return json;
    const QJsonValue protocol = json.value().value(kProtocol);
    if (!protocol.isDouble())
        return Error{{}, what + QStringLiteral(".protocol"), tr("missing (integer expected)")};
    if (auto s = checkSyncProtocol(protocol.toInt(), what); !s)
        return s.error();
    return json;
}

}  // namespace

Result<QJsonObject> parseSyncBody(const QByteArray& body, const QString& what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{{}, what, tr("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{{}, what, tr("a JSON object is expected")};
    return doc.object();
}

QByteArray pushBatchJsonText(const PushBatch& batch)
{
    JsonText t;
    t.beginObject()
        .field(QLatin1StringView("protocol"), kSyncProtocolVersion)
        .field(QLatin1StringView("group"), batch.group)
        .field(QLatin1StringView("replica"), uuidString(batch.replica));
    t.key(QLatin1StringView("ops")).beginArray();
    for (const SyncOp& op : batch.ops)
        t.raw(syncOpJsonText(op));
    return t.endArray().endObject().bytes();
}

QJsonObject pushBatchToJson(const PushBatch& batch)
{
    return jsonTextObject(pushBatchJsonText(batch));
}

Result<PushBatch> pushBatchFromJson(const QByteArray& body)
{
    auto json = openMessage(body, QStringLiteral("push"));
    if (!json)
        return json.error();
    SyncJsonReader r(json.value(), QStringLiteral("push"),
                     {kProtocol, QStringLiteral("group"), QStringLiteral("replica"), QStringLiteral("ops")});
    PushBatch batch;
    batch.group = r.string(QStringLiteral("group"));
    batch.replica = r.uuid(QStringLiteral("replica"));
    const QJsonArray ops = r.array(QStringLiteral("ops"));
    if (r.error())
        return *r.error();
    if (ops.size() > kMaxPushOps)
        return Error{{}, QStringLiteral("push.ops"), tr("%1 operations, at most %2 per batch").arg(ops.size()).arg(kMaxPushOps)};
    for (int i = 0; i < ops.size(); ++i) {
        auto op = syncOpFromJson(ops[i], QStringLiteral("push.ops[%1]").arg(i));
        if (!op)
            return op.error();
        if (op.value().replica != batch.replica)
            return Error{{}, QStringLiteral("push.ops[%1].replica").arg(i), tr("differs from the batch replica")};
        batch.ops << op.take();
    }
    return batch;
}

QByteArray opResultJsonText(const OpResult& result)
{
    JsonText t;
    t.beginObject()
        .field(QLatin1StringView("op"), uuidString(result.opUuid))
        .field(QLatin1StringView("outcome"), mergeOutcomeName(result.outcome))
        .field(QLatin1StringView("version"), result.version)
        .field(QLatin1StringView("deleted"), result.deleted);
    t.key(QLatin1StringView("conflicts")).beginArray();
    for (const SyncConflict& c : result.conflicts)
        t.value(syncConflictToJson(c));
    t.endArray();
    if (!result.reason.isEmpty())
        t.field(QLatin1StringView("reason"), result.reason);
    return t.endObject().bytes();
}

QJsonObject opResultToJson(const OpResult& result)
{
    return jsonTextObject(opResultJsonText(result));
}

Result<OpResult> opResultFromJson(const QJsonValue& json, const QString& where)
{
    SyncJsonReader r(json.toObject(), where,
                     {QStringLiteral("op"), QStringLiteral("outcome"), QStringLiteral("version"),
                      QStringLiteral("deleted"), QStringLiteral("conflicts"), QStringLiteral("reason")});
    if (!json.isObject())
        r.fail({}, tr("an object is expected"));
    OpResult result;
    result.opUuid = r.uuid(QStringLiteral("op"));
    const QString outcome = r.string(QStringLiteral("outcome"));
    result.version = int(r.integer(QStringLiteral("version"), 0));
    result.deleted = r.boolean(QStringLiteral("deleted"));
    const QJsonArray conflicts = r.array(QStringLiteral("conflicts"));
    result.reason = r.string(QStringLiteral("reason"), false);
    if (r.error())
        return *r.error();
    const auto o = mergeOutcomeFromName(outcome);
    if (!o)
        return Error{{}, where + QStringLiteral(".outcome"), tr("unknown outcome '%1'").arg(outcome)};
    result.outcome = *o;
    for (int i = 0; i < conflicts.size(); ++i) {
        auto c = syncConflictFromJson(conflicts[i], where + QStringLiteral(".conflicts[%1]").arg(i));
        if (!c)
            return c.error();
        result.conflicts << c.take();
    }
    return result;
}

QByteArray pushResultJsonText(const PushResult& result)
{
    JsonText t;
    t.beginObject().field(QLatin1StringView("protocol"), kSyncProtocolVersion);
    t.key(QLatin1StringView("results")).beginArray();
    for (const OpResult& r : result.results)
        t.raw(opResultJsonText(r));
    return t.endArray().endObject().bytes();
}

QJsonObject pushResultToJson(const PushResult& result)
{
    return jsonTextObject(pushResultJsonText(result));
}

QJsonObject jsonTextObject(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

Result<PushResult> pushResultFromJson(const QByteArray& body)
{
    auto json = openMessage(body, QStringLiteral("push result"));
    if (!json)
        return json.error();
    SyncJsonReader r(json.value(), QStringLiteral("push result"), {kProtocol, QStringLiteral("results")});
    const QJsonArray results = r.array(QStringLiteral("results"));
    if (r.error())
        return *r.error();
    PushResult result;
    for (int i = 0; i < results.size(); ++i) {
        auto one = opResultFromJson(results[i], QStringLiteral("push result.results[%1]").arg(i));
        if (!one)
            return one.error();
        result.results << one.take();
    }
    return result;
}

QByteArray pullPageJsonText(const PullPage& page)
{
    JsonText t;
    t.beginObject().field(QLatin1StringView("protocol"), kSyncProtocolVersion);
    t.key(QLatin1StringView("records")).beginArray();
    for (const SyncRecord& r : page.records)
        t.raw(syncSnapshotJsonText(r));
    return t.endArray()
        .field(QLatin1StringView("cursor"), page.cursor)
        .field(QLatin1StringView("more"), page.more)
        .endObject()
        .bytes();
}

QJsonObject pullPageToJson(const PullPage& page)
{
    return jsonTextObject(pullPageJsonText(page));
}

Result<PullPage> pullPageFromJson(const QByteArray& body)
{
    auto json = openMessage(body, QStringLiteral("pull"));
    if (!json)
        return json.error();
    SyncJsonReader r(json.value(), QStringLiteral("pull"),
                     {kProtocol, QStringLiteral("records"), QStringLiteral("cursor"), QStringLiteral("more")});
    PullPage page;
    const QJsonArray records = r.array(QStringLiteral("records"));
    page.cursor = r.string(QStringLiteral("cursor"));
    page.more = r.boolean(QStringLiteral("more"));
    if (r.error())
        return *r.error();
    for (int i = 0; i < records.size(); ++i) {
        auto rec = syncSnapshotFromJson(records[i], QStringLiteral("pull.records[%1]").arg(i));
        if (!rec)
            return rec.error();
        page.records << rec.take();
    }
    return page;
}

}  // namespace atlas::core
