// Several clients editing the same fiches at once through a real atlas-server, both backends:
// each a thread with its own atlas and a seeded random editor (edits of five text fields,
// deletes, creates), syncing often while answers are dropped after the server committed and
// pushes are replayed. After all sync to quiescence: every replica equals the server, every
// op is applied exactly once, and every edit either survives, was seen by a later edit, or is
// named by a recorded conflict.

#include "server_fixture.h"
#include "support/test_support.h"
#include "sync_fault_support.h"
#include "sync_replica.h"

#include "core/sync/sync_json.h"
#include "gis/store/change_log.h"
#include "gis/sync/http_sync_transport.h"

#include <QSet>
#include <QThread>
#include <iostream>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr int kOps = 200;
constexpr int kShared = 20;
const QStringList kClients = {QStringLiteral("anne"), QStringLiteral("bart"), QStringLiteral("carl"), QStringLiteral("dora")};
const QStringList kFields = {QStringLiteral("title_fr"), QStringLiteral("title_nl"), QStringLiteral("description_fr"),
                             QStringLiteral("description_nl"), QStringLiteral("commune")};

// What one editor thread did (no Catch assertions off the main thread: errors are kept).
struct EditorRun {
    QString name, path, error;
    int edits = 0, deletes = 0, creates = 0, syncs = 0, faultedSyncs = 0;
    FaultCounts faults;
};

void setField(core::Observation& o, const QString& field, const QString& value)
{
    QString* const targets[] = {&o.titleFr, &o.titleNl, &o.descriptionFr, &o.descriptionNl, &o.commune};
    *targets[kFields.indexOf(field)] = value;
}

void runEditor(EditorRun& run, const QString& url, unsigned seed, QList<QUuid> fiches)
{
    gis::HttpSyncTransport net{QUrl(url), QStringLiteral("caue")};
    if (auto ok = net.login(run.name, QStringLiteral("pw-") + run.name); !ok) {
        run.error = ok.error().message();
        return;
    }
    FaultyTransport faulty(net, seed, 0.1, 0.1);
    auto opened = gis::ObservationStore::open(run.path);
    if (!opened) {
        run.error = opened.error().message();
        return;
    }
    gis::ObservationStore& store = *opened.value();
    gis::SyncClient client(store, faulty, {url, QStringLiteral("caue"), run.name, 40, 200});
    const auto sync = [&]() -> bool {
        ++run.syncs;
        auto report = client.sync();
        if (!report && FaultyTransport::isInjected(report.error()))
            ++run.faultedSyncs;
        else if (!report)
            run.error = report.error().message();
        run.faults = faulty.faults();
        return bool(report);
    };
    std::mt19937 rng(seed);
    int untilSync = 1 + int(rng() % 10);
    for (int op = 0; op < kOps && run.error.isEmpty(); ++op) {
        const QUuid uuid = fiches[int(rng() % unsigned(fiches.size()))];
        auto o = store.observation(uuid);
        const unsigned dice = rng() % 100;
        if (!o) {
            run.error = o.error().message();
        } else if (dice < 4 || o.value().identity.deleted) {
            auto made = store.saveObservation(testFiche(QStringLiteral("%1 new %2").arg(run.name).arg(op)));
            if (made)
                fiches << made.value().identity.uuid;
            run.error = made ? QString() : made.error().message();
            ++run.creates;
        } else if (dice < 9) {
            auto removed = store.removeObservation(uuid);
            run.error = removed ? QString() : removed.error().message();
            ++run.deletes;
        } else {
            setField(o.value(), kFields[int(rng() % unsigned(kFields.size()))],
                     QStringLiteral("%1 #%2").arg(run.name).arg(op));
            auto saved = store.saveObservation(o.value());
            run.error = saved ? QString() : saved.error().message();
            ++run.edits;
        }
        if (--untilSync == 0 && run.error.isEmpty()) {
            sync();
            untilSync = 1 + int(rng() % 10);
        }
    }
    for (int attempt = 0; attempt < 20 && run.error.isEmpty(); ++attempt)
        if (sync())
            break;
}

QString key(const QUuid& record, const QString& field)
{
    return core::uuidString(record) + QLatin1Char('/') + field;
}

}  // namespace

