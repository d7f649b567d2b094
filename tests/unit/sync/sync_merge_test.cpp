// The three-way merge case by case: what is applied, what is merged, what is a conflict.

#include "sync_test_ops.h"
#include "support/test_support.h"

#include "core/sync/memory_sync_server.h"

#include <QJsonArray>

using namespace atlas;
using namespace atlas::test;
using core::ConflictKind;
using core::MergeOutcome;

namespace {

const QString kTitle = QStringLiteral("title_fr");
const QString kDesc = QStringLiteral("description_fr");

QString field(const core::SyncRecord& r, const QString& name)
{
    return r.fields.value(name).toString();
}

}  // namespace

TEST_CASE("merge: a record the server never saw")
{
    core::SyncRecord none;
    none.table = QStringLiteral("observations");
    none.record = fiche();
    SECTION("insert is applied as version 1")
    {
        const auto r = core::mergeSyncOp(none, insertOp(replicaA(), {{kTitle, QStringLiteral("x")}}, 0));
        CHECK(r.outcome == MergeOutcome::Applied);
        CHECK(r.record.exists);
        CHECK(r.record.version == 1);
        CHECK_FALSE(r.record.deleted);
        CHECK(field(r.record, kTitle) == QStringLiteral("x"));
        CHECK(r.conflicts.isEmpty());
    }
    SECTION("an update of an unknown record creates it from what it knows, merged")
    {
        const auto r = core::mergeSyncOp(none, updateOp(replicaA(), 3, kTitle, QStringLiteral("a"), QStringLiteral("b"), 0));
        CHECK(r.outcome == MergeOutcome::Merged);
        CHECK(r.record.version == 1);
        CHECK(field(r.record, kTitle) == QStringLiteral("b"));
    }
    SECTION("a delete of an unknown record leaves a tombstone")
    {
        const auto r = core::mergeSyncOp(none, deleteOp(replicaA(), 2, 0));
        CHECK(r.record.exists);
        CHECK(r.record.deleted);
        CHECK(r.record.version == 1);
        CHECK(r.conflicts.isEmpty());
    }
}

