// ObservationStore, third part: records that arrive from the sync server, written as the
// server holds them and never logged as local changes (they would bounce back).

#include "gis/store/observation_store.h"

#include "gis/store/sqlite_database.h"

#include <QCoreApplication>

namespace atlas::gis {

core::Status ObservationStore::applyRemoteBatch(const std::function<core::Status()>& body)
{
    return inTransaction([&]() -> core::Status {
        m_pendingIndex.emplace();
        core::Status written = body();
        const QSet<QUuid> touched = *m_pendingIndex;
        m_pendingIndex.reset();
        if (!written)
            return written;
        return refreshSearchIndex(QList<QUuid>(touched.begin(), touched.end()));
    });
}

core::Status ObservationStore::remoteWrite(const std::function<core::Status()>& body)
{
    // Inside applyRemoteBatch the whole page is one transaction already.
    return m_pendingIndex ? body() : inTransaction(body);
}

core::Status ObservationStore::applyRemoteObservation(const core::Observation& observation)
{
    if (observation.identity.uuid.isNull())
        return core::Error{path(), {}, QCoreApplication::translate("atlas::gis", "an observation needs a UUID")};
    return remoteWrite([&]() -> core::Status {
        if (auto s = writeObservationRow(observation); !s)
            return s;
        return refreshSearchIndex(observation.identity.uuid);
    });
}

core::Status ObservationStore::applyRemoteMedia(const core::MediaItem& media)
{
    if (media.identity.uuid.isNull() || media.sha256.isEmpty())
        return core::Error{path(), media.fileName,
                           QCoreApplication::translate("atlas::gis", "a media record needs a UUID and a SHA-256")};
    return remoteWrite([&]() -> core::Status {
        // The same content arriving under another UUID keeps the local record: one per file.
        auto q = m_db->prepare(QStringLiteral("SELECT 1 FROM media WHERE sha256 = ? AND uuid <> ?"));
        if (!q)
            return q.error();
        if (q.value().bind(1, media.sha256).bind(2, media.identity.uuid.toString(QUuid::WithoutBraces)).step())
            return core::Done{};
        return writeMediaRow(media);
    });
}

core::Status ObservationStore::applyRemoteLinks(const QUuid& observation, const QList<QUuid>& media)
{
    const QString o = observation.toString(QUuid::WithoutBraces);
    return remoteWrite([&]() -> core::Status {
        QStringList keep;
        for (const QUuid& m : media) {
            auto q = m_db->prepare(QStringLiteral(
                "INSERT OR IGNORE INTO observation_media (observation_uuid, media_uuid, position) "
                "VALUES (?1, ?2, (SELECT count(*) FROM observation_media WHERE observation_uuid = ?1))"));
            if (!q)
                return q.error();
            q.value().bind(1, o).bind(2, m.toString(QUuid::WithoutBraces)).step();
            if (!q.value().ok())
                return core::Error{path(), o, q.value().errorString()};
            keep << QLatin1Char('"') + m.toString(QUuid::WithoutBraces) + QLatin1Char('"');
        }
        // Links the server no longer has were removed by another replica.
        auto gone = m_db->prepare(QStringLiteral("DELETE FROM observation_media WHERE observation_uuid = ? "
                                                 "AND media_uuid NOT IN (SELECT value FROM json_each(?))"));
        if (!gone)
            return gone.error();
        gone.value().bind(1, o).bind(2, QLatin1Char('[') + keep.join(QLatin1Char(',')) + QLatin1Char(']')).step();
        if (!gone.value().ok())
            return core::Error{path(), o, gone.value().errorString()};
        return refreshSearchIndex(observation);
    });
}

}  // namespace atlas::gis
