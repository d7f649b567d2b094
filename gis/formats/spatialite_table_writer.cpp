#include "gis/formats/spatialite_table_writer.h"

#include "gis/store/sqlite_database.h"

#include <ogr_core.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QStringList>
#include <cstring>

namespace atlas::gis {
namespace {

const char* const kDimNames[] = {"XY", "XYZ", "XYM", "XYZM"};

}  // namespace

SpatialiteTableWriter::SpatialiteTableWriter(SqliteDatabase& db, const ImportLayerPlan& plan, QString sourceFile)
    : m_db(db), m_plan(plan), m_file(std::move(sourceFile))
{
}

SpatialiteTableWriter::~SpatialiteTableWriter()
{
    sqlite3_finalize(m_insert);
}

core::Error SpatialiteTableWriter::sqlError(const QString& where) const
{
    return core::Error{m_file, where, m_db.lastError()};
}

core::Status SpatialiteTableWriter::run(const QString& sql)
{
    if (auto s = m_db.exec(sql); !s)
        return core::Error{m_file, m_plan.sourceLayer, s.error().reason};
    return core::Done{};
}

core::Status SpatialiteTableWriter::create()
{
    QStringList defs = {quoteIdentifier(QString::fromLatin1(kImportFidColumn)) +
                        QStringLiteral(" INTEGER PRIMARY KEY AUTOINCREMENT")};
    QStringList names;
    QStringList marks;
    for (const ImportColumn& c : m_plan.columns) {
        defs << quoteIdentifier(c.name) + QLatin1Char(' ') + c.sqlType;
        names << quoteIdentifier(c.name);
        marks << QStringLiteral("?");
    }
    const QString geomColumn = QString::fromLatin1(kImportGeometryColumn);
    const QString geom = quoteIdentifier(geomColumn);
    defs << geom + QStringLiteral(" BLOB");
    names << geom;
    marks << QStringLiteral("?");
    const QString table = quoteIdentifier(m_plan.table);
    if (auto s = run(QStringLiteral("CREATE TABLE %1 (%2)").arg(table, defs.join(QStringLiteral(", ")))); !s)
        return s;

    // Registered and indexed while empty (the type is settled in finish()).
    auto q = m_db.prepare(QStringLiteral("SELECT RecoverGeometryColumn(?, ?, ?, 'GEOMETRY', 'XY'), "
                                         "CreateSpatialIndex(?, ?)"));
    if (!q)
        return q.error();
    q.value().bind(1, m_plan.table).bind(2, geomColumn).bind(3, m_plan.srid).bind(4, m_plan.table).bind(5, geomColumn);
    if (!q.value().step() || q.value().integer(0) != 1 || q.value().integer(1) != 1)
        return core::Error{m_file, m_plan.sourceLayer,
                           QCoreApplication::translate("atlas::gis", "SpatiaLite refused the geometry column "
                                                                     "(SRID %1): %2")
                               .arg(m_plan.srid)
                               .arg(m_db.lastError())};
    // Per-row triggers (type checks, index upkeep) would cost more than the insert.
    auto triggers = m_db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                                "tbl_name = ?"));
    if (!triggers)
        return triggers.error();
    triggers.value().bind(1, m_plan.table);
    QStringList dropped;
    while (triggers.value().step()) {
        dropped << triggers.value().text(0);
        m_triggers << triggers.value().text(1);
    }
    for (const QString& name : dropped)
        if (auto s = run(QStringLiteral("DROP TRIGGER %1").arg(quoteIdentifier(name))); !s)
            return s;

    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
            .toUtf8();
    if (sqlite3_prepare_v3(m_db.handle(), sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_insert,
                           nullptr) != SQLITE_OK)
        return sqlError(m_plan.sourceLayer);
    return core::Done{};
}

