#pragma once
// How a sync client talks to a server: push a batch, pull a page, move media blobs by
// SHA-256. The HTTP client implements it; tests may plug in any other implementation.

#include "core/sync/sync_messages.h"

#include <QStringList>

namespace atlas::gis {

class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual core::Result<core::PushResult> push(const core::PushBatch& batch) = 0;
    virtual core::Result<core::PullPage> pull(const QString& group, const QString& cursor, int limit) = 0;
    // The blobs among `sha256` the server does not have yet.
    virtual core::Result<QStringList> missingBlobs(const QStringList& sha256) = 0;
    // Sends the file; the server checks its hash before keeping it.
    virtual core::Status uploadBlob(const QString& sha256, const QString& filePath) = 0;
    // Writes the blob to `targetPath` (whole or not at all) after checking its hash.
    virtual core::Status downloadBlob(const QString& sha256, const QString& targetPath) = 0;
};

}  // namespace atlas::gis
