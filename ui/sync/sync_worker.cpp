#include "ui/sync/sync_worker.h"

#include "gis/store/observation_store.h"
#include "gis/sync/http_sync_transport.h"
#include "gis/sync/sync_client.h"

namespace atlas::ui {

SyncWorker::SyncWorker() = default;
SyncWorker::~SyncWorker() = default;

void SyncWorker::login(const QUrl& server, const QString& user, const QString& password)
{
    // The transport (and its network manager) is made here, in the thread that uses it.
    auto transport = std::make_unique<gis::HttpSyncTransport>(server, QString());
    if (auto s = transport->login(user, password); !s) {
        emit loginFailed(s.error().message());
        return;
    }
    auto groups = transport->groups();
    if (!groups) {
        emit loginFailed(groups.error().message());
        return;
    }
    m_transport = std::move(transport);
    m_server = server;
    m_user = user;
    emit loggedIn(groups.value());
}

void SyncWorker::sync(const QString& atlasPath, const QString& group, int batch)
{
    if (!m_transport) {
        emit failed(tr("Log in to the server first."));
        return;
    }
    // Its own connection: the window keeps reading and editing the atlas meanwhile.
    auto store = gis::ObservationStore::open(atlasPath);
    if (!store) {
        emit failed(store.error().message());
        return;
    }
    m_transport->setGroup(group);
    gis::SyncClient client(*store.value(), *m_transport, {m_server.toString(), group, m_user, batch, batch});
    auto report = client.sync([this](const QString& step, qint64 done, qint64 total) {
        emit progress(step, done, total);
        return !m_cancel.load();
    });
    if (!report) {
        emit failed(report.error().message());
        return;
    }
    const gis::SyncReport& r = report.value();
    emit finished(r.pushed, r.pulled, r.conflicts, r.cancelled);
}

}  // namespace atlas::ui
