#include "gis/datasource/sqlite_vector_source.h"

#include "gis/geometry/wkb_reader.h"
#include "gis/store/sqlite_database.h"

#include <QFile>
#include <sqlite3.h>

#include <QStringList>

namespace atlas::gis {
namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

class SqliteFeatureIterator final : public FeatureIterator {
public:
    SqliteFeatureIterator(SqliteStatement statement, SqliteVectorSource::BlobFormat format, int fieldCount,
                          qint64 limit, sqlite3* db, const std::atomic<bool>* cancel)
        : m_statement(std::move(statement)), m_format(format), m_fieldCount(fieldCount), m_limit(limit), m_db(db)
    {
        // A big frame's R-tree query gathers its ids before the first row: a superseded
        // render must be able to stop it there.
        if (cancel)
            sqlite3_progress_handler(m_db, kProgressSteps, &interrupted, const_cast<std::atomic<bool>*>(cancel));
    }
    ~SqliteFeatureIterator() override { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }

    bool next(Feature& feature) override
    {
        while (m_limit < 0 || m_count < m_limit) {
            if (!m_statement.step())
                return false;
            sqlite3_stmt* st = m_statement.handle();
            feature.id = sqlite3_column_int64(st, 0);
            feature.geometry.clear();
            const auto* blob = static_cast<const std::uint8_t*>(sqlite3_column_blob(st, 1));
            const auto size = std::size_t(sqlite3_column_bytes(st, 1));
            const bool parsed = m_format == SqliteVectorSource::BlobFormat::GeoPackage
                                    ? appendGpkgBlob(blob, size, feature.geometry)
                                    : appendWkb(blob, size, feature.geometry);
            if (!parsed)
                feature.geometry.clear();  // a damaged blob is skipped, not drawn wrong
            feature.attributes.clear();
            for (int i = 0; i < m_fieldCount; ++i)
                feature.attributes << columnValue(st, 2 + i);
            ++m_count;
            return true;
        }
        return false;
    }

private:
    static QVariant columnValue(sqlite3_stmt* st, int c)
    {
        switch (sqlite3_column_type(st, c)) {
        case SQLITE_INTEGER:
            return qlonglong(sqlite3_column_int64(st, c));
        case SQLITE_FLOAT:
            return sqlite3_column_double(st, c);
        case SQLITE_TEXT:
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)),
                                     sqlite3_column_bytes(st, c));
        default:
            return {};
        }
    }

    static int interrupted(void* cancel) { return static_cast<std::atomic<bool>*>(cancel)->load() ? 1 : 0; }
    static constexpr int kProgressSteps = 10000;  // virtual machine steps: well under a millisecond

    SqliteStatement m_statement;
    SqliteVectorSource::BlobFormat m_format;
    int m_fieldCount;
    qint64 m_limit;
    sqlite3* m_db;
    qint64 m_count = 0;
};

}  // namespace

std::pair<std::unique_ptr<SqliteDatabase>, qint64> SqliteVectorSource::openEarly(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3", 16))
        return {nullptr, -1};
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return {nullptr, -1};
    const qint64 version = dataVersion(*db.value());
    return {db.take(), version};
}

std::unique_ptr<LayerSource> SqliteVectorSource::wrap(std::unique_ptr<OgrVectorSource> ogr,
                                                      std::unique_ptr<SqliteDatabase> db, qint64 dataVersion)
{
    const QString driver = ogr->driverName();
    const bool gpkg = driver == QLatin1String("GPKG");
    if (!gpkg && driver != QLatin1String("SQLite"))
        return ogr;
    const QString table = ogr->tableName(), geometry = ogr->geometryColumn();
    if (geometry.isEmpty())
        return ogr;
    if (!db || !db->hasTable(table))
        return ogr;  // a view or a virtual table: OGR knows how to read it
    const QString rtree = gpkg ? QStringLiteral("rtree_%1_%2").arg(table, geometry)
                               : QStringLiteral("idx_%1_%2").arg(table, geometry);
    const bool indexed = db->hasTable(rtree);
    return std::unique_ptr<LayerSource>(new SqliteVectorSource(std::move(ogr), std::move(db),
                                                               gpkg ? BlobFormat::GeoPackage : BlobFormat::SpatiaLite,
                                                               table, geometry, indexed ? rtree : QString(), dataVersion));
}

SqliteVectorSource::SqliteVectorSource(std::unique_ptr<OgrVectorSource> ogr, std::unique_ptr<SqliteDatabase> db,
                                       BlobFormat format, QString table, QString geometry, QString rtree,
                                       qint64 dataVersion)
    : m_ogr(std::move(ogr)), m_db(std::move(db)), m_format(format), m_table(std::move(table)),
      m_geometry(std::move(geometry)), m_rtree(std::move(rtree)), m_dataVersion(dataVersion)
{
}