TEST_CASE("merge: an op based on the server's version is applied")
{
    const core::SyncRecord base = baseRecord();
    REQUIRE(base.version == 1);
    const auto r = core::mergeSyncOp(base, updateOp(replicaB(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("t1"), 5));
    CHECK(r.outcome == MergeOutcome::Applied);
    CHECK(r.changed);
    CHECK(r.record.version == 2);
    CHECK(field(r.record, kTitle) == QStringLiteral("t1"));
    CHECK(field(r.record, kDesc) == QStringLiteral("d0"));
    CHECK(r.record.stamps.value(kTitle).replica == replicaB());
    CHECK(r.record.stamps.value(kTitle).version == 2);
    CHECK(r.record.modified == minute(5));
}

TEST_CASE("merge: different fields changed on each side merge without conflict")
{
    const auto server = core::mergeSyncOp(baseRecord(), updateOp(replicaB(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tB"), 5)).record;
    const auto r = core::mergeSyncOp(server, updateOp(replicaC(), 1, kDesc, QStringLiteral("d0"), QStringLiteral("dC"), 3));
    CHECK(r.outcome == MergeOutcome::Merged);
    CHECK(r.conflicts.isEmpty());
    CHECK(r.record.version == 3);
    CHECK(field(r.record, kTitle) == QStringLiteral("tB"));
    CHECK(field(r.record, kDesc) == QStringLiteral("dC"));
}

TEST_CASE("merge: the same field changed on both sides goes to the later edit and is recorded")
{
    const auto server = core::mergeSyncOp(baseRecord(), updateOp(replicaB(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tB"), 5)).record;
    SECTION("incoming later wins")
    {
        const auto op = updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tC"), 9);
        const auto r = core::mergeSyncOp(server, op);
        CHECK(r.outcome == MergeOutcome::Conflict);
        CHECK(field(r.record, kTitle) == QStringLiteral("tC"));
        CHECK(r.record.version == 3);
        REQUIRE(r.conflicts.size() == 1);
        const core::SyncConflict& c = r.conflicts.first();
        CHECK(c.kind == ConflictKind::SameField);
        CHECK(c.field == kTitle);
        CHECK(c.opUuid == op.opUuid);
        CHECK(c.record == fiche());
        CHECK(c.baseValue == QJsonValue(QStringLiteral("t0")));
        CHECK(c.incomingValue == QJsonValue(QStringLiteral("tC")));
        CHECK(c.serverValue == QJsonValue(QStringLiteral("tB")));
        CHECK(c.incomingWon);
        CHECK(c.incomingAuthor == QStringLiteral("chloe"));
        CHECK(c.serverAuthor == QStringLiteral("bart"));
        CHECK(c.incomingAt == minute(9));
        CHECK(c.serverAt == minute(5));
    }
    SECTION("incoming earlier loses, still recorded, version bumped so everyone re-reads it")
    {
        const auto r = core::mergeSyncOp(server, updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tC"), 2));
        CHECK(r.outcome == MergeOutcome::Conflict);
        CHECK(field(r.record, kTitle) == QStringLiteral("tB"));
        CHECK_FALSE(r.changed);
        CHECK(r.record.version == 3);
        REQUIRE(r.conflicts.size() == 1);
        CHECK_FALSE(r.conflicts.first().incomingWon);
        CHECK(r.conflicts.first().serverValue == QJsonValue(QStringLiteral("tB")));
    }
    SECTION("same time: the greater replica UUID wins, whatever the order")
    {
        const auto r = core::mergeSyncOp(server, updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tC"), 5));
        CHECK(field(r.record, kTitle) == QStringLiteral("tC"));
        const auto serverC = core::mergeSyncOp(baseRecord(), updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tC"), 5)).record;
        const auto r2 = core::mergeSyncOp(serverC, updateOp(replicaB(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tB"), 5));
        CHECK(field(r2.record, kTitle) == QStringLiteral("tC"));
        CHECK(r2.conflicts.size() == 1);
    }
    SECTION("both sides made the same change: nothing to do, no conflict")
    {
        const auto r = core::mergeSyncOp(server, updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tB"), 7));
        CHECK(r.outcome == MergeOutcome::Merged);
        CHECK(r.conflicts.isEmpty());
        CHECK_FALSE(r.changed);
        CHECK(r.record.version == 2);
    }
}

TEST_CASE("merge: an edit of a record someone else deleted brings it back, recorded")
{
    const auto server = core::mergeSyncOp(baseRecord(), deleteOp(replicaB(), 1, 5)).record;
    REQUIRE(server.deleted);
    const auto r = core::mergeSyncOp(server, updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tC"), 3));
    CHECK(r.outcome == MergeOutcome::Conflict);
    CHECK_FALSE(r.record.deleted);
    CHECK(field(r.record, kTitle) == QStringLiteral("tC"));
    CHECK(r.record.version == 3);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.first().kind == ConflictKind::UpdateDeleted);
    CHECK(r.conflicts.first().field == QStringLiteral("deleted"));
    CHECK(r.conflicts.first().serverAuthor == QStringLiteral("bart"));
    CHECK(r.conflicts.first().incomingWon);
}

TEST_CASE("merge: a delete of a record someone else edited is not applied, recorded")
{
    const auto server = core::mergeSyncOp(baseRecord(), updateOp(replicaB(), 1, kDesc, QStringLiteral("d0"), QStringLiteral("dB"), 2)).record;
    const auto r = core::mergeSyncOp(server, deleteOp(replicaC(), 1, 9));
    CHECK(r.outcome == MergeOutcome::Conflict);
    CHECK_FALSE(r.record.deleted);
    CHECK(field(r.record, kDesc) == QStringLiteral("dB"));
    CHECK(r.record.version == 3);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.first().kind == ConflictKind::DeleteUpdated);
    CHECK_FALSE(r.conflicts.first().incomingWon);
    CHECK(r.conflicts.first().serverAt == minute(2));
}

TEST_CASE("merge: deletes and restores")
{
    const core::SyncRecord base = baseRecord();
    SECTION("delete on the base version")
    {
        const auto r = core::mergeSyncOp(base, deleteOp(replicaB(), 1, 3));
        CHECK(r.outcome == MergeOutcome::Applied);
        CHECK(r.record.deleted);
        CHECK(r.record.version == 2);
        CHECK(field(r.record, kTitle) == QStringLiteral("t0"));  // a tombstone keeps its content
    }
    SECTION("deleted on both sides: nothing to do")
    {
        const auto server = core::mergeSyncOp(base, deleteOp(replicaB(), 1, 3)).record;
        const auto r = core::mergeSyncOp(server, deleteOp(replicaC(), 1, 4));
        CHECK(r.conflicts.isEmpty());
        CHECK(r.record.deleted);
        CHECK(r.record.version == 2);
    }
    SECTION("a replica's own edit then delete in one offline session is no conflict")
    {
        const auto edited = core::mergeSyncOp(base, updateOp(replicaC(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tC"), 3)).record;
        const auto r = core::mergeSyncOp(edited, deleteOp(replicaC(), 1, 4));
        CHECK(r.conflicts.isEmpty());
        CHECK(r.record.deleted);
    }
    SECTION("restore of a deleted record")
    {
        const auto server = core::mergeSyncOp(base, deleteOp(replicaB(), 1, 3)).record;
        const auto r = core::mergeSyncOp(server, restoreOp(replicaB(), 2, 4));
        CHECK(r.outcome == MergeOutcome::Applied);
        CHECK(r.conflicts.isEmpty());
        CHECK_FALSE(r.record.deleted);
        CHECK(r.record.version == 3);
    }
}

TEST_CASE("merge: an insert of a record the server already has compares field by field")
{
    const core::SyncRecord base = baseRecord();
    const auto same = core::mergeSyncOp(base, insertOp(replicaB(), {{kTitle, QStringLiteral("t0")}}, 4));
    CHECK(same.conflicts.isEmpty());
    CHECK_FALSE(same.changed);
    const auto other = core::mergeSyncOp(base, insertOp(replicaB(), {{kTitle, QStringLiteral("tB")}, {kDesc, QStringLiteral("d0")}}, 4));
    REQUIRE(other.conflicts.size() == 1);
    CHECK(other.conflicts.first().field == kTitle);
    CHECK(field(other.record, kTitle) == QStringLiteral("tB"));
}

TEST_CASE("merge: empty, null and absent values are the same nothing")
{
    const core::SyncRecord base = baseRecord();  // no title_nl at all
    const auto r = core::mergeSyncOp(base, updateOp(replicaB(), 0, QStringLiteral("title_nl"), QStringLiteral(""), QStringLiteral("n"), 4));
    CHECK(r.conflicts.isEmpty());
    CHECK(field(r.record, QStringLiteral("title_nl")) == QStringLiteral("n"));
    const auto list = core::mergeSyncOp(base, updateOp(replicaB(), 0, QStringLiteral("tags"), QJsonArray(), QJsonArray{QStringLiteral("x")}, 4));
    CHECK(list.conflicts.isEmpty());
}

TEST_CASE("push: a replayed op returns its first result and changes nothing")
{
    core::MemorySyncServer server;
    core::PushBatch batch;
    batch.group = QStringLiteral("g");
    batch.replica = replicaA();
    batch.ops << insertOp(replicaA(), {{kTitle, QStringLiteral("t0")}}, 0);
    auto first = server.push(batch);
    REQUIRE(first);
    core::PushBatch later;
    later.replica = replicaB();
    later.ops << updateOp(replicaB(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tB"), 3);
    REQUIRE(server.push(later));
    const auto pageBefore = server.pull({}, 100);
    auto again = server.push(batch);
    REQUIRE(again);
    CHECK(again.value().results == first.value().results);
    CHECK(server.appliedOps() == 2);
    CHECK(server.records().value(QStringLiteral("observations/") + fiche().toString(QUuid::WithoutBraces)).version == 2);
    CHECK(server.pull({}, 100).value().cursor == pageBefore.value().cursor);
}

TEST_CASE("pull: pages follow the change feed and a record changed again moves to the end")
{
    core::MemorySyncServer server;
    core::PushBatch batch;
    batch.replica = replicaA();
    QList<QUuid> ids;
    for (int i = 0; i < 5; ++i) {
        core::SyncOp op = insertOp(replicaA(), {{kTitle, QStringLiteral("n%1").arg(i)}}, i);
        op.record = QUuid::createUuid();
        ids << op.record;
        batch.ops << op;
    }
    core::SyncOp again = updateOp(replicaA(), 1, kTitle, QStringLiteral("n0"), QStringLiteral("n0b"), 9);
    again.record = ids[0];
    batch.ops << again;
    REQUIRE(server.push(batch));
    auto p1 = server.pull({}, 2);
    REQUIRE(p1);
    CHECK(p1.value().more);
    REQUIRE(p1.value().records.size() == 2);
    CHECK(p1.value().records[0].record == ids[1]);
    QList<QUuid> seen;
    QString cursor;
    for (;;) {
        auto page = server.pull(cursor, 2);
        REQUIRE(page);
        for (const auto& r : page.value().records)
            seen << r.record;
        cursor = page.value().cursor;
        if (!page.value().more)
            break;
    }
    CHECK(seen == QList<QUuid>{ids[1], ids[2], ids[3], ids[4], ids[0]});
    CHECK(server.pull(cursor, 2).value().records.isEmpty());
    CHECK_FALSE(server.pull(QStringLiteral("x"), 2));
}

TEST_CASE("push: a refused op changes nothing, is answered Refused and kept as a conflict")
{
    core::MemorySyncServer server;
    core::PushBatch batch;
    batch.replica = replicaA();
    batch.ops << insertOp(replicaA(), {{kTitle, QStringLiteral("t0")}}, 0);
    REQUIRE(server.push(batch));
    server.refusedReplicas.insert(replicaB(), QStringLiteral("readers cannot edit"));
    core::PushBatch reader;
    reader.replica = replicaB();
    reader.ops << updateOp(replicaB(), 1, kTitle, QStringLiteral("t0"), QStringLiteral("tB"), 3);
    auto result = server.push(reader);
    REQUIRE(result);
    const core::OpResult& r = result.value().results.first();
    CHECK(r.outcome == MergeOutcome::Refused);
    CHECK(r.reason == QStringLiteral("readers cannot edit"));
    CHECK(r.version == 1);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.first().kind == ConflictKind::Refused);
    CHECK(r.conflicts.first().incomingValue.toObject().contains(kTitle));
    CHECK(field(server.records().begin().value(), kTitle) == QStringLiteral("t0"));
    // The record is fed again so the refused replica pulls the server's state back.
    auto page = server.pull(QStringLiteral("1"), 10);
    REQUIRE(page);
    CHECK(page.value().records.size() == 1);
    // A refused insert leaves no record.
    core::PushBatch insert;
    insert.replica = replicaB();
    core::SyncOp op = insertOp(replicaB(), {{kTitle, QStringLiteral("x")}}, 4);
    op.record = QUuid::createUuid();
    insert.ops << op;
    REQUIRE(server.push(insert));
    CHECK(server.records().size() == 1);
}
