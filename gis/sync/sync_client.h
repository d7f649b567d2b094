#pragma once
// One sync of an atlas with a server: media first, then the outbox in batches, then the
// server's changes page by page, each step committed locally before the next, so that a
// cancel or a crash at any point loses nothing and the next sync resumes.

#include "core/model/result.h"

#include <QString>
#include <functional>

namespace atlas::gis {

class ObservationStore;
class SyncTransport;

struct SyncOptions {
    QString server;  // names the target: another server or group starts over
    QString group;
    QString author;  // account name stamped on pushed ops
    int pushBatch = 1000;
    int pullPage = 1000;
};

struct SyncReport {
    int pushed = 0;      // ops acknowledged by the server
    int conflicts = 0;   // conflicts it recorded for them
    int pulled = 0;      // records written from the server
    int keptLocal = 0;   // pulled records left alone because they have unpushed edits
    int blobsUploaded = 0;
    int blobsDownloaded = 0;
    bool cancelled = false;
};

// Called between steps: what is being done, how far; returning false cancels.
using SyncProgress = std::function<bool(const QString& step, qint64 done, qint64 total)>;

class SyncClient {
public:
    SyncClient(ObservationStore& store, SyncTransport& transport, SyncOptions options);

    core::Result<SyncReport> sync(const SyncProgress& progress = {});
    core::Status push(SyncReport& report, const SyncProgress& progress = {});
    core::Status pull(SyncReport& report, const SyncProgress& progress = {});

private:
    core::Status uploadBlobs(const QStringList& sha256, SyncReport& report);

    ObservationStore& m_store;
    SyncTransport& m_transport;
    SyncOptions m_options;
};

}  // namespace atlas::gis
