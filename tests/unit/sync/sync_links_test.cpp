// Photos on a fiche (the `observation_media` record: one field per media UUID, true while the
// fiche shows it): concurrent attaches and removals merge as set operations; an attach to a
// fiche someone deleted is kept and recorded as a conflict with both states.

#include "sync_test_ops.h"
#include "support/test_support.h"

#include "core/sync/memory_sync_server.h"

using namespace atlas;
using namespace atlas::test;

namespace {

const QUuid kPhoto1 = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
const QUuid kPhoto2 = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000a2"));
const QUuid kPhoto3 = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000a3"));

core::SyncOp linkOp(const QUuid& replica, int base, const QUuid& media, bool attach, int atMinute)
{
    core::SyncOp o = updateOp(replica, base, media.toString(QUuid::WithoutBraces), attach ? QJsonValue() : QJsonValue(true),
                              attach ? QJsonValue(true) : QJsonValue(), atMinute);
    o.table = QStringLiteral("observation_media");
    return o;
}

core::Result<core::PushResult> push(core::MemorySyncServer& server, const QUuid& replica, const core::SyncOp& op)
{
    return server.push(core::PushBatch{QStringLiteral("g"), replica, {op}});
}

// The photos the server shows on the fiche.
QSet<QUuid> photos(const core::MemorySyncServer& server)
{
    QSet<QUuid> shown;
    const core::SyncRecord links =
        server.records().value(QStringLiteral("observation_media/") + fiche().toString(QUuid::WithoutBraces));
    for (auto it = links.fields.begin(); it != links.fields.end(); ++it)
        if (it.value() == QJsonValue(true))
            shown.insert(QUuid::fromString(it.key()));
    return shown;
}

// A fiche by A showing photos 1 and 2 (link record version 2), as both replicas pulled it.
void seed(core::MemorySyncServer& server)
{
    REQUIRE(push(server, replicaA(), insertOp(replicaA(), {{QStringLiteral("title_fr"), QStringLiteral("t0")}}, 0)));
    REQUIRE(push(server, replicaA(), linkOp(replicaA(), 0, kPhoto1, true, 1)));
    REQUIRE(push(server, replicaA(), linkOp(replicaA(), 1, kPhoto2, true, 2)));
    REQUIRE(photos(server) == QSet<QUuid>{kPhoto1, kPhoto2});
}

}  // namespace

TEST_CASE("photo links: concurrent attaches and removals merge as set operations, either order")
{
    struct Case {
        const char* name;
        core::SyncOp a, b;
        QSet<QUuid> expected;
    };
    const QList<Case> cases = {
        {"each attaches another photo", linkOp(replicaA(), 2, kPhoto3, true, 5), linkOp(replicaB(), 2, kPhoto3, true, 6),
         {kPhoto1, kPhoto2, kPhoto3}},
        {"one attaches, the other removes another", linkOp(replicaA(), 2, kPhoto3, true, 5),
         linkOp(replicaB(), 2, kPhoto1, false, 6), {kPhoto2, kPhoto3}},
        {"both remove the same photo", linkOp(replicaA(), 2, kPhoto1, false, 5), linkOp(replicaB(), 2, kPhoto1, false, 6),
         {kPhoto2}},
        {"each removes a different photo", linkOp(replicaA(), 2, kPhoto1, false, 5),
         linkOp(replicaB(), 2, kPhoto2, false, 6), {}},
    };
    for (const Case& c : cases)
        for (const bool aFirst : {true, false}) {
            INFO(c.name << (aFirst ? ", A first" : ", B first"));
            core::MemorySyncServer server;
            seed(server);
            auto first = push(server, aFirst ? replicaA() : replicaB(), aFirst ? c.a : c.b);
            auto second = push(server, aFirst ? replicaB() : replicaA(), aFirst ? c.b : c.a);
            REQUIRE(first);
            REQUIRE(second);
            CHECK(photos(server) == c.expected);
            // Set operations never collide: nothing to review.
            CHECK(second.value().results.first().conflicts.isEmpty());
            CHECK(server.conflicts().isEmpty());
        }
}

TEST_CASE("photo links: a photo attached to a fiche someone deleted is kept and recorded")
{
    core::MemorySyncServer server;
    seed(server);
    REQUIRE(push(server, replicaB(), deleteOp(replicaB(), 1, 5)));
    auto attached = push(server, replicaA(), linkOp(replicaA(), 2, kPhoto3, true, 6));
    REQUIRE(attached);
    const core::OpResult& r = attached.value().results.first();
    CHECK(r.outcome == core::MergeOutcome::Conflict);
    REQUIRE(r.conflicts.size() == 1);
    const core::SyncConflict& c = r.conflicts.first();
    CHECK(c.kind == core::ConflictKind::UpdateDeleted);
    CHECK(c.table == QStringLiteral("observations"));
    CHECK(c.record == fiche());
    CHECK(c.field == QStringLiteral("deleted"));
    CHECK(c.incomingValue == QJsonValue(false));  // "keep mine" brings the fiche back
    CHECK(c.serverValue == QJsonValue(true));
    CHECK(c.incomingAuthor == QStringLiteral("anne"));
    CHECK(c.serverAuthor == QStringLiteral("bart"));
    CHECK(server.conflicts().size() == 1);
    // The photo is on the fiche, ready if it comes back.
    CHECK(photos(server) == QSet<QUuid>{kPhoto1, kPhoto2, kPhoto3});

    // Removing a photo from the deleted fiche, or a replica's photo on its own deletion, is no conflict.
    auto removed = push(server, replicaA(), linkOp(replicaA(), 3, kPhoto1, false, 7));
    REQUIRE(removed);
    CHECK(removed.value().results.first().conflicts.isEmpty());
    core::MemorySyncServer own;
    seed(own);
    REQUIRE(push(own, replicaA(), deleteOp(replicaA(), 1, 5)));
    auto ownAttach = push(own, replicaA(), linkOp(replicaA(), 2, kPhoto3, true, 6));
    REQUIRE(ownAttach);
    CHECK(ownAttach.value().results.first().conflicts.isEmpty());
}
