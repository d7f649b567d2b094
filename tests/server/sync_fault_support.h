#pragma once
// Fault injection around the real HTTP sync transport (answers dropped after the server
// committed, pushes replayed, media uploads cut short), and what the fault tests read back:
// server counts by SQL on either backend, an atlas's acknowledged row, integrity checks.

#include "server_fixture.h"

#include "gis/sync/http_sync_transport.h"
#include "gis/sync/sync_transport.h"

#include <QString>
#include <functional>
#include <memory>
#include <random>

namespace atlas::test {

// Counts of the faults a FaultyTransport injected, by type.
struct FaultCounts {
    int droppedAnswers = 0;   // push committed by the server, answer lost on the way back
    int replayedPushes = 0;   // the same push sent twice
    int truncatedUploads = 0; // a media file sent cut short
    int replayMismatches = 0; // a replay answered differently than the first time (a bug)
    FaultCounts& operator+=(const FaultCounts& o);
};

class FaultyTransport : public gis::SyncTransport {
public:
    // `dropRate` / `replayRate`: chance per push; `truncateUpload`: 1-based number of the
    // upload to cut in half (0: none).
    FaultyTransport(gis::SyncTransport& inner, unsigned seed, double dropRate = 0, double replayRate = 0,
                    int truncateUpload = 0);

    core::Result<core::PushResult> push(const core::PushBatch& batch) override;
    core::Result<core::PullPage> pull(const QString& group, const QString& cursor, int limit) override;
    core::Result<QStringList> missingBlobs(const QStringList& sha256) override;
    core::Status uploadBlob(const QString& sha256, const QString& filePath) override;
    core::Status downloadBlob(const QString& sha256, const QString& targetPath) override;

    const FaultCounts& faults() const { return m_faults; }
    static bool isInjected(const core::Error& error);

private:
    gis::SyncTransport& m_inner;
    std::mt19937 m_random;
    double m_dropRate, m_replayRate;
    int m_truncateUpload, m_uploads = 0;
    FaultCounts m_faults;
};

// A transport logged in to group "caue" as `user`, whose password is "pw-USER"; REQUIREs success.
std::unique_ptr<gis::HttpSyncTransport> loggedIn(const ServerFixture& server, const QString& user);

// The first column of the first row of `sql` run on the server's store (sqlite3 file of the
// SpatiaLite backend, psql for PostgreSQL); empty with `error` set when it cannot be read.
QString serverScalar(const ServerFixture& server, const QString& sql, QString* error = nullptr);
// `PRAGMA integrity_check` of a SQLite file ("ok" when sound).
QString sqliteIntegrity(const QString& path);
// The change-log row an atlas last had acknowledged (-1 if unreadable), read beside its writer.
qint64 ackedSeq(const QString& atlasPath);

}  // namespace atlas::test
