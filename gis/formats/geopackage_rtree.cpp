#include "gis/formats/geopackage_rtree.h"

#include "gis/formats/import_plan.h"
#include "gis/formats/rtree_bulk_loader.h"
#include "gis/store/sqlite_database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <cstring>

namespace atlas::gis {
namespace {

// The envelope of a GeoPackage geometry blob: from its header, or the point itself.
// False for empty geometries and for blobs without either.
bool envelopeOf(const unsigned char* blob, int size, RTreeEntry& box)
{
    if (size < 8 || blob[0] != 'G' || blob[1] != 'P')
        return false;
    const unsigned char flags = blob[3];
    if (flags & 0x10)
        return false;  // empty
    const bool little = flags & 0x01;
    const int indicator = (flags >> 1) & 0x07;
    static const int envelopeBytes[] = {0, 32, 48, 48, 64};
    if (indicator > 4 || !little)
        return false;
    if (indicator > 0) {
        if (size < 8 + 32)
            return false;
        double e[4];
        std::memcpy(e, blob + 8, sizeof e);  // minx, maxx, miny, maxy
        box.minX = e[0];
        box.maxX = e[1];
        box.minY = e[2];
        box.maxY = e[3];
        return true;
    }
    const unsigned char* wkb = blob + 8 + envelopeBytes[indicator];
    if (size < 8 + 21 || wkb[0] != 1)
        return false;
    std::uint32_t type = 0;
    std::memcpy(&type, wkb + 1, 4);
    if (type % 1000 != 1)
        return false;
    double xy[2];
    std::memcpy(xy, wkb + 5, sizeof xy);
    if (xy[0] != xy[0] || xy[1] != xy[1])
        return false;  // NaN: an empty point
    box.minX = box.maxX = xy[0];
    box.minY = box.maxY = xy[1];
    return true;
}

}  // namespace

core::Status addGeoPackageSpatialIndex(const QString& gpkgPath, const QString& table)
{
    auto opened = SqliteDatabase::open(gpkgPath, SqliteDatabase::Mode::ReadWrite);
    if (!opened)
        return opened.error();
    SqliteDatabase& db = *opened.value();
    auto fail = [&](const QString& reason) {
        return core::Error{gpkgPath, table,
                           QCoreApplication::translate("atlas::gis", "the spatial index cannot be built: %1").arg(reason)};
    };
    auto column = db.prepare(QStringLiteral("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?"));
    if (!column || !column.value().bind(1, table).step())
        return core::Done{};  // no geometry, nothing to index
    const QString geom = column.value().text(0);
    auto pk = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk = 1"));
    if (!pk || !pk.value().bind(1, table).step())
        return fail(QStringLiteral("no primary key"));
    const QString fid = pk.value().text(0);

    return db.transaction([&]() -> core::Status {
        const QString rtree = QStringLiteral("rtree_%1_%2").arg(table, geom);
        const QString r = quoteIdentifier(rtree);
        const QString t = quoteIdentifier(table);
        const QString c = quoteIdentifier(geom);
        const QString i = quoteIdentifier(fid);
        if (auto s = db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)").arg(r)); !s)
            return fail(s.error().reason);
        std::vector<RTreeEntry> boxes;
        sqlite3_stmt* rows = nullptr;
        const QByteArray select = QStringLiteral("SELECT %1, %2 FROM %3").arg(i, c, t).toUtf8();
        if (sqlite3_prepare_v2(db.handle(), select.constData(), -1, &rows, nullptr) != SQLITE_OK)
            return fail(db.lastError());
        int rc = SQLITE_ROW;
        bool unreadable = false;
        while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
            const auto* blob = static_cast<const unsigned char*>(sqlite3_column_blob(rows, 1));
            const int size = sqlite3_column_bytes(rows, 1);
            RTreeEntry box{sqlite3_column_int64(rows, 0), 0, 0, 0, 0};
            if (envelopeOf(blob, size, box))
                boxes.push_back(box);
            else if (blob && size >= 4 && !(blob[3] & 0x10))
                unreadable = true;
        }
        sqlite3_finalize(rows);
        if (rc != SQLITE_DONE)
            return fail(db.lastError());
        if (unreadable)
            return fail(QStringLiteral("a geometry has no envelope"));
        if (auto s = bulkLoadRTree(db, rtree, std::move(boxes)); !s)
            return s;
        // The triggers of the GeoPackage standard (rtree extension, F.3) keep it up to date.
        const QString box = QStringLiteral("ST_MinX(NEW.%1), ST_MaxX(NEW.%1), ST_MinY(NEW.%1), ST_MaxY(NEW.%1)").arg(c);
        const QString trigger = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 WHEN %4 BEGIN %5 END");
        auto name = [&](const char* suffix) { return quoteIdentifier(rtree + QLatin1String(suffix)); };
        const QString valid = QStringLiteral("(NEW.%1 NOT NULL AND NOT ST_IsEmpty(NEW.%1))").arg(c);
        const QString invalid = QStringLiteral("(NEW.%1 ISNULL OR ST_IsEmpty(NEW.%1))").arg(c);
        const QString upsert = QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (NEW.%2, %3);").arg(r, i, box);
        const QStringList triggers = {
            trigger.arg(name("_insert"), QStringLiteral("INSERT"), t, valid, upsert),
            trigger.arg(name("_update1"), QStringLiteral("UPDATE OF %1").arg(c), t,
                        QStringLiteral("OLD.%1 = NEW.%1 AND ").arg(i) + valid, upsert),
            trigger.arg(name("_update2"), QStringLiteral("UPDATE OF %1").arg(c), t,
                        QStringLiteral("OLD.%1 = NEW.%1 AND ").arg(i) + invalid,
                        QStringLiteral("DELETE FROM %1 WHERE id = OLD.%2;").arg(r, i)),
            trigger.arg(name("_update3"), QStringLiteral("UPDATE"), t,
                        QStringLiteral("OLD.%1 != NEW.%1 AND ").arg(i) + valid,
                        QStringLiteral("DELETE FROM %1 WHERE id = OLD.%2; ").arg(r, i) + upsert),
            trigger.arg(name("_update4"), QStringLiteral("UPDATE"), t,
                        QStringLiteral("OLD.%1 != NEW.%1 AND ").arg(i) + invalid,
                        QStringLiteral("DELETE FROM %1 WHERE id IN (OLD.%2, NEW.%2);").arg(r, i)),
            trigger.arg(name("_delete"), QStringLiteral("DELETE"), t, QStringLiteral("OLD.%1 NOT NULL").arg(c),
                        QStringLiteral("DELETE FROM %1 WHERE id = OLD.%2;").arg(r, i)),
        };
        for (const QString& sql : triggers)
            if (auto s = db.exec(sql); !s)
                return fail(s.error().reason);
        if (auto s = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name "
                                            "TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT "
                                            "NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, "
                                            "extension_name))"));
            !s)
            return fail(s.error().reason);
        auto ext = db.prepare(QStringLiteral("INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                                             "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"));
        if (!ext)
            return fail(ext.error().reason);
        ext.value().bind(1, table).bind(2, geom).step();
        return ext.value().ok() ? core::Status(core::Done{}) : fail(ext.value().errorString());
    });
}

}  // namespace atlas::gis