TEST_CASE("sync faults: 4 clients x 200 concurrent ops on the same fiches converge with every conflict recorded")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    ServerFixture s(backend);
    s.addGroup(QStringLiteral("caue"));
    for (const QString& name : kClients) {
        s.addUser(name, QStringLiteral("pw-") + name);
        s.addMember(QStringLiteral("caue"), name, QStringLiteral("animator"));  // all edit all fiches
    }
    s.start();

    std::vector<std::unique_ptr<gis::HttpSyncTransport>> nets;
    std::vector<std::unique_ptr<Replica>> replicas;
    for (const QString& name : kClients) {
        nets.push_back(std::make_unique<gis::HttpSyncTransport>(QUrl(s.url()), QStringLiteral("caue")));
        REQUIRE(nets.back()->login(name, QStringLiteral("pw-") + name));
        replicas.push_back(std::make_unique<Replica>(s.dir(), name, *nets.back(), s.url()));
    }
    QList<QUuid> shared;
    for (int i = 0; i < kShared; ++i)
        shared << replicas[0]->save(testFiche(QStringLiteral("Fiche %1").arg(i))).identity.uuid;
    for (auto& r : replicas)
        r->sync();
    for (auto& r : replicas)
        CHECK(r->all().size() == kShared);

    // The editors, all at once, each on its own atlas file and connection.
    std::vector<EditorRun> runs(size_t(kClients.size()));
    std::vector<std::unique_ptr<QThread>> threads;
    for (size_t i = 0; i < runs.size(); ++i) {
        runs[i].name = kClients[int(i)];
        runs[i].path = replicas[i]->path;
        replicas[i]->store.reset();
        threads.emplace_back(QThread::create(runEditor, std::ref(runs[i]), s.url(), unsigned(1000 + i), shared));
    }
    for (auto& t : threads)
        t->start();
    for (auto& t : threads)
        REQUIRE(t->wait(QDeadlineTimer(900000)));
    FaultCounts faults;
    int syncs = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        INFO(runs[i].name.toStdString() << ": " << runs[i].error.toStdString());
        REQUIRE(runs[i].error.isEmpty());
        CHECK(runs[i].edits + runs[i].deletes + runs[i].creates == kOps);
        faults += runs[i].faults;
        syncs += runs[i].syncs;
        auto reopened = gis::ObservationStore::open(runs[i].path);
        REQUIRE(reopened);
        replicas[i]->store = reopened.take();
    }
    CHECK(faults.replayMismatches == 0);
    CHECK(faults.droppedAnswers > 0);
    CHECK(faults.replayedPushes > 0);

    // Quiescence: rounds of syncs until one round moves nothing.
    bool quiet = false;
    for (int round = 0; round < 6 && !quiet; ++round) {
        quiet = true;
        for (auto& r : replicas) {
            const auto report = r->sync();
            quiet = quiet && report.pushed == 0 && report.pulled == 0;
        }
    }
    REQUIRE(quiet);

    // Every replica equals the server, as a fresh atlas receives it.
    Replica observer(s.dir(), QStringLiteral("observer"), *nets[0], s.url());
    observer.sync();
    const QMap<QString, QJsonObject> server = observer.all();
    for (auto& r : replicas) {
        INFO(r->author.toStdString());
        CHECK(r->all() == server);
        CHECK(sqliteIntegrity(r->path) == QStringLiteral("ok"));
    }

    // Every op applied exactly once.
    qint64 ops = 0;
    QList<gis::ChangeLogEntry> log;
    QList<gis::LocalConflict> conflicts;
    for (auto& r : replicas) {
        auto rows = gis::readChangeLog(r->store->database());
        REQUIRE(rows);
        ops += rows.value().size();
        log << rows.value();
        conflicts << r->conflicts();
    }
    QString error;
    CHECK(serverScalar(s, QStringLiteral("SELECT count(*) FROM applied_ops"), &error) == QString::number(ops));
    CHECK(serverScalar(s, QStringLiteral("SELECT count(*) - count(DISTINCT op_uuid) FROM changes"), &error) ==
          QStringLiteral("0"));
    const QString serverConflicts = serverScalar(s, QStringLiteral("SELECT count(*) FROM sync_conflicts"), &error);
    const QString refused =
        serverScalar(s, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE body LIKE '%\"refused\"%'"), &error);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(refused == QStringLiteral("0"));
    // Each conflict the server recorded is kept by the atlas whose push met it.
    CHECK(serverConflicts == QString::number(conflicts.size()));

    // Every written value survives, or a later edit saw it, or a conflict names it.
    QHash<QString, QSet<QString>> written, seen, named;
    QSet<QUuid> deletedBy, restored, deleteConflicts;
    int sameField = 0, deleteKinds = 0;
    for (const gis::LocalConflict& c : conflicts) {
        if (c.conflict.kind == core::ConflictKind::SameField) {
            ++sameField;
            named[key(c.conflict.record, c.conflict.field)] << c.conflict.incomingValue.toString()
                                                            << c.conflict.serverValue.toString();
        } else {
            ++deleteKinds;
            deleteConflicts << c.conflict.record;
        }
    }
    for (const gis::ChangeLogEntry& e : log) {
        if (e.table != QLatin1String("observations"))
            continue;
        if (e.operation == QLatin1String("delete"))
            deletedBy << e.record;
        if (e.changes.value(QStringLiteral("deleted")).toObject().value(QStringLiteral("old")).toBool())
            restored << e.record;
        for (const QString& field : kFields) {
            const QJsonObject change = e.changes.value(field).toObject();
            if (!change.value(QStringLiteral("new")).toString().isEmpty())
                written[key(e.record, field)] << change.value(QStringLiteral("new")).toString();
            seen[key(e.record, field)] << change.value(QStringLiteral("old")).toString();
        }
    }
    QStringList lost;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const QString record = it.key().section(QLatin1Char('/'), 0, 0);
        const QString final = server.value(record).value(it.key().section(QLatin1Char('/'), 1)).toString();
        for (const QString& value : it.value())
            if (value != final && !seen.value(it.key()).contains(value) && !named.value(it.key()).contains(value))
                lost << it.key() + QStringLiteral(" = ") + value;
    }
    for (const QUuid& record : deletedBy)
        if (!server.value(core::uuidString(record)).value(QStringLiteral("deleted")).toBool() &&
            !restored.contains(record) && !deleteConflicts.contains(record))
            lost << core::uuidString(record) + QStringLiteral(" deleted");
    INFO(lost.join(QLatin1Char('\n')).toStdString());
    CHECK(lost.isEmpty());
    CHECK(sameField > 0);

    std::cerr << "sync faults (" << backendName(backend) << "): " << kClients.size() << " clients x " << kOps
              << " ops, " << syncs << " syncs, faults: " << faults.droppedAnswers << " answers dropped after commit, "
              << faults.replayedPushes << " pushes replayed; " << ops << " ops applied once, " << lost.size()
              << " lost, 0 duplicated, " << conflicts.size() << " conflicts recorded (" << sameField
              << " same field, " << deleteKinds << " update/delete)\n";
}
