#include "gis/store/atlas_schema.h"

#include "gis/store/sqlite_database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace atlas::gis {
namespace {

// Migration N brings the schema from version N-1 to N. Append, never edit.
const QStringList& migrations()
{
    static const QStringList steps = {
        // 1: metadata, layers; SpatiaLite metadata so the atlas can own spatial tables.
        QStringLiteral(R"sql(
            CREATE TABLE atlas_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE atlas_layers (
                uuid TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                source_path TEXT NOT NULL DEFAULT '',
                source_layer TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN ('vector', 'raster')),
                visible INTEGER NOT NULL DEFAULT 1,
                style TEXT NOT NULL DEFAULT '{}',
                version INTEGER NOT NULL DEFAULT 1,
                modified TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0);
        )sql"),
        // 2: the observatory: fiches with a spatial index, media, their links, the change
        // log the sync reads, and an accent-insensitive full-text index (FR and NL).
        QStringLiteral(R"sql(
            SELECT InsertEpsgSrid(4326);
            CREATE TABLE observations (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('landmark', 'project', 'realisation', 'action')),
                title_fr TEXT NOT NULL DEFAULT '',
                title_nl TEXT NOT NULL DEFAULT '',
                description_fr TEXT NOT NULL DEFAULT '',
                description_nl TEXT NOT NULL DEFAULT '',
                themes TEXT NOT NULL DEFAULT '[]',
                date_start TEXT,
                date_end TEXT,
                author TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'published')),
                scope TEXT NOT NULL CHECK (scope IN ('private', 'group', 'community', 'public')),
                commune TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '[]',
                links TEXT NOT NULL DEFAULT '[]',
                version INTEGER NOT NULL DEFAULT 1,
                modified TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0);
            SELECT AddGeometryColumn('observations', 'geom', 4326, 'GEOMETRY', 'XY');
            SELECT CreateSpatialIndex('observations', 'geom');
            CREATE INDEX observations_kind ON observations (deleted, kind);
            CREATE INDEX observations_status ON observations (deleted, status);
            CREATE INDEX observations_commune ON observations (deleted, commune);
            CREATE INDEX observations_date ON observations (deleted, date_start);
            CREATE TABLE media (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                sha256 TEXT NOT NULL UNIQUE,
                file_name TEXT NOT NULL,
                mime TEXT NOT NULL,
                size INTEGER NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                caption TEXT NOT NULL DEFAULT '',
                credits TEXT NOT NULL DEFAULT '',
                licence TEXT NOT NULL DEFAULT '',
                taken TEXT,
                lon REAL,
                lat REAL,
                direction REAL,
                version INTEGER NOT NULL DEFAULT 1,
                modified TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE observation_media (
                observation_uuid TEXT NOT NULL,
                media_uuid TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (observation_uuid, media_uuid));
            CREATE INDEX observation_media_media ON observation_media (media_uuid);
            CREATE TABLE change_log (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                op_uuid TEXT NOT NULL UNIQUE,
                record_table TEXT NOT NULL,
                record_uuid TEXT NOT NULL,
                operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
                base_version INTEGER NOT NULL,
                new_version INTEGER NOT NULL,
                changes TEXT NOT NULL,
                at TEXT NOT NULL);
            CREATE INDEX change_log_record ON change_log (record_uuid);
            CREATE VIRTUAL TABLE observation_fts USING fts5(
                title_fr, title_nl, description_fr, description_nl, tags, captions,
                tokenize = "unicode61 remove_diacritics 2");
        )sql"),
        // 3: observatory list filters that stay fast with 100,000 fiches: theme and period
        // counts read only an index, newest-first lists stop after one page.
        QStringLiteral(R"sql(
            CREATE INDEX observations_themes ON observations (deleted, themes);
            CREATE INDEX observations_period ON observations (deleted, date_start, date_end);
            CREATE INDEX observations_modified ON observations (deleted, modified);
        )sql"),
        // 4: the sync: the server version of each record at the last pull, and the
        // conflicts the server recorded for this atlas's edits (both values kept).
        QStringLiteral(R"sql(
            CREATE TABLE sync_records (
                record_table TEXT NOT NULL,
                record_uuid TEXT NOT NULL,
                server_version INTEGER NOT NULL,
                PRIMARY KEY (record_table, record_uuid));
            CREATE TABLE sync_conflicts (
                id INTEGER PRIMARY KEY,
                op_uuid TEXT NOT NULL,
                record_table TEXT NOT NULL,
                record_uuid TEXT NOT NULL,
                kind TEXT NOT NULL,
                field TEXT NOT NULL,
                base_value TEXT,
                incoming_value TEXT,
                server_value TEXT,
                incoming_won INTEGER NOT NULL,
                incoming_author TEXT NOT NULL,
                server_author TEXT NOT NULL,
                incoming_at TEXT NOT NULL,
                server_at TEXT,
                recorded TEXT NOT NULL,
                resolved INTEGER NOT NULL DEFAULT 0,
                UNIQUE (op_uuid, field));
            CREATE INDEX sync_conflicts_record ON sync_conflicts (record_uuid, resolved);
        )sql"),
        // 5: the activity database: missions, workshops, studies... with their links to
        // fiches, media and publications (JSON arrays of UUIDs) and a WKB location.
        QStringLiteral(R"sql(
            CREATE TABLE activities (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL CHECK (type IN ('advice-mission', 'workshop', 'discovery-day',
                                                   'call-for-projects', 'study')),
                status TEXT NOT NULL CHECK (status IN ('planned', 'ongoing', 'done')),
                title_fr TEXT NOT NULL DEFAULT '',
                title_nl TEXT NOT NULL DEFAULT '',
                organisation TEXT NOT NULL DEFAULT '',
                people TEXT NOT NULL DEFAULT '[]',
                date_start TEXT,
                date_end TEXT,
                budget REAL,
                location BLOB,
                fiches TEXT NOT NULL DEFAULT '[]',
                media TEXT NOT NULL DEFAULT '[]',
                publications TEXT NOT NULL DEFAULT '[]',
                version INTEGER NOT NULL DEFAULT 1,
                modified TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX activities_start ON activities (deleted, date_start);
        )sql"),
        // 6: publications (story maps): titles, and the ordered sections as one JSON
        // document, since a reorder or a section edit is one change of the publication.
        QStringLiteral(R"sql(
            CREATE TABLE publications (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                title_fr TEXT NOT NULL DEFAULT '',
                title_nl TEXT NOT NULL DEFAULT '',
                sections TEXT NOT NULL DEFAULT '[]',
                version INTEGER NOT NULL DEFAULT 1,
                modified TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0);
        )sql"),
        // 7: basemap layers (tile services, MBTiles files) with their service description;
        // SQLite cannot widen a CHECK in place, so the layer table is copied.
        QStringLiteral(R"sql(
            CREATE TABLE atlas_layers_7 (
                uuid TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                source_path TEXT NOT NULL DEFAULT '',
                source_layer TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN ('vector', 'raster', 'basemap')),
                visible INTEGER NOT NULL DEFAULT 1,
                style TEXT NOT NULL DEFAULT '{}',
                version INTEGER NOT NULL DEFAULT 1,
                modified TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                basemap TEXT NOT NULL DEFAULT '');
            INSERT INTO atlas_layers_7 (uuid, position, name, source_path, source_layer, kind, visible, style,
                                        version, modified, deleted)
                SELECT uuid, position, name, source_path, source_layer, kind, visible, style, version, modified,
                       deleted FROM atlas_layers;
            DROP TABLE atlas_layers;
            ALTER TABLE atlas_layers_7 RENAME TO atlas_layers;
        )sql"),
    };
    return steps;
}

}  // namespace

