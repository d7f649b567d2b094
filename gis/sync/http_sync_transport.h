#pragma once
// The sync transport over HTTP(S) to an atlas-server: bearer-token login, push, pull, media
// by SHA-256. Blocking calls (a local event loop), so run it off the UI thread.

#include "gis/sync/sync_transport.h"

#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace atlas::gis {

class HttpSyncTransport : public SyncTransport {
public:
    // `server`: the base URL ("http://127.0.0.1:8080"); `group`: the working group.
    HttpSyncTransport(const QUrl& server, QString group, int timeoutMs = 60000);
    ~HttpSyncTransport() override;

    // Opens a session; the token is kept in memory only.
    core::Status login(const QString& user, const QString& password);
    void setToken(const QString& token) { m_token = token; }
    void setGroup(const QString& group) { m_group = group; }
    // The groups the logged-in account belongs to.
    core::Result<QStringList> groups();
    const QString& token() const { return m_token; }

    core::Result<core::PushResult> push(const core::PushBatch& batch) override;
    core::Result<core::PullPage> pull(const QString& group, const QString& cursor, int limit) override;
    core::Result<QStringList> missingBlobs(const QStringList& sha256) override;
    core::Status uploadBlob(const QString& sha256, const QString& filePath) override;
    core::Status downloadBlob(const QString& sha256, const QString& targetPath) override;

private:
    struct Reply {
        int status = 0;
        QByteArray body;
    };
    core::Result<Reply> send(const QByteArray& method, const QString& path, const QUrlQuery& query,
                             const QByteArray& body, const QByteArray& contentType, const QByteArray& sha256 = {});
    core::Error httpError(const QString& path, const Reply& reply) const;

    QUrl m_server;
    QString m_group;
    QString m_token;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

}  // namespace atlas::gis
