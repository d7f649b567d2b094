// Every combination of insert, update and delete on each side, same and different fields,
// both orders of arrival and both orders in time: the replicas converge, same-field and
// update/delete collisions are always recorded, and no edit disappears without a conflict.

#include "sync_test_ops.h"
#include "support/test_support.h"

#include "core/sync/memory_sync_server.h"

using namespace atlas;
using namespace atlas::test;

namespace {

const QString kTitle = QStringLiteral("title_fr");
const QString kDesc = QStringLiteral("description_fr");

enum class Action { None, Insert, InsertSameTitle, InsertDesc, UpdateTitle, UpdateSameTitle, UpdateDesc, Delete };

const char* actionName(Action a)
{
    switch (a) {
    case Action::None: return "none";
    case Action::Insert: return "insert title";
    case Action::InsertSameTitle: return "insert title=X";
    case Action::InsertDesc: return "insert description";
    case Action::UpdateTitle: return "update title";
    case Action::UpdateSameTitle: return "update title=X";
    case Action::UpdateDesc: return "update description";
    case Action::Delete: return "delete";
    }
    return "";
}

bool isInsert(Action a)
{
    return a == Action::Insert || a == Action::InsertSameTitle || a == Action::InsertDesc;
}

// The op one side makes; `tag` makes its values its own ("tB", "dC").
std::optional<core::SyncOp> makeOp(Action a, const QUuid& replica, const QString& tag, int atMinute)
{
    switch (a) {
    case Action::None: return std::nullopt;
    case Action::Insert: return insertOp(replica, {{kTitle, QStringLiteral("t") + tag}}, atMinute);
    case Action::InsertSameTitle: return insertOp(replica, {{kTitle, QStringLiteral("tX")}}, atMinute);
    case Action::InsertDesc: return insertOp(replica, {{kDesc, QStringLiteral("d") + tag}}, atMinute);
    case Action::UpdateTitle: return updateOp(replica, 1, kTitle, QStringLiteral("t0"), QStringLiteral("t") + tag, atMinute);
    case Action::UpdateSameTitle: return updateOp(replica, 1, kTitle, QStringLiteral("t0"), QStringLiteral("tX"), atMinute);
    case Action::UpdateDesc: return updateOp(replica, 1, kDesc, QStringLiteral("d0"), QStringLiteral("d") + tag, atMinute);
    case Action::Delete: return deleteOp(replica, 1, atMinute);
    }
    return std::nullopt;
}

struct Run {
    core::SyncRecord record;
    QList<core::SyncConflict> conflicts;
    QList<int> versions;  // after each push
};

Run play(bool withBase, const QList<core::SyncOp>& ops)
{
    core::MemorySyncServer server;
    Run run;
    QList<core::SyncOp> all = ops;
    if (withBase)
        all.prepend(insertOp(replicaA(), {{kTitle, QStringLiteral("t0")}, {kDesc, QStringLiteral("d0")}}, 0));
    for (const core::SyncOp& op : all) {
        core::PushBatch batch;
        batch.replica = op.replica;
        batch.ops << op;
        auto result = server.push(batch);
        REQUIRE(result);
        run.versions << result.value().results.first().version;
    }
    run.record = server.syncRecord(QStringLiteral("observations"), fiche()).value();
    run.conflicts = server.conflicts();
    // Replaying everything changes nothing.
    for (const core::SyncOp& op : all) {
        core::PushBatch batch;
        batch.replica = op.replica;
        batch.ops << op;
        REQUIRE(server.push(batch));
    }
    CHECK(server.syncRecord(QStringLiteral("observations"), fiche()).value() == run.record);
    CHECK(server.conflicts().size() == run.conflicts.size());
    return run;
}

bool conflictOn(const Run& run, const QString& field)
{
    for (const auto& c : run.conflicts)
        if (c.field == field)
            return true;
    return false;
}

// Each op's edit is in the final record, or a conflict names the field it lost on.
void checkNothingSilentlyLost(const Run& run, const core::SyncOp& op)
{
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
        const bool kept = it.key() == QLatin1String("deleted") ? run.record.deleted == it->newValue.toBool()
                                                                : run.record.fields.value(it.key()) == it->newValue;
        INFO("op of " << op.author.toStdString() << " on " << it.key().toStdString());
        CHECK((kept || conflictOn(run, it.key())));
    }
}

}  // namespace