core::Status SpatialiteTableWriter::write(const RowBatch& batch)
{
    const int rows = batch.rows();
    const CellValue* cell = batch.cells.data();
    for (int r = 0; r < rows; ++r) {
        const CellValue* geometry = cell + batch.columns - 1;
        for (int c = 1; c <= batch.columns; ++c, ++cell) {
            const char* bytes = batch.bytes.data() + cell->offset;
            switch (cell->kind) {
            case CellValue::Kind::Null:
                sqlite3_bind_null(m_insert, c);
                break;
            case CellValue::Kind::Integer:
                sqlite3_bind_int64(m_insert, c, cell->integer);
                break;
            case CellValue::Kind::Real:
                sqlite3_bind_double(m_insert, c, cell->real);
                break;
            case CellValue::Kind::Text:
                sqlite3_bind_text(m_insert, c, bytes, int(cell->size), SQLITE_STATIC);
                break;
            case CellValue::Kind::Blob:
                sqlite3_bind_blob(m_insert, c, bytes, int(cell->size), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            return core::Error{m_file,
                               QCoreApplication::translate("atlas::gis", "layer %1, feature %2")
                                   .arg(m_plan.sourceLayer)
                                   .arg(batch.fids[size_t(r)]),
                               m_db.lastError()};
        if (geometry->kind == CellValue::Kind::Blob) {
            // The blob's MBR (bytes 6-37) is the index entry.
            double mbr[4];
            std::memcpy(mbr, batch.bytes.data() + geometry->offset + 6, sizeof mbr);
            m_boxes.push_back({sqlite3_last_insert_rowid(m_db.handle()), mbr[0], mbr[1], mbr[2], mbr[3]});
        }
        ++m_rows;
    }
    return core::Done{};
}

core::Status SpatialiteTableWriter::finish(const std::set<int>& classes)
{
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    std::set<int> bases;
    std::set<int> dimSet;
    int dims = 0;  // bit 1: Z, bit 2: M
    for (int c : classes) {
        bases.insert(c % 1000);
        dimSet.insert(c / 1000);
        dims |= (c / 1000 == 1 || c / 1000 == 3 ? 1 : 0) | (c / 1000 >= 2 ? 2 : 0);
    }
    if (classes.empty()) {
        const auto declared = OGRwkbGeometryType(m_plan.declaredType);
        const int flat = int(wkbFlatten(declared));
        if (flat >= 1 && flat <= 7)
            bases.insert(flat);
        dims = (wkbHasZ(declared) ? 1 : 0) | (wkbHasM(declared) ? 2 : 0);
    }
    const QString table = quoteIdentifier(m_plan.table);
    const QString geomColumn = QString::fromLatin1(kImportGeometryColumn);
    const QString geom = quoteIdentifier(geomColumn);
    // Mixed dimensions: every geometry lifted to the richest one.
    if (dimSet.size() > 1) {
        const QString target = QString::fromLatin1(kDimNames[dims]);
        if (auto s = run(QStringLiteral("UPDATE %1 SET %2 = CastTo%3(%2) WHERE %2 IS NOT NULL AND "
                                        "CoordDimension(%2) <> '%3'")
                             .arg(table, geom, target));
            !s)
            return s;
    }
    int type = bases.size() == 1 ? *bases.begin() : 0;
    if (bases.size() == 2 && *bases.begin() <= 3 && *bases.rbegin() == *bases.begin() + 3) {
        type = *bases.rbegin();
        if (auto s = run(QStringLiteral("UPDATE %1 SET %2 = CastToMulti(%2) WHERE %2 IS NOT NULL AND "
                                        "GeometryType(%2) NOT LIKE 'MULTI%'")
                             .arg(table, geom));
            !s)
            return s;
    }
    // SpatiaLite codes: the type plus 1000 (Z), 2000 (M) or 3000 (ZM).
    const int dimCode = dims == 0 ? 0 : dims == 1 ? 1 : dims == 2 ? 2 : 3;
    auto update = m_db.prepare(QStringLiteral("UPDATE geometry_columns SET geometry_type = ?, coord_dimension = ? "
                                              "WHERE f_table_name = lower(?) AND f_geometry_column = lower(?)"));
    if (!update)
        return update.error();
    update.value().bind(1, type + 1000 * dimCode).bind(2, 2 + (dims & 1) + (dims >> 1)).bind(3, m_plan.table)
        .bind(4, geomColumn).step();
    if (!update.value().ok())
        return core::Error{m_file, m_plan.sourceLayer, update.value().errorString()};

    if (auto s = bulkLoadRTree(m_db, QStringLiteral("idx_%1_%2").arg(m_plan.table, geomColumn), std::move(m_boxes)); !s)
        return core::Error{m_file, m_plan.sourceLayer, s.error().reason};
    for (const QString& trigger : m_triggers)
        if (auto s = run(trigger); !s)
            return s;
    return core::Done{};
}

}  // namespace atlas::gis
