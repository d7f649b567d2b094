// The protocol messages: JSON round trips and strict refusal of anything else, with the
// place and reason in the error.

#include "sync_test_ops.h"
#include "support/test_support.h"

#include "core/sync/sync_json.h"
#include "core/sync/sync_messages.h"
#include "core/sync/sync_schema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace atlas;
using namespace atlas::test;

namespace {

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

core::PushBatch sampleBatch()
{
    core::PushBatch batch;
    batch.group = QStringLiteral("caue-nord");
    batch.replica = replicaA();
    batch.ops << insertOp(replicaA(), {{QStringLiteral("title_fr"), QStringLiteral("Église")},
                                       {QStringLiteral("themes"), QJsonArray{QStringLiteral("patrimoine")}}},
                          1);
    batch.ops << updateOp(replicaA(), 1, QStringLiteral("geometry"), QJsonValue(), QStringLiteral("0101"), 2);
    batch.ops << deleteOp(replicaA(), 2, 3);
    return batch;
}

QString errorOf(const QJsonObject& push)
{
    auto r = core::pushBatchFromJson(bytes(push));
    return r ? QString() : r.error().message();
}

QJsonObject withOp(const QJsonObject& op)
{
    QJsonObject push = core::pushBatchToJson(sampleBatch());
    push.insert(QStringLiteral("ops"), QJsonArray{op});
    return push;
}

}  // namespace

