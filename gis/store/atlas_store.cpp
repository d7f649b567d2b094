#include "gis/store/atlas_store.h"

#include "gis/store/atlas_schema.h"
#include "gis/store/basemap_codec.h"
#include "gis/store/sqlite_database.h"
#include "gis/store/style_codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace atlas::gis {
namespace {

using core::Error;

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString kindName(core::LayerKind k)
{
    switch (k) {
    case core::LayerKind::Raster: return QStringLiteral("raster");
    case core::LayerKind::Basemap: return QStringLiteral("basemap");
    case core::LayerKind::Vector: break;
    }
    return QStringLiteral("vector");
}

core::LayerKind kindFromName(const QString& name)
{
    if (name == QLatin1String("raster"))
        return core::LayerKind::Raster;
    return name == QLatin1String("basemap") ? core::LayerKind::Basemap : core::LayerKind::Vector;
}

// Opens an existing file and checks it is an atlas before anything is written.
core::Result<std::unique_ptr<SqliteDatabase>> openExistingAtlas(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{path, {}, QCoreApplication::translate("atlas::gis", "file not found")};
    if (fi.size() == 0)
        return Error{path, {},
                     QCoreApplication::translate("atlas::gis", "the file is empty (0 bytes), not an atlas")};
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto check = db.value()->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!check || !check.value().step())
        return Error{path, {},
                     QCoreApplication::translate("atlas::gis", "not an atlas: %1")
                         .arg(check ? check.value().errorString() : check.error().reason)};
    if (!db.value()->hasTable(QStringLiteral("atlas_meta")))
        return Error{path, {},
                     QCoreApplication::translate("atlas::gis", "not an atlas: an SQLite file without atlas tables")};
    auto integrity = db.value()->prepare(QStringLiteral("PRAGMA quick_check"));
    if (!integrity || !integrity.value().step() || integrity.value().text(0) != QLatin1String("ok"))
        return Error{path, {},
                     QCoreApplication::translate("atlas::gis", "the atlas is damaged (integrity check failed)")};
    return db;
}

