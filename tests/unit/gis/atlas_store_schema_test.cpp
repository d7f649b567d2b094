// The .atlas file format: WAL journal, schema version table, and refusal of files
// this build cannot read, without touching them.

#include "gis/store/atlas_schema.h"
#include "gis/store/atlas_store.h"
#include "gis/store/sqlite_database.h"
#include "gis_fixtures.h"

#include <QFileInfo>

using namespace atlas;
using namespace atlas::test;

namespace {

QString newAtlas(const TempDir& dir, const QString& name = QStringLiteral("a.atlas"))
{
    const QString path = dir.filePath(name);
    core::AtlasDocument doc;
    doc.title = QStringLiteral("schema");
    const core::Status created = gis::createAtlas(path, doc);
    INFO((created ? QString() : created.error().message()).toStdString());
    REQUIRE(created);
    return path;
}

}  // namespace

TEST_CASE("A new atlas is in WAL mode with a schema version", "[gis][store][schema]")
{
    TempDir dir;
    const QString path = newAtlas(dir);
    CHECK(gis::isAtlasFile(path));
    CHECK(sqlText(path, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(sqlText(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'atlas_schema_version'")) ==
          QStringLiteral("1"));
    CHECK(sqlText(path, QStringLiteral("SELECT MAX(version) FROM atlas_schema_version")) ==
          QString::number(gis::latestAtlasSchemaVersion()));

    auto db = gis::SqliteDatabase::open(path, gis::SqliteDatabase::Mode::ReadOnly);
    REQUIRE(db);
    CHECK(gis::atlasSchemaVersion(*db.value()) == gis::latestAtlasSchemaVersion());
    CHECK(gis::latestAtlasSchemaVersion() >= 1);
}

TEST_CASE("An atlas from a newer version is refused and left byte-identical", "[gis][store][schema]")
{
    TempDir dir;
    const QString path = newAtlas(dir, QStringLiteral("future.atlas"));
    {
        auto db = gis::SqliteDatabase::open(path, gis::SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("INSERT INTO atlas_schema_version VALUES (%1, '2099-01-01')")
                                     .arg(gis::latestAtlasSchemaVersion() + 1)));
    }  // closing the last connection checkpoints the WAL into the file
    const QString before = fileDigest(path);
    REQUIRE(before != QStringLiteral("missing"));

    auto loaded = gis::loadAtlas(path);
    REQUIRE_FALSE(loaded.ok());
    const QString message = loaded.error().message();
    CHECK(message.contains(QStringLiteral("future.atlas")));
    CHECK(message.contains(QStringLiteral("newer version")));
    CHECK(message.contains(QString::number(gis::latestAtlasSchemaVersion() + 1)));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("createAtlas refuses to overwrite an existing file", "[gis][store][schema]")
{
    TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("notes.atlas"), "my precious notes\n");
    const core::Status s = gis::createAtlas(path, core::AtlasDocument{});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message().contains(QStringLiteral("notes.atlas")));
    CHECK(s.error().reason.contains(QStringLiteral("already exists")));
    CHECK(readAll(path) == QByteArray("my precious notes\n"));

    const core::Status noFolder = gis::createAtlas(dir.filePath(QStringLiteral("missing/x.atlas")), {});
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().reason.contains(QStringLiteral("folder")));
}
