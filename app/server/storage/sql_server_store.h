#pragma once
// ServerStore over SQL: the same SQL for SpatiaLite and PostgreSQL. Writes go through one
// connection under one mutex (see the guarantees in server_store.h); reads use pooled
// connections and see what is committed.

#include "storage/server_store.h"
#include "storage/connection_pool.h"
#include "storage/sql_connection.h"

#include <mutex>

namespace atlas::server {

class SqlServerStore : public ServerStore {
public:
    // Opens the write connection with `connect`, migrates the schema; read connections are
    // opened with `connect` too, as concurrent reads need them.
    static core::Result<std::unique_ptr<ServerStore>> create(const ConnectionFactory& connect);

    QString backendName() const override;
    core::Status openReaders(int count) override;

    core::Result<qint64> addUser(const QString& name, const QString& passwordHash) override;
    core::Status setPasswordHash(qint64 userId, const QString& passwordHash) override;
    core::Result<std::optional<UserRecord>> findUser(const QString& name) override;
    core::Result<QList<UserRecord>> listUsers() override;
    core::Status addSession(const QString& tokenHash, qint64 userId, qint64 expiresEpoch) override;
    core::Result<std::optional<UserRecord>> sessionUser(const QString& tokenHash, qint64 nowEpoch) override;
    core::Status removeSession(const QString& tokenHash) override;

    core::Result<qint64> addGroup(const QString& name) override;
    core::Result<std::optional<GroupRecord>> findGroup(const QString& name) override;
    core::Result<QList<GroupRecord>> listGroups() override;
    core::Status setMembership(qint64 groupId, qint64 userId, Role role) override;
    core::Result<QList<MembershipRecord>> membershipsOf(qint64 userId) override;
    core::Result<QList<MembershipRecord>> membersOf(qint64 groupId) override;
    core::Result<Role> roleIn(qint64 groupId, qint64 userId) override;

    core::Result<std::optional<FicheRecord>> fiche(const QUuid& uuid) override;
    core::Result<FichePage> fiches(const FicheQuery& query) override;
    core::Result<OpResult> writeFiche(const FicheWrite& write) override;
    core::Result<QList<ChangeRecord>> changesSince(qint64 groupId, qint64 afterSeq, int limit) override;

    core::Status addMedia(const MediaRecord& media) override;
    core::Result<std::optional<MediaRecord>> media(qint64 groupId, const QString& sha256) override;

    core::Result<core::PushResult> syncPush(qint64 groupId, qint64 actorId, Role role,
                                            const core::PushBatch& batch) override;
    core::Result<core::PullPage> syncPull(qint64 groupId, qint64 viewerId, qint64 afterSeq, int limit) override;
    core::Result<QStringList> missingMedia(qint64 groupId, const QStringList& sha256) override;

    core::Result<CommentRecord> addComment(qint64 ficheId, qint64 authorId, const QString& body) override;
    core::Result<QList<CommentRecord>> comments(qint64 ficheId, bool includeHidden) override;
    core::Result<std::optional<QUuid>> commentFiche(const QUuid& comment) override;
    core::Status setCommentHidden(const QUuid& comment, bool hidden) override;
    core::Status setVote(qint64 ficheId, qint64 userId, int value) override;
    core::Result<VoteSummary> votes(qint64 ficheId) override;

    core::Result<LayerRecord> putLayer(const LayerRecord& layer, const QList<LayerFeature>& features) override;
    core::Result<QList<LayerRecord>> layers(std::optional<Viewer> viewer, std::optional<qint64> groupId) override;
    core::Result<std::optional<LayerRecord>> layer(const QString& groupName, const QString& name) override;
    core::Status removeLayer(qint64 layerId) override;
    core::Result<LayerFeaturePage> layerFeatures(const LayerFeatureQuery& query) override;
    core::Result<std::optional<LayerFeature>> layerFeature(qint64 layerId, qint64 fid) override;
    core::Result<bool> mediaShownToViewer(qint64 groupId, const QString& sha256, const Viewer& viewer) override;

private:
    SqlServerStore(std::unique_ptr<SqlConnection> db, const ConnectionFactory& connect);
    core::Result<std::optional<FicheRecord>> ficheOn(SqlConnection& db, const QUuid& uuid);
    // Memberships matching `condition` ("m.user_id = ? ...").
    core::Result<QList<MembershipRecord>> memberships(SqlConnection& db, const QString& condition, qint64 id);
    core::Status applyFicheWrite(const FicheWrite& w, OpResult& result);
    QString geometryExpression() const;
    // The R-tree (SpatiaLite) or GiST (PostgreSQL) test of `alias`.geom against 4 parameters
    // minX, minY, maxX, maxY.
    QString bboxCondition(const QString& table, const QString& alias) const;

    std::unique_ptr<SqlConnection> m_db;  // writes, one at a time under m_mutex
    std::mutex m_mutex;
    ConnectionPool m_readers;  // reads, side by side
};

// Now, UTC, ISO 8601 with milliseconds: how the store writes times.
QString storeNow();
// UUIDs as stored: lower case, no braces.
QString uuidText(const QUuid& uuid);
// Who may read a row of `alias` (columns scope, group_id and `authorColumn`): the SQL form of
// isAllowed(Read), `published` being the row's "is published" test (empty: always). Binds the
// viewer's id three times: add readerParams(viewer).
QString readableCondition(const QString& alias, const QString& authorColumn, const QString& published);
QVariantList readerParams(const Viewer& viewer);

}  // namespace atlas::server