core::Status setMeta(SqliteDatabase& db, const QString& key, const QString& value)
{
    auto q = db.prepare(QStringLiteral("INSERT INTO atlas_meta(key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return q.error();
    q.value().bind(1, key).bind(2, value).step();
    return q.value().ok() ? core::Status(core::Done{}) : Error{db.path(), key, q.value().errorString()};
}

QHash<QString, QString> readMeta(SqliteDatabase& db)
{
    QHash<QString, QString> meta;
    auto q = db.prepare(QStringLiteral("SELECT key, value FROM atlas_meta"));
    while (q && q.value().step())
        meta.insert(q.value().text(0), q.value().text(1));
    return meta;
}

core::Status writeDocument(SqliteDatabase& db, const core::AtlasDocument& doc)
{
    const QDir atlasDir = QFileInfo(db.path()).absoluteDir();
    return db.transaction([&]() -> core::Status {
        const QHash<QString, QString> meta = readMeta(db);
        const std::pair<QString, QString> entries[] = {
            {QStringLiteral("uuid"), doc.identity.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("title"), doc.title},
            {QStringLiteral("crs"), doc.crs},
            {QStringLiteral("initial_view"), doc.initialView.isNull() ? QString() : doc.initialView.toString()}};
        bool changed = false;  // a save that changes nothing keeps the document's version
        for (const auto& [key, value] : entries) {
            if (meta.value(key) == value && meta.contains(key))
                continue;
            changed = true;
            if (auto s = setMeta(db, key, value); !s)
                return s;
        }

        // Existing rows (tombstones too, so a restored layer keeps counting up), to bump
        // versions of changed layers and tombstone removed ones.
        struct Row { QString content; int version; bool deleted; };
        QHash<QString, Row> existing;
        auto rows = db.prepare(QStringLiteral(
            "SELECT uuid, position || name || source_path || source_layer || kind || visible || style || basemap, "
            "version, "
            "deleted FROM atlas_layers"));
        if (!rows)
            return rows.error();
        while (rows.value().step())
            existing.insert(rows.value().text(0), {rows.value().text(1), int(rows.value().integer(2)),
                                                   rows.value().integer(3) != 0});

        auto upsert = db.prepare(QStringLiteral(
            "INSERT INTO atlas_layers(uuid, position, name, source_path, source_layer, kind, visible, style, "
            "version, modified, basemap, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,0) ON CONFLICT(uuid) DO UPDATE SET "
            "position=excluded.position, name=excluded.name, source_path=excluded.source_path, "
            "source_layer=excluded.source_layer, kind=excluded.kind, visible=excluded.visible, "
            "style=excluded.style, version=excluded.version, modified=excluded.modified, basemap=excluded.basemap, "
            "deleted=0"));
        if (!upsert)
            return upsert.error();
        SqliteStatement& st = upsert.value();
        for (int i = 0; i < doc.layers.size(); ++i) {
            const core::LayerSpec& l = doc.layers[i];
            const QString uuid = l.identity.uuid.toString(QUuid::WithoutBraces);
            const QString path = l.sourcePath.isEmpty() ? QString() : atlasDir.relativeFilePath(l.sourcePath);
            const QString style = encodeStyle(l.style, atlasDir.absolutePath());
            const QString basemap = l.kind == core::LayerKind::Basemap ? encodeBasemap(l.basemap) : QString();
            const QString content = QString::number(i) + l.name + path + l.sourceLayer + kindName(l.kind) +
                                    QString::number(l.visible ? 1 : 0) + style + basemap;
            int layerVersion = l.identity.version;
            QString modified = l.identity.modified.toString(Qt::ISODateWithMs);
            if (auto it = existing.constFind(uuid); it != existing.constEnd()) {
                const bool layerChanged = it->deleted || it->content != content;
                layerVersion = layerChanged ? it->version + 1 : it->version;
                if (layerChanged)
                    modified = isoNow();
                changed = changed || layerChanged;
                existing.remove(uuid);
            } else {
                changed = true;
            }
            st.reset();
            st.bind(1, uuid).bind(2, i).bind(3, l.name).bind(4, path).bind(5, l.sourceLayer)
                .bind(6, kindName(l.kind)).bind(7, l.visible).bind(8, style).bind(9, layerVersion).bind(10, modified)
                .bind(11, basemap);
            st.step();
            if (!st.ok())
                return Error{db.path(), l.name, st.errorString()};
        }
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (it->deleted)
                continue;
            changed = true;
            auto tomb = db.prepare(QStringLiteral(
                "UPDATE atlas_layers SET deleted = 1, version = version + 1, modified = ? WHERE uuid = ?"));
            if (!tomb)
                return tomb.error();
            tomb.value().bind(1, isoNow()).bind(2, it.key()).step();
        }
        if (!changed)
            return core::Done{};
        const int version = meta.value(QStringLiteral("version"), QStringLiteral("0")).toInt() + 1;
        if (auto st = setMeta(db, QStringLiteral("version"), QString::number(version)); !st)
            return st;
        return setMeta(db, QStringLiteral("modified"), isoNow());
    });
}

}  // namespace

core::Status createAtlas(const QString& path, const core::AtlasDocument& doc)
{
    const QFileInfo fi(path);
    if (fi.exists() && fi.size() > 0)
        return Error{path, {}, QCoreApplication::translate("atlas::gis", "the file already exists")};
    if (!fi.absoluteDir().exists())
        return Error{path, {}, QCoreApplication::translate("atlas::gis", "the folder does not exist")};
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    SqliteDatabase& d = *db.value();
    if (auto s = d.exec(QStringLiteral("PRAGMA journal_mode=WAL")); !s)
        return s;
    if (auto s = migrateAtlasSchema(d); !s)
        return s;
    return writeDocument(d, doc);
}

bool isAtlasFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.read(16).startsWith("SQLite format 3"))
        return false;
    f.close();
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    return db && db.value()->hasTable(QStringLiteral("atlas_meta"));
}