TEST_CASE("merge matrix: every pair of concurrent operations")
{
    const QList<Action> onExisting = {Action::None, Action::UpdateTitle, Action::UpdateSameTitle, Action::UpdateDesc,
                                      Action::Delete};
    const QList<Action> onAbsent = {Action::None, Action::Insert, Action::InsertSameTitle, Action::InsertDesc};
    int combinations = 0;
    for (const bool withBase : {true, false}) {
        const QList<Action>& actions = withBase ? onExisting : onAbsent;
        for (Action server : actions)
            for (Action incoming : actions)
                for (const bool incomingLater : {true, false}) {
                    if (incoming == Action::None)
                        continue;
                    INFO("server side: " << actionName(server) << ", incoming: " << actionName(incoming)
                                         << (incomingLater ? ", incoming later" : ", incoming earlier"));
                    const auto b = makeOp(server, replicaB(), QStringLiteral("B"), incomingLater ? 5 : 9);
                    const auto c = makeOp(incoming, replicaC(), QStringLiteral("C"), incomingLater ? 9 : 5);
                    QList<core::SyncOp> forward, backward;
                    if (b)
                        forward << *b;
                    forward << *c;
                    backward << *c;
                    if (b)
                        backward << *b;
                    const Run one = play(withBase, forward);
                    const Run two = play(withBase, backward);
                    ++combinations;

                    // Convergence: whichever arrives first, the same record.
                    CHECK(one.record.fields == two.record.fields);
                    CHECK(one.record.deleted == two.record.deleted);

                    // Versions only go up, by one per push that changed or recorded something.
                    for (const Run* run : {&one, &two})
                        for (int i = 1; i < run->versions.size(); ++i)
                            CHECK(run->versions[i] >= run->versions[i - 1]);

                    // Recorded conflicts exactly when both sides collided.
                    // Fields both sides set to different values.
                    QStringList collided;
                    if (b)
                        for (auto it = c->fields.begin(); it != c->fields.end(); ++it)
                            if (it.key() != QLatin1String("deleted") && b->fields.contains(it.key()) &&
                                b->fields.value(it.key()).newValue != it->newValue)
                                collided << it.key();
                    const bool sameFieldBoth = !collided.isEmpty();
                    const bool deleteVsUpdate = (server == Action::Delete && incoming != Action::Delete && b) ||
                                                (incoming == Action::Delete && server != Action::Delete && b);
                    const bool expectConflict = sameFieldBoth || deleteVsUpdate;
                    CHECK(one.conflicts.isEmpty() != expectConflict);
                    CHECK(two.conflicts.isEmpty() != expectConflict);
                    for (const Run* run : {&one, &two}) {
                        for (const auto& conflict : run->conflicts) {
                            CHECK(conflict.incomingValue != conflict.serverValue);
                            CHECK_FALSE(conflict.incomingAuthor.isEmpty());
                            CHECK_FALSE(conflict.serverAuthor.isEmpty());
                        }
                    }

                    // Same field: the later edit wins in both orders.
                    for (const QString& f : collided) {
                        CHECK(one.record.fields.value(f) == (incomingLater ? c : b)->fields.value(f).newValue);
                        CHECK(conflictOn(one, f));
                        CHECK(conflictOn(two, f));
                    }
                    // Update against delete: the edit is kept, the record is live.
                    if (deleteVsUpdate) {
                        CHECK_FALSE(one.record.deleted);
                        CHECK_FALSE(two.record.deleted);
                    }
                    // Different fields or one side only: both edits present.
                    if (!expectConflict)
                        for (const auto& op : forward)
                            for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
                                if (it.key() != QLatin1String("deleted"))
                                    CHECK(one.record.fields.value(it.key()) == it->newValue);

                    for (const Run* run : {&one, &two})
                        for (const auto& op : forward)
                            checkNothingSilentlyLost(*run, op);
                    CHECK(isInsert(incoming) != withBase);
                }
    }
    CHECK(combinations == 2 * (4 * 5 + 3 * 4));
}