TEST_CASE("push batch: JSON round trip")
{
    const core::PushBatch batch = sampleBatch();
    auto back = core::pushBatchFromJson(bytes(core::pushBatchToJson(batch)));
    REQUIRE(back);
    CHECK(back.value().group == batch.group);
    CHECK(back.value().replica == batch.replica);
    REQUIRE(back.value().ops.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(back.value().ops[i] == batch.ops[i]);
}

TEST_CASE("push result and pull page: JSON round trip")
{
    core::PushResult result;
    core::SyncConflict c{QUuid::createUuid(), QStringLiteral("observations"), fiche(), core::ConflictKind::SameField,
                         QStringLiteral("title_fr"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                         true, QStringLiteral("anne"), QStringLiteral("bart"), minute(3), minute(2)};
    result.results << core::OpResult{c.opUuid, core::MergeOutcome::Conflict, 4, false, {c}, {}};
    result.results << core::OpResult{QUuid::createUuid(), core::MergeOutcome::Refused, 0, false, {}, QStringLiteral("no rights")};
    auto back = core::pushResultFromJson(bytes(core::pushResultToJson(result)));
    REQUIRE(back);
    CHECK(back.value().results == result.results);

    core::PullPage page;
    page.records << baseRecord();
    page.records.first().stamps.clear();
    page.cursor = QStringLiteral("42");
    page.more = true;
    auto pageBack = core::pullPageFromJson(bytes(core::pullPageToJson(page)));
    REQUIRE(pageBack);
    CHECK(pageBack.value().records == page.records);
    CHECK(pageBack.value().cursor == QStringLiteral("42"));
    CHECK(pageBack.value().more);
}

TEST_CASE("server record: storage JSON keeps the stamps")
{
    const core::SyncRecord r = baseRecord();
    auto back = core::syncRecordFromJson(core::syncRecordToJson(r), QStringLiteral("r"));
    REQUIRE(back);
    CHECK(back.value() == r);
}

TEST_CASE("push batch: another protocol version is refused with both versions named")
{
    QJsonObject push = core::pushBatchToJson(sampleBatch());
    push.insert(QStringLiteral("protocol"), 2);
    push.insert(QStringLiteral("renamed_ops"), QJsonArray());
    const QString e = errorOf(push);
    CHECK(e.contains(QStringLiteral("sync protocol 2")));
    CHECK(e.contains(QStringLiteral("speaks 1")));
    push.remove(QStringLiteral("protocol"));
    CHECK(errorOf(push).contains(QStringLiteral("push.protocol")));
}

TEST_CASE("push batch: bad input is refused with the place and the reason")
{
    const QJsonObject good = core::syncOpToJson(sampleBatch().ops[1]);
    const auto with = [&](const QString& key, const QJsonValue& v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return errorOf(withOp(o));
    };
    CHECK(errorOf(withOp(good)).isEmpty());
    CHECK(with(QStringLiteral("sneaky"), 1) == QStringLiteral("push.ops[0].sneaky: unknown key"));
    CHECK(with(QStringLiteral("op"), QStringLiteral("not-a-uuid")) == QStringLiteral("push.ops[0].op: a UUID is expected"));
    CHECK(with(QStringLiteral("record"), QJsonValue::Undefined) == QStringLiteral("push.ops[0].record: missing (UUID expected)"));
    CHECK(with(QStringLiteral("base_version"), 1.5) == QStringLiteral("push.ops[0].base_version: an integer is expected"));
    CHECK(with(QStringLiteral("base_version"), -1) == QStringLiteral("push.ops[0].base_version: must be at least 0"));
    CHECK(with(QStringLiteral("at"), QStringLiteral("yesterday")) == QStringLiteral("push.ops[0].at: an ISO 8601 time is expected"));
    CHECK(with(QStringLiteral("table"), QStringLiteral("users; DROP TABLE x")).contains(QStringLiteral("is not a shared table")));
    CHECK(with(QStringLiteral("operation"), QStringLiteral("upsert")).contains(QStringLiteral("'upsert' is not insert, update or delete")));
    CHECK(with(QStringLiteral("fields"), QJsonObject{{QStringLiteral("password"), QJsonObject{{QStringLiteral("old"), 1}, {QStringLiteral("new"), 2}}}})
              .contains(QStringLiteral("observations.password: not a field of this table in sync schema 1")));
    CHECK(with(QStringLiteral("fields"), QJsonObject{{QStringLiteral("title_fr"), QJsonObject{{QStringLiteral("old"), QStringLiteral("a")}, {QStringLiteral("new"), 3}}}})
              .contains(QStringLiteral("title_fr: value of the wrong type")));
    CHECK(with(QStringLiteral("fields"), QJsonObject{{QStringLiteral("title_fr"), QJsonObject{{QStringLiteral("new"), QStringLiteral("x")}}}})
              .contains(QStringLiteral("both \"old\" and \"new\" are required")));
    CHECK(with(QStringLiteral("fields"), QJsonObject{}).contains(QStringLiteral("changes at least one field")));
    CHECK(with(QStringLiteral("replica"), core::uuidString(replicaB())).contains(QStringLiteral("differs from the batch replica")));

    QJsonObject del = core::syncOpToJson(sampleBatch().ops[2]);
    del.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("title_fr"), QJsonObject{{QStringLiteral("old"), QStringLiteral("a")}, {QStringLiteral("new"), QStringLiteral("b")}}}});
    CHECK(errorOf(withOp(del)).contains(QStringLiteral("a delete carries only")));
    QJsonObject ins = core::syncOpToJson(sampleBatch().ops[0]);
    ins.insert(QStringLiteral("base_version"), 3);
    CHECK(errorOf(withOp(ins)) == QStringLiteral("push.ops[0].base_version: an insert has base version 0"));

    auto notJson = core::pushBatchFromJson(QByteArray("{\"protocol\": 1, \"ops\": ["));
    REQUIRE_FALSE(notJson);
    CHECK(notJson.error().message().contains(QStringLiteral("invalid JSON at offset")));
    CHECK_FALSE(core::pushBatchFromJson(QByteArray("[1]")));
}

TEST_CASE("observation_media: fields are media UUIDs")
{
    CHECK(core::checkSyncField(QStringLiteral("observation_media"), core::uuidString(QUuid::createUuid()), true));
    CHECK_FALSE(core::checkSyncField(QStringLiteral("observation_media"), QStringLiteral("nope"), true));
    CHECK_FALSE(core::checkSyncField(QStringLiteral("observation_media"), core::uuidString(QUuid::createUuid()), QStringLiteral("x")));
}