core::Result<core::AtlasDocument> loadAtlas(const QString& path)
{
    auto opened = openExistingAtlas(path);
    if (!opened)
        return opened.error();
    SqliteDatabase& db = *opened.value();
    if (auto s = migrateAtlasSchema(db); !s)
        return s.error();

    core::AtlasDocument doc;
    const QHash<QString, QString> meta = readMeta(db);
    doc.identity.uuid = QUuid::fromString(meta.value(QStringLiteral("uuid")));
    doc.identity.version = meta.value(QStringLiteral("version")).toInt();
    doc.identity.modified = QDateTime::fromString(meta.value(QStringLiteral("modified")), Qt::ISODateWithMs);
    doc.title = meta.value(QStringLiteral("title"));
    doc.crs = meta.value(QStringLiteral("crs"), doc.crs);
    doc.initialView = core::Extent::parse(meta.value(QStringLiteral("initial_view")));

    const QDir atlasDir = QFileInfo(path).absoluteDir();
    auto q = db.prepare(QStringLiteral(
        "SELECT uuid, name, source_path, source_layer, kind, visible, style, version, modified, basemap "
        "FROM atlas_layers WHERE deleted = 0 ORDER BY position"));
    if (!q)
        return q.error();
    while (q.value().step()) {
        const SqliteStatement& r = q.value();
        core::LayerSpec l;
        l.identity = {QUuid::fromString(r.text(0)), int(r.integer(7)),
                      QDateTime::fromString(r.text(8), Qt::ISODateWithMs), false};
        l.name = r.text(1);
        const QString rel = r.text(2);
        l.sourcePath = rel.isEmpty() ? QString() : QDir::cleanPath(atlasDir.absoluteFilePath(rel));
        l.sourceLayer = r.text(3);
        l.kind = kindFromName(r.text(4));
        if (l.kind == core::LayerKind::Basemap)
            l.basemap = decodeBasemap(r.text(9));
        l.visible = r.integer(5) != 0;
        l.style = decodeStyle(r.text(6), atlasDir.absolutePath());
        doc.layers << l;
    }
    if (!q.value().ok())
        return Error{path, {}, q.value().errorString()};
    return doc;
}

core::Status saveAtlas(const QString& path, const core::AtlasDocument& doc)
{
    auto opened = openExistingAtlas(path);
    if (!opened)
        return opened.error();
    // Upgrades an older file first, and refuses one written by a newer version.
    if (auto s = migrateAtlasSchema(*opened.value()); !s)
        return s;
    return writeDocument(*opened.value(), doc);
}

core::Status saveAtlasAs(const QString& from, const QString& to, const core::AtlasDocument& doc)
{
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return saveAtlas(to, doc);
    // Write a complete copy beside the target first: the file being replaced stays
    // intact until the new one is whole.
    const QString partial = to + QStringLiteral(".saving");
    auto removeWithJournal = [](const QString& path) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    };
    removeWithJournal(partial);
    const core::Status written = [&]() -> core::Status {
        {
            auto opened = openExistingAtlas(from);
            if (!opened)
                return opened.error();
            auto q = opened.value()->prepare(QStringLiteral("VACUUM INTO ?"));
            if (!q)
                return q.error();
            q.value().bind(1, partial).step();
            if (!q.value().ok())
                return Error{to, {}, q.value().errorString()};
        }
        auto db = SqliteDatabase::open(partial, SqliteDatabase::Mode::ReadWrite);
        if (!db)
            return db.error();
        db.value()->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        auto s = writeDocument(*db.value(), doc);
        db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return s;
    }();
    if (!written) {
        removeWithJournal(partial);
        return Error{to, written.error().location, written.error().reason};
    }
    removeWithJournal(to);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, to))
        return Error{to, {}, QCoreApplication::translate("atlas::gis", "cannot replace the existing file")};
    return core::Done{};
}

}  // namespace atlas::gis
