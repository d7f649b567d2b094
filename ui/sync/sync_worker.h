#pragma once
// Logs in and syncs the open atlas in its own thread, with its own connection to the atlas
// file and to the server (the HTTP calls block); progress and results come back as signals.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <memory>

namespace atlas::gis {
class HttpSyncTransport;
}

namespace atlas::ui {

class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker();
    ~SyncWorker() override;

    // Any thread: the sync stops at its next step (what is done stays done). `rearm` before
    // queuing a sync, so that a cancel arriving before it starts still counts.
    void cancel() { m_cancel = true; }
    void rearm() { m_cancel = false; }

    // Worker thread only (queued calls from the dock).
    void login(const QUrl& server, const QString& user, const QString& password);
    void sync(const QString& atlasPath, const QString& group, int batch);

signals:
    void loggedIn(const QStringList& groups);
    void loginFailed(const QString& message);
    void progress(const QString& step, qint64 done, qint64 total);
    void finished(int pushed, int pulled, int conflicts, bool cancelled);
    void failed(const QString& message);

private:
    std::unique_ptr<gis::HttpSyncTransport> m_transport;
    QUrl m_server;
    QString m_user;
    std::atomic<bool> m_cancel{false};
};

}  // namespace atlas::ui