qint64 SqliteVectorSource::dataVersion(SqliteDatabase& db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA data_version"));
    return stmt && stmt.value().step() ? stmt.value().integer(0) : -1;
}

bool SqliteVectorSource::unchangedSinceOpened()
{
    // GDAL's side keeps what it read at opening (the extent above all): the version was read
    // before that, so any change since shows.
    return m_dataVersion >= 0 && dataVersion(*m_db) == m_dataVersion;
}

SqliteVectorSource::~SqliteVectorSource() = default;

QString SqliteVectorSource::selectSql(const FeatureRequest& request) const
{
    QString columns = QStringLiteral("t.rowid, ");
    columns += m_format == BlobFormat::GeoPackage ? QStringLiteral("t.%1").arg(quoted(m_geometry))
                                                  : QStringLiteral("AsBinary(t.%1)").arg(quoted(m_geometry));
    for (const QString& f : request.fields)
        columns += QStringLiteral(", t.") + quoted(f);
    QString sql = QStringLiteral("SELECT %1 FROM %2 t").arg(columns, quoted(m_table));
    QStringList where;
    // The R-tree only pays when the frame leaves part of the layer out.
    const core::Extent all = m_ogr->extent();
    const bool filtered = !request.filter.isNull() && !m_rtree.isEmpty() &&
                          !(request.filter.xMin <= all.xMin && request.filter.yMin <= all.yMin &&
                            request.filter.xMax >= all.xMax && request.filter.yMax >= all.yMax);
    if (filtered) {
        const bool gpkg = m_format == BlobFormat::GeoPackage;
        // The R-tree drives the query: ids from the index, rows fetched by rowid.
        const QString id = gpkg ? QStringLiteral("id") : QStringLiteral("pkid");
        const QString minx = gpkg ? QStringLiteral("minx") : QStringLiteral("xmin");
        const QString maxx = gpkg ? QStringLiteral("maxx") : QStringLiteral("xmax");
        const QString miny = gpkg ? QStringLiteral("miny") : QStringLiteral("ymin");
        const QString maxy = gpkg ? QStringLiteral("maxy") : QStringLiteral("ymax");
        where << QStringLiteral("t.rowid IN (SELECT %1 FROM %2 WHERE %3 <= %4 AND %5 >= %6 AND %7 <= %8 AND %9 >= %10)")
                     .arg(id, quoted(m_rtree), minx, QString::number(request.filter.xMax, 'g', 17), maxx,
                          QString::number(request.filter.xMin, 'g', 17), miny,
                          QString::number(request.filter.yMax, 'g', 17), maxy)
                     .arg(QString::number(request.filter.yMin, 'g', 17));
    }
    if (request.idMax >= request.idMin)
        where << QStringLiteral("t.rowid BETWEEN %1 AND %2").arg(request.idMin).arg(request.idMax);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql;
}

std::unique_ptr<FeatureIterator> SqliteVectorSource::features(const FeatureRequest& request)
{
    auto statement = m_db->prepare(selectSql(request));
    if (!statement)
        return m_ogr->features(request);  // unexpected schema: OGR still reads it
    return std::make_unique<SqliteFeatureIterator>(statement.take(), m_format, int(request.fields.size()),
                                                   request.limit, m_db->handle(), request.cancel);
}

QList<FeatureRequest> SqliteVectorSource::split(const FeatureRequest& request, int parts) const
{
    // Two subqueries: SQLite reads one end of the rowid tree for a lone min() or max(),
    // but scans the whole table for "min(rowid), max(rowid)".
    auto range = m_db->prepare(QStringLiteral("SELECT (SELECT min(rowid) FROM %1), (SELECT max(rowid) FROM %1)")
                                   .arg(quoted(m_table)));
    if (parts < 2 || request.limit >= 0 || !range || !range.value().step())
        return {request};
    qint64 lo = range.value().integer(0), hi = range.value().integer(1);
    if (request.idMax >= request.idMin) {
        lo = std::max(lo, request.idMin);
        hi = std::min(hi, request.idMax);
    }
    QList<FeatureRequest> out;
    const qint64 span = hi - lo + 1;
    if (span < parts)
        return {request};
    for (int i = 0; i < parts; ++i) {
        FeatureRequest r = request;
        r.idMin = lo + span * i / parts;
        r.idMax = lo + span * (i + 1) / parts - 1;
        out << r;
    }
    return out;
}

}  // namespace atlas::gis
