#pragma once
// A transport to a core::MemorySyncServer in the same process, with blobs checked by hash
// and a switch that drops the answer of a push after the server applied it.

#include "core/sync/memory_sync_server.h"
#include "gis/sync/sync_transport.h"

#include <QHash>

namespace atlas::test {

class MemoryTransport : public gis::SyncTransport {
public:
    core::MemorySyncServer server;
    QHash<QString, QByteArray> blobs;
    bool dropNextPushAnswer = false;
    int pushes = 0;
    int pulls = 0;

    core::Result<core::PushResult> push(const core::PushBatch& batch) override;
    core::Result<core::PullPage> pull(const QString& group, const QString& cursor, int limit) override;
    core::Result<QStringList> missingBlobs(const QStringList& sha256) override;
    core::Status uploadBlob(const QString& sha256, const QString& filePath) override;
    core::Status downloadBlob(const QString& sha256, const QString& targetPath) override;
};

}  // namespace atlas::test
