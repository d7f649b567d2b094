#pragma once
// ServerStore: everything the server keeps, behind one interface with two backends
// (SpatiaLite file, PostgreSQL/PostGIS). HTTP routes and admin commands only talk to this.
//
// Guarantees every backend gives (and the sync relies on):
// - Writes are serialised: one write call at a time, each one transaction. So the change feed's
//   `seq` grows in commit order and a pull cursor never skips a change committed later with a
//   smaller seq. Reads run side by side on their own connections and see committed data.
// - Every write of a fiche appends one row to the change feed (seq, op uuid, record uuid,
//   group, operation, base and new version, changed fields {"field": {"old","new"}}) in the
//   same transaction, and records its outcome under the op uuid in `applied_ops`: writing the
//   same op uuid again returns the stored outcome (flagged `replayed`) and changes nothing.
// - Deletions are tombstones (deleted = true, version bumped), never row removals.
//
// Extending it (e.g. sync push/pull): add a virtual method here, implement it in
// SqlServerStore (one file per area: sql_server_store_*.cpp) with portable SQL and `?`
// placeholders; engine differences live in SqlConnection/SqlDialect only.

#include "auth/authz_policy.h"
#include "core/model/observation.h"
#include "core/model/result.h"
#include "core/sync/sync_messages.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <memory>
#include <optional>

namespace atlas::server {

struct UserRecord {
    qint64 id = 0;
    QString name;
    QString passwordHash;
    QString created;
    // Role per group id, loaded with the session (sessionUser) so a request does not ask the
    // store again; nullopt when not loaded (then ask roleIn).
    std::optional<QHash<qint64, Role>> roles;
};

struct GroupRecord {
    qint64 id = 0;
    QString name;
};

struct MembershipRecord {
    qint64 groupId = 0;
    QString groupName;
    qint64 userId = 0;
    QString userName;
    Role role = Role::Reader;
};

// A fiche as stored: the observation (with its identity) and who it belongs to.
struct FicheRecord {
    qint64 id = 0;  // row id, never leaves the server
    core::Observation observation;
    qint64 groupId = 0;
    QString groupName;
    qint64 authorId = 0;
    QString authorName;
};

// Who is looking, for the visibility filter of list queries (the same rules as isAllowed(Read)).
struct Viewer {
    qint64 userId = 0;  // 0: anonymous
};

struct BoundingBox {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;  // longitude/latitude
};

struct FicheQuery {
    Viewer viewer;
    std::optional<qint64> groupId;
    std::optional<core::ObservationKind> kind;
    std::optional<BoundingBox> bbox;
    QDate from, to;  // on date_start; null: open
    qint64 offset = 0;
    int limit = 10;
};

struct FichePage {
    QList<FicheRecord> fiches;
    qint64 matched = 0;  // all the fiches the query matches, for numberMatched
};

enum class FicheOp { Insert, Update, Delete };
QString ficheOpName(FicheOp op);  // insert, update, delete

// One change to a fiche, identified by its op uuid so that a replay is harmless.
struct FicheWrite {
    QUuid opUuid;
    FicheOp op = FicheOp::Insert;
    qint64 groupId = 0;
    qint64 actorId = 0;  // the author on insert
    core::Observation observation;  // Insert/Update: the new content; Delete: the uuid
    int baseVersion = 0;  // Update/Delete: the version the writer saw
};

// What a write answered: an HTTP-like status (201 created, 200 applied, 404 unknown fiche,
// 409 version or uuid conflict) and a JSON body; the same on a replay (replayed = true).
struct OpResult {
    int status = 200;
    QJsonObject body;
    bool replayed = false;
};

// One row of the change feed.
struct ChangeRecord {
    qint64 seq = 0;
    QUuid opUuid;
    QString table;  // "fiches"
    QUuid record;
    qint64 groupId = 0;
    QString operation;  // insert, update, delete
    int baseVersion = 0;
    int newVersion = 0;
    QJsonObject changes;
    QString at;
};

struct MediaRecord {
    QString sha256;
    qint64 groupId = 0;
    qint64 uploaderId = 0;
    qint64 size = 0;
    QString mime;
    QString created;
};

struct CommentRecord {
    QUuid uuid;
    qint64 ficheId = 0;
    QString author;
    QString body;
    bool hidden = false;
    QString created;
};

struct VoteSummary {
    int up = 0;
    int down = 0;
};

// A shared vector layer of a group, served as an OGC API collection "GROUP.NAME". Features
// are kept in longitude/latitude (CRS84); `sourceCrs` says what they were reprojected from.
struct LayerRecord {
    qint64 id = 0;  // row id, never leaves the server
    qint64 groupId = 0;
    QString groupName;
    QString name;  // 1-64 of A-Z a-z 0-9 _ - (no dot: the collection id is GROUP.NAME)
    QString title;
    core::SharingScope scope = core::SharingScope::Group;
    qint64 uploaderId = 0;  // 0: imported by an admin command without an owner
    QString uploaderName;
    QString sourceCrs;     // "EPSG:2154", or the WKT when there is no code
    QString geometryType;  // "Point", "MultiPolygon"... or "Geometry" when mixed
    qint64 featureCount = 0;
    std::optional<BoundingBox> extent;
    int version = 0;
    QString modified;
};

// One feature of a shared layer: `fid` numbers it within the layer (1, 2, ...); `json` is
// {"geometry": GeoJSON, "properties": {...}} as served; `wkb` the 2D geometry for the index.
struct LayerFeature {
    qint64 fid = 0;
    QByteArray json;
    QByteArray wkb;
};

struct LayerFeatureQuery {
    qint64 layerId = 0;
    std::optional<BoundingBox> bbox;
    qint64 offset = 0;
    int limit = 10;
};

struct LayerFeaturePage {
    QList<LayerFeature> features;  // `wkb` left empty
    qint64 matched = 0;
};

class ServerStore {
public:
    virtual ~ServerStore() = default;
    virtual QString backendName() const = 0;  // "spatialite" or "postgresql"
    // Opens `count` read connections now (one per server thread), so that the first requests
    // do not wait for connections, nor open more than the threads can use.
    virtual core::Status openReaders(int count) = 0;

