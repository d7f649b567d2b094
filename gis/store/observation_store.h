#pragma once
// The observatory inside an atlas file: fiches, media records and their links, the change
// log and the full-text index, each write one transaction. One instance per thread.

#include "core/commands/observation_repository.h"
#include "core/model/media_item.h"
#include "core/model/observation.h"
#include "core/model/result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QUuid>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace atlas::gis {

class SqliteDatabase;

struct ObservationFilter {
    std::optional<core::ObservationKind> kind;
    std::optional<core::ObservationStatus> status;
    QString theme;    // one of the atlas themes; empty: any
    QString commune;  // exact name; empty: any
    QDate from, to;   // fiches whose date or period meets [from, to]; null ends are open
    QString text;     // words searched in titles, descriptions, tags, media captions (FR+NL)
    int limit = 0;    // 0: no limit
    int offset = 0;
};

// Where a fiche is drawn: its point, or a point inside its line or polygon (WGS 84), and
// then the line or polygon itself as WKB (empty for a point).
struct ObservationPoint {
    QUuid uuid;
    core::ObservationKind kind;
    double lon = 0, lat = 0;
    QByteArray shapeWkb;
};

class ObservationStore : public core::ObservationRepository {
public:
    // Opens an existing atlas (upgrading its schema) in WAL mode with full sync.
    static core::Result<std::unique_ptr<ObservationStore>> open(const QString& atlasPath);
    ~ObservationStore() override;

    const QString& path() const;
    SqliteDatabase& database() { return *m_db; }

    // core::ObservationRepository
    core::Result<core::Observation> saveObservation(const core::Observation& observation) override;
    core::Status removeObservation(const QUuid& uuid) override;
    core::Result<core::Observation> observation(const QUuid& uuid) override;

    // Live fiches matching `filter`; with text, best matches first (bm25), else newest first.
    core::Result<QList<core::Observation>> list(const ObservationFilter& filter);
    core::Result<int> count(const ObservationFilter& filter);
    // The live fiches a media item is linked to.
    core::Result<QList<core::Observation>> observationsShowing(const QUuid& media);
    // The live fiches that link to `fiche` (the realisations of a project).
    core::Result<QList<core::Observation>> observationsLinkingTo(const QUuid& fiche);
    // The communes named on live fiches, sorted.
    QStringList communes();
    // The map positions of every fiche matching `filter` (limit and offset ignored).
    core::Result<QList<ObservationPoint>> points(const ObservationFilter& filter);

    // Runs `body` in one transaction (saves inside it nest); rolled back if it fails.
    core::Status batch(const std::function<core::Status()>& body);

    // The polygon layer (an atlas table) whose `field` names the commune of a fiche.
    core::Status setBoundaryLayer(const QString& table, const QString& field);
    QString boundaryTable() const { return m_boundaryTable; }
    QString boundaryField() const { return m_boundaryField; }
    // Polygon tables of the atlas that can name communes, and the text fields of one.
    QStringList polygonTables();
    QStringList textFields(const QString& table);
    // The name of the boundary containing the geometry, empty when none or not configured.
    QString communeAt(const QByteArray& wkb);

    // The editable theme list (the eight defaults until changed).
    QStringList themes();
    core::Status setThemes(const QStringList& themes);

    // Media records (the files themselves are in the MediaStore folder).
    core::Result<core::MediaItem> saveMedia(const core::MediaItem& media);
    core::Result<std::optional<core::MediaItem>> mediaBySha256(const QString& sha256);
    core::Status linkMedia(const QUuid& observation, const QUuid& media);
    // Removes a photo (or any media) from a fiche; the media record itself stays.
    core::Status unlinkMedia(const QUuid& observation, const QUuid& media);
    core::Result<QList<core::MediaItem>> mediaOf(const QUuid& observation);
    // All live media, newest first; `text` filters on file name, title and caption.
    core::Result<QList<core::MediaItem>> listMedia(const QString& text = {}, int limit = 0);

    // The sync: writes a record as the server holds it (version, time and tombstone
    // included) without a change-log row, since it is not a local edit. Use inside batch().
    core::Status applyRemoteObservation(const core::Observation& observation);
    core::Status applyRemoteMedia(const core::MediaItem& media);
    // Makes the media shown by `observation` exactly `media` (a link removed on the server
    // goes here too), keeping the order of the links already there.
    core::Status applyRemoteLinks(const QUuid& observation, const QList<QUuid>& media);
    // Runs `body` (applyRemote* calls) in one transaction, the records written without a
    // savepoint each, and refreshes the search index of the fiches they touched once at the
    // end: FTS5 writes a segment at every savepoint, a pulled fiche cost 0.25 ms that way.
    core::Status applyRemoteBatch(const std::function<core::Status()>& body);

private:
    explicit ObservationStore(std::unique_ptr<SqliteDatabase> db);
    core::Status inTransaction(const std::function<core::Status()>& body);
    core::Status refreshSearchIndex(const QUuid& observation);
    core::Status refreshSearchIndex(const QList<QUuid>& observations);
    // A write inside applyRemoteBatch (no savepoint), else in its own transaction.
    core::Status remoteWrite(const std::function<core::Status()>& body);
    // The row of a fiche or media exactly as given (upsert); index kept up to date.
    core::Status writeObservationRow(const core::Observation& observation);
    core::Status writeMediaRow(const core::MediaItem& media);
    core::Result<std::optional<core::Observation>> find(const QUuid& uuid);
    core::Status writeMeta(const QString& key, const QString& value);
    QString readMeta(const QString& key);

    std::unique_ptr<SqliteDatabase> m_db;
    int m_depth = 0;
    std::optional<QSet<QUuid>> m_pendingIndex;  // fiches to index at the end of applyRemoteBatch
    QString m_boundaryTable, m_boundaryField, m_boundaryGeometry;
    int m_boundarySrid = 0;
};

// The FTS5 query for free text typed by a user: each word as a quoted prefix, all required.
QString ftsQuery(const QString& text);

}  // namespace atlas::gis
