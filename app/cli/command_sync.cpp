// atlas-cli sync: one sync of an atlas with an atlas-server, headless (push, then pull).

#include "cli_support.h"
#include "gis/store/observation_store.h"
#include "gis/sync/http_sync_transport.h"
#include "gis/sync/sync_client.h"
#include "gis/sync/sync_local_state.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas::cli {

int runSync(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("server"), QStringLiteral("Server base URL (http://host:port)."), QStringLiteral("url")});
    p.addOption({QStringLiteral("user"), QStringLiteral("Account name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("password-file"), QStringLiteral("File holding the password (first line)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("group"), QStringLiteral("Working group (default: the only one of the account)."),
                 QStringLiteral("group")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("Operations per push and records per pull page."),
                 QStringLiteral("n"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    const QString usage = QStringLiteral("sync ATLAS --server URL --user U --password-file F [--group G]");
    if (!parseOrExplain(p, args, 1, usage))
        return 2;
    for (const char* required : {"server", "user", "password-file"})
        if (!p.isSet(QLatin1String(required)))
            return fail(QStringLiteral("--%1 is required (usage: atlas-cli %2)").arg(QLatin1String(required), usage));
    const QUrl server(p.value(QStringLiteral("server")));
    if (!server.isValid() || !server.scheme().startsWith(QLatin1String("http")))
        return fail(QStringLiteral("--server: '%1' is not an http(s) URL").arg(p.value(QStringLiteral("server"))));
    QFile passwordFile(p.value(QStringLiteral("password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return fail(core::Error{passwordFile.fileName(), {}, passwordFile.errorString()});
    const QString password = QString::fromUtf8(passwordFile.readLine()).trimmed();
    bool batchOk = false;
    const int batch = p.value(QStringLiteral("batch")).toInt(&batchOk);
    if (!batchOk || batch < 1 || batch > 5000)
        return fail(QStringLiteral("--batch: a number from 1 to 5000 is expected"));

    auto store = gis::ObservationStore::open(p.positionalArguments().first());
    if (!store)
        return fail(store.error());
    const QString user = p.value(QStringLiteral("user"));
    gis::HttpSyncTransport transport(server, p.value(QStringLiteral("group")));
    if (auto s = transport.login(user, password); !s)
        return fail(s.error());
    QString group = p.value(QStringLiteral("group"));
    if (group.isEmpty()) {
        auto groups = transport.groups();
        if (!groups)
            return fail(groups.error());
        if (groups.value().size() != 1)
            return fail(QStringLiteral("--group is needed: the account is in %1 groups (%2)")
                            .arg(groups.value().size())
                            .arg(groups.value().join(QStringLiteral(", "))));
        group = groups.value().first();
        transport.setGroup(group);
    }
    QElapsedTimer timer;  // the sync itself, after the login (Argon2id is slow on purpose)
    timer.start();
    gis::SyncClient client(*store.value(), transport, {server.toString(), group, user, batch, batch});
    auto report = client.sync();
    if (!report)
        return fail(report.error());
    const gis::SyncReport& r = report.value();
    auto conflicts = gis::SyncLocalState(store.value()->database()).conflicts();
    const int open = conflicts ? int(conflicts.value().size()) : 0;
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("group"), group},
                                           {QStringLiteral("pushed"), r.pushed},
                                           {QStringLiteral("conflicts"), r.conflicts},
                                           {QStringLiteral("pulled"), r.pulled},
                                           {QStringLiteral("kept_local"), r.keptLocal},
                                           {QStringLiteral("media_uploaded"), r.blobsUploaded},
                                           {QStringLiteral("media_downloaded"), r.blobsDownloaded},
                                           {QStringLiteral("open_conflicts"), open},
                                           {QStringLiteral("ms"), double(timer.elapsed())}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        out() << QStringLiteral("synced with %1 (group %2) in %3 ms: pushed %4 changes (%5 conflicts), pulled %6 "
                                "records, media %7 up / %8 down; %9 conflicts to review\n")
                     .arg(server.toString(), group)
                     .arg(timer.elapsed())
                     .arg(r.pushed)
                     .arg(r.conflicts)
                     .arg(r.pulled)
                     .arg(r.blobsUploaded)
                     .arg(r.blobsDownloaded)
                     .arg(open);
    }
    out() << Qt::flush;
    return 0;
}

}  // namespace atlas::cli