    // Accounts and sessions (tokens are kept as their SHA-256 only).
    virtual core::Result<qint64> addUser(const QString& name, const QString& passwordHash) = 0;
    virtual core::Status setPasswordHash(qint64 userId, const QString& passwordHash) = 0;
    virtual core::Result<std::optional<UserRecord>> findUser(const QString& name) = 0;
    virtual core::Result<QList<UserRecord>> listUsers() = 0;
    virtual core::Status addSession(const QString& tokenHash, qint64 userId, qint64 expiresEpoch) = 0;
    // The account of a session still valid at `nowEpoch`, with its roles; nullopt when unknown
    // or expired. One query: it runs for every authenticated request.
    virtual core::Result<std::optional<UserRecord>> sessionUser(const QString& tokenHash, qint64 nowEpoch) = 0;
    virtual core::Status removeSession(const QString& tokenHash) = 0;

    // Working groups and memberships.
    virtual core::Result<qint64> addGroup(const QString& name) = 0;
    virtual core::Result<std::optional<GroupRecord>> findGroup(const QString& name) = 0;
    virtual core::Result<QList<GroupRecord>> listGroups() = 0;
    virtual core::Status setMembership(qint64 groupId, qint64 userId, Role role) = 0;
    virtual core::Result<QList<MembershipRecord>> membershipsOf(qint64 userId) = 0;
    virtual core::Result<QList<MembershipRecord>> membersOf(qint64 groupId) = 0;
    // The role of `userId` in `groupId` (Role::None for non-members and anonymous).
    virtual core::Result<Role> roleIn(qint64 groupId, qint64 userId) = 0;

    // Fiches. `fiche` finds tombstones too (check observation.identity.deleted).
    virtual core::Result<std::optional<FicheRecord>> fiche(const QUuid& uuid) = 0;
    virtual core::Result<FichePage> fiches(const FicheQuery& query) = 0;
    virtual core::Result<OpResult> writeFiche(const FicheWrite& write) = 0;

