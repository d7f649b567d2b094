// atlas-cli bench sync: times a sync of N fresh fiches with a running atlas-server (push from
// one atlas, pull into another, then a sync with nothing to do), as docs/benchmarks.md reports.

#include "cli_support.h"
#include "gis/store/atlas_store.h"
#include "gis/store/observation_store.h"
#include "gis/sync/http_sync_transport.h"
#include "gis/sync/sync_client.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <ctime>

namespace atlas::cli {
namespace {

core::Result<std::unique_ptr<gis::ObservationStore>> freshAtlas(const QString& path)
{
    core::AtlasDocument doc;
    doc.title = QStringLiteral("bench sync");
    if (auto s = gis::createAtlas(path, doc); !s)
        return s.error();
    return gis::ObservationStore::open(path);
}

// One timed sync step; prints "label: N ms (count), client CPU M ms": on a busy machine the
// wall time also counts waiting for a core, the CPU time only this process's work.
core::Result<double> timed(const QString& label, const std::function<core::Result<int>()>& step)
{
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    auto count = step();
    if (!count)
        return count.error();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
    out() << QStringLiteral("%1: %2 ms (%3), client CPU %4 ms\n")
                 .arg(label)
                 .arg(ms, 0, 'f', 1)
                 .arg(count.value())
                 .arg(cpuMs, 0, 'f', 0)
          << Qt::flush;
    return ms;
}

}  // namespace

int runBenchSync(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("server"), QStringLiteral("Server base URL."), QStringLiteral("url")});
    p.addOption({QStringLiteral("user"), QStringLiteral("Account (contributor of the group)."), QStringLiteral("name")});
    p.addOption({QStringLiteral("password-file"), QStringLiteral("File holding the password."), QStringLiteral("file")});
    p.addOption({QStringLiteral("group"), QStringLiteral("Working group."), QStringLiteral("group")});
    p.addOption({QStringLiteral("fiches"), QStringLiteral("Fiches to create and sync."), QStringLiteral("n"),
                 QStringLiteral("10000")});
    const QString usage = QStringLiteral("bench sync --server URL --user U --password-file F --group G [--fiches N]");
    if (!parseOrExplain(p, args, 1, usage))
        return 2;
    for (const char* required : {"server", "user", "password-file", "group"})
        if (!p.isSet(QLatin1String(required)))
            return fail(QStringLiteral("--%1 is required (usage: atlas-cli %2)").arg(QLatin1String(required), usage));
    QFile pw(p.value(QStringLiteral("password-file")));
    if (!pw.open(QIODevice::ReadOnly))
        return fail(core::Error{pw.fileName(), {}, pw.errorString()});
    const int fiches = p.value(QStringLiteral("fiches")).toInt();
    const QUrl server(p.value(QStringLiteral("server")));
    const QString group = p.value(QStringLiteral("group")), user = p.value(QStringLiteral("user"));
    gis::HttpSyncTransport transport(server, group);
    if (auto s = transport.login(user, QString::fromUtf8(pw.readLine()).trimmed()); !s)
        return fail(s.error());

    QTemporaryDir dir;
    auto a = freshAtlas(dir.filePath(QStringLiteral("a.atlas")));
    auto b = freshAtlas(dir.filePath(QStringLiteral("b.atlas")));
    if (!a || !b)
        return fail(!a ? a.error() : b.error());
    auto made = a.value()->batch([&]() -> core::Status {
        for (int i = 0; i < fiches; ++i) {
            core::Observation o = core::Observation::create(core::ObservationKind::Landmark);
            o.titleFr = QStringLiteral("Fiche de mesure %1").arg(i);
            o.scope = core::SharingScope::Group;
            if (auto s = a.value()->saveObservation(o); !s)
                return s.error();
        }
        return core::Done{};
    });
    if (!made)
        return fail(made.error());
    out() << QStringLiteral("logged in, %1 fiches made\n").arg(fiches) << Qt::flush;
    const gis::SyncOptions options{server.toString(), group, user, 5000, 5000};
    gis::SyncClient pushA(*a.value(), transport, options);
    gis::SyncClient pullB(*b.value(), transport, options);
    gis::SyncReport ra, rb, rn;
    auto push = timed(QStringLiteral("push %1 fiches").arg(fiches), [&]() -> core::Result<int> {
        if (auto s = pushA.push(ra); !s)
            return s.error();
        return ra.pushed;
    });
    auto pull = timed(QStringLiteral("pull %1 fiches into another atlas").arg(fiches), [&]() -> core::Result<int> {
        if (auto s = pullB.pull(rb); !s)
            return s.error();
        return rb.pulled;
    });
    auto idle = timed(QStringLiteral("sync with nothing to do"), [&]() -> core::Result<int> {
        auto r = pullB.sync();
        if (!r)
            return r.error();
        return r.value().pushed + r.value().pulled;
    });
    if (!push || !pull || !idle)
        return fail(!push ? push.error() : !pull ? pull.error() : idle.error());
    return ra.pushed == fiches && rb.pulled >= fiches ? 0 : fail(QStringLiteral("not every fiche went through"));
}

}  // namespace atlas::cli
