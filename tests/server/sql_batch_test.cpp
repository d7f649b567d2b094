// Many rows at once through SqlInsertBatch, on both engines: SQLite gets multi-row INSERTs,
// PostgreSQL a COPY (through a temporary table for an upsert). Values must arrive exactly as
// given, whatever bytes they hold, and a refused row must leave the table as it was.

#include "pg_cluster.h"
#include "server_fixture.h"
#include "storage/pg_connection.h"
#include "storage/sql_batch.h"
#include "storage/sqlite_connection.h"

#include <catch2/catch.hpp>

using namespace atlas;
using namespace atlas::server;
using namespace atlas::test;

namespace {

std::unique_ptr<SqlConnection> openStore(Backend backend, const TempDir& dir)
{
    if (backend == Backend::PostgreSql) {
        PgCluster& cluster = PgCluster::instance();
        INFO(cluster.error().toStdString());
        REQUIRE(cluster.running());
        auto db = PgConnection::open(cluster.createDatabase());
        REQUIRE(db.ok());
        REQUIRE(db.value()->execScript(QStringLiteral(
                    "CREATE EXTENSION IF NOT EXISTS postgis; "
                    "CREATE TABLE t (k TEXT PRIMARY KEY, name TEXT NOT NULL, n BIGINT, data BYTEA, "
                    "geom geometry(Geometry, 4326))"))
                    .ok());
        return db.take();
    }
    auto db = SqliteConnection::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(db.value()->execScript(QStringLiteral(
                "SELECT InitSpatialMetadata(1, 'NONE'); SELECT InsertEpsgSrid(4326); "
                "CREATE TABLE t (k TEXT PRIMARY KEY, name TEXT NOT NULL, n BIGINT, data BLOB); "
                "SELECT AddGeometryColumn('t', 'geom', 4326, 'GEOMETRY', 'XY')"))
                .ok());
    return db.take();
}

// Point (x y) as little-endian WKB.
QByteArray pointWkb(double x, double y)
{
    QByteArray wkb(21, Qt::Uninitialized);
    wkb[0] = 1;
    const quint32 type = 1;
    std::memcpy(wkb.data() + 1, &type, 4);
    std::memcpy(wkb.data() + 5, &x, 8);
    std::memcpy(wkb.data() + 13, &y, 8);
    return wkb;
}

SqlInsertBatch batchOf(QList<QVariantList> rows, QString conflict = {})
{
    return {QStringLiteral("t"), {"k", "name", "n", "data", "geom"}, QStringLiteral("geom"), std::move(conflict),
            std::move(rows)};
}

SqlRows tableRows(SqlConnection& db)
{
    const QString hex = db.dialect() == SqlDialect::PostgreSql ? QStringLiteral("encode(data, 'hex')")
                                                                : QStringLiteral("lower(hex(data))");
    auto rows = db.query(QStringLiteral("SELECT k, name, n, %1, ST_AsText(geom) FROM t ORDER BY k").arg(hex));
    REQUIRE(rows.ok());
    return rows.value();
}

}  // namespace

TEST_CASE("SqlInsertBatch: every value arrives as given, upserts update, a refused row changes nothing",
          "[server][storage]")
{
    const Backend backend = GENERATE(Backend::SpatiaLite, Backend::PostgreSql);
    INFO(backendName(backend));
    TempDir dir;
    auto db = openStore(backend, dir);

    // The separators of COPY's text format, its null marker spelled out, quotes and accents.
    const QString awkward = QStringLiteral("tab\there\nnew line\r\\back\\slash \\N 'quote' \"double\" Église — Kerk");
    const QByteArray bytes("\x00\x5c\x09\x0a\xff", 5);
    SqlInsertBatch first = batchOf({{QStringLiteral("a"), awkward, 42, bytes, pointWkb(3.0573, 50.6292)},
                                    {QStringLiteral("b"), QString(""), QVariant(), QVariant(), QVariant()}});
    REQUIRE(db->transaction([&] { return first.flush(*db); }).ok());
    CHECK(first.rows.isEmpty());

    SqlRows rows = tableRows(*db);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].text(1) == awkward);
    CHECK(rows[0].integer(2) == 42);
    CHECK(rows[0].text(3) == QString::fromLatin1(bytes.toHex()));
    CHECK(rows[0].text(4).remove(QLatin1Char(' ')) == QStringLiteral("POINT(3.057350.6292)"));
    CHECK(rows[1].text(1).isEmpty());
    CHECK_FALSE(rows[1].isNull(1));  // an empty text is not a null
    CHECK(rows[1].isNull(2));
    CHECK(rows[1].isNull(4));

    // An existing key is updated, a new one added.
    SqlInsertBatch upsert = batchOf({{QStringLiteral("b"), QStringLiteral("changed"), 7, QVariant(), pointWkb(2.83, 50.43)},
                                     {QStringLiteral("c"), QStringLiteral("new"), 8, QVariant(), QVariant()}},
                                    QStringLiteral("ON CONFLICT (k) DO UPDATE SET name = excluded.name, n = excluded.n, "
                                                   "geom = excluded.geom"));
    REQUIRE(db->transaction([&] { return upsert.flush(*db); }).ok());
    rows = tableRows(*db);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].text(1) == QStringLiteral("changed"));
    CHECK(rows[1].integer(2) == 7);
    CHECK(rows[1].text(4).remove(QLatin1Char(' ')) == QStringLiteral("POINT(2.8350.43)"));
    CHECK(rows[2].text(1) == QStringLiteral("new"));

    // A null where the column wants a value: the batch is refused with the reason, the
    // transaction rolled back, and the connection still works.
    SqlInsertBatch bad = batchOf({{QStringLiteral("d"), QStringLiteral("fine"), 1, QVariant(), QVariant()},
                                  {QStringLiteral("e"), QVariant(), 2, QVariant(), QVariant()}});
    const core::Status refused = db->transaction([&] { return bad.flush(*db); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason.contains(QStringLiteral("name"), Qt::CaseInsensitive));
    CHECK(tableRows(*db).size() == 3);
    SqlInsertBatch after = batchOf({{QStringLiteral("f"), QStringLiteral("after"), 3, QVariant(), QVariant()}});
    REQUIRE(db->transaction([&] { return after.flush(*db); }).ok());
    CHECK(tableRows(*db).size() == 4);
}