    // The change feed of a group after `afterSeq`, oldest first, at most `limit` rows.
    virtual core::Result<QList<ChangeRecord>> changesSince(qint64 groupId, qint64 afterSeq, int limit) = 0;

    // Media of a group (the bytes are in the BlobStore; this is who may see them).
    virtual core::Status addMedia(const MediaRecord& media) = 0;
    virtual core::Result<std::optional<MediaRecord>> media(qint64 groupId, const QString& sha256) = 0;

    // Sync (docs/sync-protocol.md). A push batch in one transaction, idempotent by op uuid,
    // merged by core::mergeSyncOp, each op checked against the authz policy (a refused op
    // changes nothing). `actorId`/`role`: the pusher and its role in `groupId`.
    virtual core::Result<core::PushResult> syncPush(qint64 groupId, qint64 actorId, Role role,
                                                    const core::PushBatch& batch) = 0;
    // The group's records changed after change-feed row `afterSeq` (each once, at its latest
    // change), as `viewerId` may read them, at most `limit`.
    virtual core::Result<core::PullPage> syncPull(qint64 groupId, qint64 viewerId, qint64 afterSeq, int limit) = 0;
    // The files among `sha256` the group does not have yet.
    virtual core::Result<QStringList> missingMedia(qint64 groupId, const QStringList& sha256) = 0;

    // Participation on published public fiches.
    virtual core::Result<CommentRecord> addComment(qint64 ficheId, qint64 authorId, const QString& body) = 0;
    virtual core::Result<QList<CommentRecord>> comments(qint64 ficheId, bool includeHidden) = 0;
    // The uuid of the fiche a comment belongs to; nullopt when the comment is unknown.
    virtual core::Result<std::optional<QUuid>> commentFiche(const QUuid& comment) = 0;
    virtual core::Status setCommentHidden(const QUuid& comment, bool hidden) = 0;
    // One vote per account and fiche: voting again replaces the earlier vote.
    virtual core::Status setVote(qint64 ficheId, qint64 userId, int value) = 0;
    virtual core::Result<VoteSummary> votes(qint64 ficheId) = 0;

    // Shared layers. `putLayer` creates the layer (group, name) or replaces its features and
    // metadata (version + 1) in one transaction, and returns it as stored.
    virtual core::Result<LayerRecord> putLayer(const LayerRecord& layer, const QList<LayerFeature>& features) = 0;
    // The layers `viewer` may read (same rules as fiches, a layer counting as published; no
    // viewer: all, for the admin commands), of one group or of all, by group then name.
    virtual core::Result<QList<LayerRecord>> layers(std::optional<Viewer> viewer, std::optional<qint64> groupId) = 0;
    // The layer, whoever may see it (the caller checks the policy); nullopt when unknown.
    virtual core::Result<std::optional<LayerRecord>> layer(const QString& groupName, const QString& name) = 0;
    virtual core::Status removeLayer(qint64 layerId) = 0;
    virtual core::Result<LayerFeaturePage> layerFeatures(const LayerFeatureQuery& query) = 0;
    virtual core::Result<std::optional<LayerFeature>> layerFeature(qint64 layerId, qint64 fid) = 0;

    // True when a non-member `viewer` may download the group's file `sha256`: a media record
    // of the group names it and a fiche the viewer may read shows that media (sync links).
    virtual core::Result<bool> mediaShownToViewer(qint64 groupId, const QString& sha256, const Viewer& viewer) = 0;
};

// A fiche as the API shows it: the observation's JSON plus its group and owner account.
QJsonObject ficheJson(const FicheRecord& fiche);

// Opens (creating and migrating as needed) the store named by the server options: a
// postgresql:// URL, or the SpatiaLite file "server.sqlite" in `dataDir`.
core::Result<std::unique_ptr<ServerStore>> openServerStore(const QString& dataDir, const QString& databaseUrl);

}  // namespace atlas::server
