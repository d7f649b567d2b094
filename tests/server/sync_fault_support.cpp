#include "sync_fault_support.h"

#include "gis/store/sqlite_database.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace atlas::test {
namespace {

const QString kInjected = QStringLiteral("fault injected");

core::Error injected(const QString& what)
{
    return core::Error{QStringLiteral("test"), what, kInjected};
}

}  // namespace

FaultCounts& FaultCounts::operator+=(const FaultCounts& o)
{
    droppedAnswers += o.droppedAnswers;
    replayedPushes += o.replayedPushes;
    truncatedUploads += o.truncatedUploads;
    replayMismatches += o.replayMismatches;
    return *this;
}

FaultyTransport::FaultyTransport(gis::SyncTransport& inner, unsigned seed, double dropRate, double replayRate,
                                 int truncateUpload)
    : m_inner(inner), m_random(seed), m_dropRate(dropRate), m_replayRate(replayRate), m_truncateUpload(truncateUpload)
{
}

bool FaultyTransport::isInjected(const core::Error& error)
{
    return error.reason == kInjected;
}

core::Result<core::PushResult> FaultyTransport::push(const core::PushBatch& batch)
{
    std::uniform_real_distribution<double> chance(0, 1);
    auto first = m_inner.push(batch);
    if (!first)
        return first;
    if (chance(m_random) < m_replayRate) {
        ++m_faults.replayedPushes;
        auto again = m_inner.push(batch);
        if (!again)
            return again;
        if (!(again.value().results == first.value().results))
            ++m_faults.replayMismatches;
    }
    if (chance(m_random) < m_dropRate) {
        ++m_faults.droppedAnswers;  // the server has committed the batch; the client never learns it
        return injected(QStringLiteral("push answer dropped"));
    }
    return first;
}

core::Result<core::PullPage> FaultyTransport::pull(const QString& group, const QString& cursor, int limit)
{
    return m_inner.pull(group, cursor, limit);
}

core::Result<QStringList> FaultyTransport::missingBlobs(const QStringList& sha256)
{
    return m_inner.missingBlobs(sha256);
}

core::Status FaultyTransport::uploadBlob(const QString& sha256, const QString& filePath)
{
    if (++m_uploads != m_truncateUpload)
        return m_inner.uploadBlob(sha256, filePath);
    // Sent under its real name with half of its bytes: the server must refuse it.
    ++m_faults.truncatedUploads;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{filePath, {}, file.errorString()};
    const QByteArray bytes = file.readAll();
    QTemporaryDir dir;
    const QString cut = QDir(dir.path()).filePath(QStringLiteral("cut"));
    QFile out(cut);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.left(bytes.size() / 2)) < 0)
        return core::Error{cut, {}, out.errorString()};
    out.close();
    return m_inner.uploadBlob(sha256, cut);
}

core::Status FaultyTransport::downloadBlob(const QString& sha256, const QString& targetPath)
{
    return m_inner.downloadBlob(sha256, targetPath);
}

std::unique_ptr<gis::HttpSyncTransport> loggedIn(const ServerFixture& server, const QString& user)
{
    auto t = std::make_unique<gis::HttpSyncTransport>(QUrl(server.url()), QStringLiteral("caue"));
    auto ok = t->login(user, QStringLiteral("pw-") + user);
    INFO((ok ? QString() : ok.error().message()).toStdString());
    REQUIRE(ok);
    return t;
}

QString serverScalar(const ServerFixture& server, const QString& sql, QString* error)
{
    if (server.backend() == Backend::PostgreSql) {
        const CommandResult r = runProgram(QStringLiteral(ATLAS_PG_BINDIR "/psql"),
                                           {server.databaseUrl(), QStringLiteral("-tAXc"), sql});
        if (r.exitCode != 0 && error)
            *error = r.err;
        return r.exitCode == 0 ? r.out.trimmed() : QString();
    }
    const QString file = server.dir().filePath(QStringLiteral("data/server.sqlite"));
    auto db = gis::SqliteDatabase::open(file, gis::SqliteDatabase::Mode::ReadOnly);
    if (!db) {
        if (error)
            *error = db.error().message();
        return {};
    }
    auto q = db.value()->prepare(sql);
    if (!q || !q.value().step()) {
        if (error)
            *error = q ? q.value().errorString() : q.error().message();
        return {};
    }
    return q.value().text(0);
}

QString sqliteIntegrity(const QString& path)
{
    auto db = gis::SqliteDatabase::open(path, gis::SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return db.error().message();
    auto q = db.value()->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return q.error().message();
    QStringList lines;
    while (q.value().step())
        lines << q.value().text(0);
    return lines.join(QLatin1Char('\n'));
}

qint64 ackedSeq(const QString& atlasPath)
{
    auto db = gis::SqliteDatabase::open(atlasPath, gis::SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return -1;
    auto q = db.value()->prepare(QStringLiteral("SELECT value FROM atlas_meta WHERE key = 'sync_acked_seq'"));
    if (!q)
        return -1;
    return q.value().step() ? q.value().text(0).toLongLong() : 0;
}

}  // namespace atlas::test
