#include "storage/server_schema.h"

#include <QStringList>

namespace atlas::server {
namespace {

struct Migration {
    QString common;      // portable SQL; {ID} is an auto-increment primary key
    QString spatialite;  // engine-specific tail (geometry columns, indexes)
    QString postgresql;
};

// Migration N brings the schema from version N-1 to N. Append, never edit.
const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        // 1: accounts, groups, fiches with a spatial index, media, the change feed the sync
        // pulls, the applied operations that make pushes idempotent, comments and votes.
        {QStringLiteral(R"sql(
            CREATE TABLE users (id {ID}, name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
                created TEXT NOT NULL);
            CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users (id), expires BIGINT NOT NULL, created TEXT NOT NULL);
            CREATE INDEX sessions_user ON sessions (user_id);
            CREATE TABLE work_groups (id {ID}, name TEXT NOT NULL UNIQUE, created TEXT NOT NULL);
            CREATE TABLE memberships (
                group_id BIGINT NOT NULL REFERENCES work_groups (id),
                user_id BIGINT NOT NULL REFERENCES users (id),
                role TEXT NOT NULL CHECK (role IN ('reader', 'contributor', 'animator')),
                PRIMARY KEY (group_id, user_id));
            CREATE TABLE fiches (id {ID}, uuid TEXT NOT NULL UNIQUE,
                group_id BIGINT NOT NULL REFERENCES work_groups (id),
                author_id BIGINT NOT NULL REFERENCES users (id),
                kind TEXT NOT NULL CHECK (kind IN ('landmark', 'project', 'realisation', 'action')),
                scope TEXT NOT NULL CHECK (scope IN ('private', 'group', 'community', 'public')),
                status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'published')),
                date_start TEXT, date_end TEXT,
                version INTEGER NOT NULL, modified TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
                body TEXT NOT NULL);
            CREATE INDEX fiches_group ON fiches (group_id, deleted);
            CREATE INDEX fiches_kind ON fiches (kind, deleted, scope, status);
            CREATE TABLE media (sha256 TEXT NOT NULL, group_id BIGINT NOT NULL REFERENCES work_groups (id),
                uploader_id BIGINT NOT NULL REFERENCES users (id), size BIGINT NOT NULL, mime TEXT NOT NULL,
                created TEXT NOT NULL, PRIMARY KEY (group_id, sha256));
            CREATE TABLE changes (seq {SEQ}, op_uuid TEXT NOT NULL, record_table TEXT NOT NULL,
                record_uuid TEXT NOT NULL, group_id BIGINT NOT NULL REFERENCES work_groups (id),
                operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
                base_version INTEGER NOT NULL, new_version INTEGER NOT NULL, changes TEXT NOT NULL,
                author_id BIGINT REFERENCES users (id), at TEXT NOT NULL);
            CREATE INDEX changes_group ON changes (group_id, seq);
            CREATE TABLE applied_ops (op_uuid TEXT PRIMARY KEY, status INTEGER NOT NULL, result TEXT NOT NULL,
                at TEXT NOT NULL);
            CREATE TABLE comments (id {ID}, uuid TEXT NOT NULL UNIQUE,
                fiche_id BIGINT NOT NULL REFERENCES fiches (id), author_id BIGINT NOT NULL REFERENCES users (id),
                body TEXT NOT NULL, hidden INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
            CREATE INDEX comments_fiche ON comments (fiche_id);
            CREATE TABLE votes (fiche_id BIGINT NOT NULL REFERENCES fiches (id),
                user_id BIGINT NOT NULL REFERENCES users (id), value INTEGER NOT NULL CHECK (value IN (-1, 1)),
                at TEXT NOT NULL, PRIMARY KEY (fiche_id, user_id));
        )sql"),
         QStringLiteral(R"sql(
            SELECT InsertEpsgSrid(4326);
            SELECT AddGeometryColumn('fiches', 'geom', 4326, 'GEOMETRY', 'XY');
            SELECT CreateSpatialIndex('fiches', 'geom');
        )sql"),
         QStringLiteral(R"sql(
            CREATE EXTENSION IF NOT EXISTS postgis;
            ALTER TABLE fiches ADD COLUMN geom geometry(Geometry, 4326);
            CREATE INDEX fiches_geom ON fiches USING GIST (geom);
        )sql")},
        // 2: the sync (docs/sync-protocol.md): each shared record as the merge sees it (fields,
        // version, tombstone and who last changed each field; fiches keep their content in
        // `fiches`, media and links live here), and the conflicts the merge recorded.
        {QStringLiteral(R"sql(
            CREATE TABLE sync_records (record_table TEXT NOT NULL, record_uuid TEXT NOT NULL,
                group_id BIGINT NOT NULL REFERENCES work_groups (id), version INTEGER NOT NULL,
                deleted INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (record_table, record_uuid));
            CREATE TABLE sync_conflicts (id {ID}, group_id BIGINT NOT NULL REFERENCES work_groups (id),
                op_uuid TEXT NOT NULL, record_table TEXT NOT NULL, record_uuid TEXT NOT NULL, body TEXT NOT NULL,
                at TEXT NOT NULL);
            CREATE INDEX sync_conflicts_group ON sync_conflicts (group_id, id);
            CREATE INDEX changes_group_record ON changes (group_id, record_table, record_uuid, seq);
        )sql"),
         QString(), QString()},
        // 3: shared vector layers of a group (OGC API collections), their features in
        // longitude/latitude with a spatial index, numbered within the layer.
        {QStringLiteral(R"sql(
            CREATE TABLE layers (id {ID}, group_id BIGINT NOT NULL REFERENCES work_groups (id),
                name TEXT NOT NULL, title TEXT NOT NULL,
                scope TEXT NOT NULL CHECK (scope IN ('private', 'group', 'community', 'public')),
                uploader_id BIGINT REFERENCES users (id), source_crs TEXT NOT NULL,
                geometry_type TEXT NOT NULL, feature_count BIGINT NOT NULL,
                min_x DOUBLE PRECISION, min_y DOUBLE PRECISION, max_x DOUBLE PRECISION, max_y DOUBLE PRECISION,
                version INTEGER NOT NULL, modified TEXT NOT NULL, UNIQUE (group_id, name));
            CREATE TABLE layer_features (id {ID}, layer_id BIGINT NOT NULL REFERENCES layers (id),
                fid BIGINT NOT NULL, body TEXT NOT NULL);
            CREATE UNIQUE INDEX layer_features_fid ON layer_features (layer_id, fid);
        )sql"),
         QStringLiteral(R"sql(
            SELECT AddGeometryColumn('layer_features', 'geom', 4326, 'GEOMETRY', 'XY');
            SELECT CreateSpatialIndex('layer_features', 'geom');
        )sql"),
         QStringLiteral(R"sql(
            ALTER TABLE layer_features ADD COLUMN geom geometry(Geometry, 4326);
            CREATE INDEX layer_features_geom ON layer_features USING GIST (geom);
        )sql")},
    };
    return steps;
}