int latestAtlasSchemaVersion()
{
    return int(migrations().size());
}

int atlasSchemaVersion(SqliteDatabase& db)
{
    if (!db.hasTable(QStringLiteral("atlas_schema_version")))
        return 0;
    auto q = db.prepare(QStringLiteral("SELECT MAX(version) FROM atlas_schema_version"));
    return q && q.value().step() ? int(q.value().integer(0)) : 0;
}

core::Status migrateAtlasSchema(SqliteDatabase& db)
{
    if (auto s = db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS atlas_schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"));
        !s)
        return s;
    const int current = atlasSchemaVersion(db);
    const int latest = latestAtlasSchemaVersion();
    if (current > latest)
        return core::Error{db.path(), {},
                           QCoreApplication::translate("atlas::gis", "written by a newer version of Atlas Territoires "
                                                                     "(schema %1, this one reads up to %2)")
                               .arg(current)
                               .arg(latest)};
    // An empty CRS table: GDAL adds each CRS a layer uses (the full one weighs 6 MB).
    if (current == 0 && !db.hasTable(QStringLiteral("spatial_ref_sys"))) {
        if (auto s = db.exec(QStringLiteral("SELECT InitSpatialMetadata(1, 'NONE')")); !s)
            return s;
    }
    for (int version = current + 1; version <= latest; ++version) {
        auto step = db.transaction([&]() -> core::Status {
            if (auto s = db.exec(migrations()[version - 1]); !s)
                return core::Error{db.path(),
                                   QCoreApplication::translate("atlas::gis", "schema migration %1").arg(version),
                                   s.error().reason};
            auto q = db.prepare(QStringLiteral("INSERT INTO atlas_schema_version VALUES (?, ?)"));
            if (!q)
                return q.error();
            q.value().bind(1, version).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            q.value().step();
            return q.value().ok() ? core::Status(core::Done{}) : core::Error{db.path(), {}, q.value().errorString()};
        });
        if (!step)
            return step;
    }
    return core::Done{};
}

}  // namespace atlas::gis