QString expand(const QString& sql, SqlDialect d)
{
    QString s = sql;
    if (d == SqlDialect::SpatiaLite) {
        s.replace(QStringLiteral("{ID}"), QStringLiteral("INTEGER PRIMARY KEY"));
        // AUTOINCREMENT: a sequence number is never reused, so pull cursors stay valid.
        s.replace(QStringLiteral("{SEQ}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    } else {
        s.replace(QStringLiteral("{ID}"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(QStringLiteral("{SEQ}"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    }
    return s;
}

}  // namespace

int serverSchemaVersion()
{
    return int(migrations().size());
}

core::Status migrateServerSchema(SqlConnection& db)
{
    if (auto s = db.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !s)
        return s;
    auto current = queryValue(db, QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, 0);
    if (!current)
        return current.error();
    const int have = current.value().toInt();
    if (have > serverSchemaVersion())
        return core::Error{{}, QStringLiteral("schema"),
                           QStringLiteral("the database has schema version %1, this server knows up to %2: "
                                          "upgrade the server")
                               .arg(have)
                               .arg(serverSchemaVersion())};
    // SpatiaLite's metadata tables (empty CRS table) are made in their own transaction.
    if (have == 0 && db.dialect() == SqlDialect::SpatiaLite) {
        auto srs = queryValue(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'spatial_ref_sys'"), {});
        if (!srs)
            return srs.error();
        if (srs.value().toInt() == 0)
            if (auto s = db.execScript(QStringLiteral("SELECT InitSpatialMetadata(1, 'NONE')")); !s)
                return s;
    }
    for (int v = have + 1; v <= serverSchemaVersion(); ++v) {
        const Migration& m = migrations()[v - 1];
        const QString sql = expand(m.common, db.dialect())
            + (db.dialect() == SqlDialect::SpatiaLite ? m.spatialite : m.postgresql);
        auto s = db.transaction([&]() -> core::Status {
            if (auto r = db.execScript(sql); !r)
                return core::Error{r.error().file, QStringLiteral("schema migration %1").arg(v), r.error().reason};
            auto ins = db.query(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {v});
            if (!ins)
                return ins.error();
            return core::Done{};
        });
        if (!s)
            return s;
    }
    return core::Done{};
}

}  // namespace atlas::server
