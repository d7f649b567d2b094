#include "gis/store/observation_store.h"

#include "core/model/observation_json.h"
#include "gis/store/atlas_schema.h"
#include "gis/store/atlas_store.h"
#include "gis/store/change_log.h"
#include "gis/store/sqlite_database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace atlas::gis {
namespace {

using core::Error;
using core::Observation;

const QString kColumns = QStringLiteral(
    "o.uuid, o.kind, o.title_fr, o.title_nl, o.description_fr, o.description_nl, o.themes, hex(AsBinary(o.geom)), "
    "o.date_start, o.date_end, o.author, o.status, o.scope, o.commune, o.tags, o.links, o.version, o.modified, "
    "o.deleted");

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString& text)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Observation readObservation(const SqliteStatement& s)
{
    Observation o;
    o.identity.uuid = QUuid::fromString(s.text(0));
    o.kind = core::kindFromName(s.text(1)).value_or(core::ObservationKind::Landmark);
    o.titleFr = s.text(2);
    o.titleNl = s.text(3);
    o.descriptionFr = s.text(4);
    o.descriptionNl = s.text(5);
    o.themes = fromJsonList(s.text(6));
    o.geometryWkb = QByteArray::fromHex(s.text(7).toLatin1());
    o.dateStart = QDate::fromString(s.text(8), Qt::ISODate);
    o.dateEnd = QDate::fromString(s.text(9), Qt::ISODate);
    o.author = s.text(10);
    o.status = core::statusFromName(s.text(11)).value_or(core::ObservationStatus::Draft);
    o.scope = core::scopeFromName(s.text(12)).value_or(core::SharingScope::Private);
    o.commune = s.text(13);
    o.tags = fromJsonList(s.text(14));
    for (const QString& u : fromJsonList(s.text(15)))
        o.links << QUuid::fromString(u);
    o.identity.version = int(s.integer(16));
    o.identity.modified = QDateTime::fromString(s.text(17), Qt::ISODateWithMs);
    o.identity.deleted = s.integer(18) != 0;
    return o;
}

QString uuidText(const QUuid& u)
{
    return u.toString(QUuid::WithoutBraces);
}

}  // namespace

QString ftsQuery(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

core::Result<std::unique_ptr<ObservationStore>> ObservationStore::open(const QString& atlasPath)
{
    if (!QFileInfo::exists(atlasPath))
        return Error{atlasPath, {}, QCoreApplication::translate("atlas::gis", "file not found")};
    if (!isAtlasFile(atlasPath))
        return Error{atlasPath, {}, QCoreApplication::translate("atlas::gis", "not an atlas")};
    auto db = SqliteDatabase::open(atlasPath, SqliteDatabase::Mode::ReadWrite);
    if (!db)
        return db.error();
    SqliteDatabase& d = *db.value();
    // WAL + full sync: a commit that returned is on disk, whatever happens to the process.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"})
        if (auto s = d.exec(QLatin1String(pragma)); !s)
            return s.error();
    if (auto s = migrateAtlasSchema(d); !s)
        return s.error();
    std::unique_ptr<ObservationStore> store(new ObservationStore(db.take()));
    const QString table = store->readMeta(QStringLiteral("observatory_boundary_table"));
    if (!table.isEmpty())
        store->setBoundaryLayer(table, store->readMeta(QStringLiteral("observatory_boundary_field")));
    return store;
}

ObservationStore::ObservationStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}
ObservationStore::~ObservationStore() = default;

const QString& ObservationStore::path() const
{
    return m_db->path();
}

core::Status ObservationStore::inTransaction(const std::function<core::Status()>& body)
{
    // The outer level takes the write lock at once; inner levels are savepoints, so a
    // failed save inside a batch undoes only itself.
    const bool outer = m_depth == 0;
    if (auto s = m_db->exec(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT nested")); !s)
        return s;
    ++m_depth;
    core::Status result = body();
    --m_depth;
    if (!result) {
        m_db->exec(outer ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO nested; RELEASE nested"));
        return result;
    }
    if (auto s = m_db->exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested")); !s) {
        if (outer)
            m_db->exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    return core::Done{};
}

core::Status ObservationStore::batch(const std::function<core::Status()>& body)
{
    return inTransaction(body);
}

core::Result<std::optional<Observation>> ObservationStore::find(const QUuid& uuid)
{
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM observations o WHERE o.uuid = ?").arg(kColumns));
    if (!q)
        return q.error();
    if (q.value().bind(1, uuidText(uuid)).step())
        return std::optional<Observation>(readObservation(q.value()));
    if (!q.value().ok())
        return Error{path(), uuidText(uuid), q.value().errorString()};
    return std::optional<Observation>();
}

core::Result<Observation> ObservationStore::observation(const QUuid& uuid)
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{path(), uuidText(uuid), QCoreApplication::translate("atlas::gis", "no such observation")};
    return *found.value();
}

core::Result<Observation> ObservationStore::saveObservation(const Observation& input)
{
    if (input.identity.uuid.isNull())
        return Error{path(), {}, QCoreApplication::translate("atlas::gis", "an observation needs a UUID")};
    Observation stored = input;
    stored.identity.deleted = false;
    if (stored.commune.isEmpty() && !stored.geometryWkb.isEmpty())
        stored.commune = communeAt(stored.geometryWkb);
    auto status = inTransaction([&]() -> core::Status {
        auto existing = find(stored.identity.uuid);
        if (!existing)
            return existing.error();
        const std::optional<Observation>& before = existing.value();
        if (before && !before->identity.deleted && before->sameContent(stored)) {
            stored = *before;  // nothing changed: no new version, no log row
            return core::Done{};
        }
        const ChangeLogEntry entry =
            savedRecordChange(QStringLiteral("observations"), before ? &before->identity : nullptr, stored.identity,
                              core::observationChanges(before ? &*before : nullptr, stored));

        if (auto s = writeObservationRow(stored); !s)
            return s;
        if (auto s = refreshSearchIndex(stored.identity.uuid); !s)
            return s;
        return appendChange(*m_db, entry);
    });
    if (!status)
        return status.error();
    return stored;
}

core::Status ObservationStore::writeObservationRow(const Observation& stored)
{
    const QString where = stored.title(QStringLiteral("fr"));
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO observations (uuid, kind, title_fr, title_nl, description_fr, description_nl, themes, geom, "
        "date_start, date_end, author, status, scope, commune, tags, links, version, modified, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(uuid) DO UPDATE SET kind = excluded.kind, title_fr = excluded.title_fr, "
        "title_nl = excluded.title_nl, description_fr = excluded.description_fr, "
        "description_nl = excluded.description_nl, themes = excluded.themes, geom = excluded.geom, "
        "date_start = excluded.date_start, date_end = excluded.date_end, author = excluded.author, "
        "status = excluded.status, scope = excluded.scope, commune = excluded.commune, tags = excluded.tags, "
        "links = excluded.links, version = excluded.version, modified = excluded.modified, deleted = excluded.deleted"));
    if (!q)
        return q.error();
    QStringList links;
    for (const QUuid& u : stored.links)
        links << uuidText(u);
    q.value()
        .bind(1, uuidText(stored.identity.uuid))
        .bind(2, core::kindName(stored.kind))
        .bind(3, stored.titleFr)
        .bind(4, stored.titleNl)
        .bind(5, stored.descriptionFr)
        .bind(6, stored.descriptionNl)
        .bind(7, jsonList(stored.themes))
        .bind(8, stored.geometryWkb.isEmpty() ? QVariant() : QVariant(stored.geometryWkb))
        .bind(9, dateOrNull(stored.dateStart))
        .bind(10, dateOrNull(stored.dateEnd))
        .bind(11, stored.author)
        .bind(12, core::statusName(stored.status))
        .bind(13, core::scopeName(stored.scope))
        .bind(14, stored.commune)
        .bind(15, jsonList(stored.tags))
        .bind(16, jsonList(links))
        .bind(17, stored.identity.version)
        .bind(18, stored.identity.modified.toString(Qt::ISODateWithMs))
        .bind(19, stored.identity.deleted ? 1 : 0);
    q.value().step();
    if (!q.value().ok())
        return Error{path(), where, q.value().errorString()};
    if (!stored.geometryWkb.isEmpty()) {
        // GeomFromWKB gives NULL for bytes that are not WKB: refuse rather than lose the shape.
        auto check = m_db->prepare(QStringLiteral("SELECT geom IS NULL FROM observations WHERE uuid = ?"));
        if (!check || !check.value().bind(1, uuidText(stored.identity.uuid)).step() || check.value().integer(0))
            return Error{path(), where, QCoreApplication::translate("atlas::gis", "the geometry is not valid WKB")};
    }
    return core::Done{};
}

core::Status ObservationStore::removeObservation(const QUuid& uuid)
{
    return inTransaction([&]() -> core::Status {
        auto existing = find(uuid);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return Error{path(), uuidText(uuid), QCoreApplication::translate("atlas::gis", "no such observation")};
        const Observation& before = *existing.value();
        if (before.identity.deleted)
            return core::Done{};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto q = m_db->prepare(
            QStringLiteral("UPDATE observations SET deleted = 1, version = version + 1, modified = ? WHERE uuid = ?"));
        if (!q)
            return q.error();
        q.value().bind(1, now.toString(Qt::ISODateWithMs)).bind(2, uuidText(uuid)).step();
        if (!q.value().ok())
            return Error{path(), uuidText(uuid), q.value().errorString()};
        if (auto s = refreshSearchIndex(uuid); !s)
            return s;
        ChangeLogEntry entry;
        entry.table = QStringLiteral("observations");
        entry.record = uuid;
        entry.operation = QStringLiteral("delete");
        entry.baseVersion = before.identity.version;
        entry.newVersion = before.identity.version + 1;
        entry.changes = {{QStringLiteral("deleted"), QJsonObject{{QStringLiteral("old"), false},
                                                                  {QStringLiteral("new"), true}}}};
        entry.at = now;
        return appendChange(*m_db, entry);
    });
}

core::Status ObservationStore::refreshSearchIndex(const QUuid& observation)
{
    if (m_pendingIndex) {
        m_pendingIndex->insert(observation);
        return core::Done{};
    }
    return refreshSearchIndex(QList<QUuid>{observation});
}

core::Status ObservationStore::refreshSearchIndex(const QList<QUuid>& observations)
{
    if (observations.isEmpty())
        return core::Done{};
    // Rows out one by one (an FTS5 table is looked up by rowid), then in with one statement.
    auto del = m_db->prepare(
        QStringLiteral("DELETE FROM observation_fts WHERE rowid = (SELECT id FROM observations WHERE uuid = ?)"));
    if (!del)
        return del.error();
    QStringList uuids;
    for (const QUuid& u : observations) {
        del.value().bind(1, uuidText(u)).step();
        if (!del.value().ok())
            return Error{path(), QStringLiteral("observation_fts"), m_db->lastError()};
        del.value().reset();
        uuids << QLatin1Char('"') + uuidText(u) + QLatin1Char('"');
    }
    const QString list = QLatin1Char('[') + uuids.join(QLatin1Char(',')) + QLatin1Char(']');
    auto ins = m_db->prepare(QStringLiteral(
        "INSERT INTO observation_fts (rowid, title_fr, title_nl, description_fr, description_nl, tags, captions) "
        "SELECT o.id, o.title_fr, o.title_nl, o.description_fr, o.description_nl, "
        "(SELECT group_concat(value, ' ') FROM json_each(o.tags)), "
        "(SELECT group_concat(m.title || ' ' || m.caption, ' ') FROM observation_media om "
        " JOIN media m ON m.uuid = om.media_uuid AND m.deleted = 0 WHERE om.observation_uuid = o.uuid) "
        "FROM observations o WHERE o.uuid IN (SELECT value FROM json_each(?)) AND o.deleted = 0"));
    if (!ins)
        return ins.error();
    ins.value().bind(1, list).step();
    if (!ins.value().ok())
        return Error{path(), QStringLiteral("observation_fts"), m_db->lastError()};
    return core::Done{};
}

namespace {

// The SELECT for `f`: `columns` of the live fiches it matches, ranked when it searches text.
QString filterSql(const ObservationFilter& f, const QString& columns, bool ordered, QVariantList& args)
{
    const QString fts = ftsQuery(f.text);
    QString sql = QStringLiteral("SELECT %1 FROM ").arg(columns);
    sql += fts.isEmpty() ? QStringLiteral("observations o")
                         // CROSS JOIN keeps the index first: the other order runs one FTS query per row.
                         : QStringLiteral("observation_fts CROSS JOIN observations o ON o.id = observation_fts.rowid");
    QStringList where = {QStringLiteral("o.deleted = 0")};
    const auto add = [&](const QString& condition, const QVariant& value) {
        where << condition;
        args << value;
    };
    if (!fts.isEmpty())
        add(QStringLiteral("observation_fts MATCH ?"), fts);
    if (f.kind)
        add(QStringLiteral("o.kind = ?"), core::kindName(*f.kind));
    if (f.status)
        add(QStringLiteral("o.status = ?"), core::statusName(*f.status));
    if (!f.commune.isEmpty())
        add(QStringLiteral("o.commune = ?"), f.commune);
    // Themes are a JSON array of strings: look for the quoted name.
    if (!f.theme.isEmpty())
        add(QStringLiteral("instr(o.themes, ?) > 0"), jsonList({f.theme}).mid(1).chopped(1));
    if (f.from.isValid())
        add(QStringLiteral("coalesce(o.date_end, o.date_start) >= ?"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(QStringLiteral("o.date_start <= ?"), f.to.toString(Qt::ISODate));
    sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!ordered)
        return sql;
    // Titles weigh most, then tags, then descriptions and captions.
    sql += fts.isEmpty() ? QStringLiteral(" ORDER BY o.modified DESC, o.id DESC")
                         : QStringLiteral(" ORDER BY bm25(observation_fts, 10.0, 10.0, 2.0, 2.0, 5.0, 1.0)");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(f.limit).arg(f.offset);
    return sql;
}

}  // namespace

core::Result<QList<Observation>> ObservationStore::list(const ObservationFilter& filter)
{
    QVariantList args;
    auto q = m_db->prepare(filterSql(filter, kColumns, true, args));
    if (!q)
        return q.error();
    for (int i = 0; i < args.size(); ++i)
        q.value().bind(i + 1, args[i]);
    QList<Observation> result;
    while (q.value().step())
        result << readObservation(q.value());
    if (!q.value().ok())
        return Error{path(), QStringLiteral("observations"), q.value().errorString()};
    return result;
}

core::Result<int> ObservationStore::count(const ObservationFilter& filter)
{
    QVariantList args;
    auto q = m_db->prepare(filterSql(filter, QStringLiteral("count(*)"), false, args));
    if (!q)
        return q.error();
    for (int i = 0; i < args.size(); ++i)
        q.value().bind(i + 1, args[i]);
    if (!q.value().step())
        return Error{path(), QStringLiteral("observations"), q.value().errorString()};
    return int(q.value().integer(0));
}

core::Result<QList<Observation>> ObservationStore::observationsShowing(const QUuid& media)
{
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM observation_media om JOIN observations o "
                                          "ON o.uuid = om.observation_uuid AND o.deleted = 0 WHERE om.media_uuid = ?")
                               .arg(kColumns));
    if (!q)
        return q.error();
    q.value().bind(1, uuidText(media));
    QList<Observation> result;
    while (q.value().step())
        result << readObservation(q.value());
    if (!q.value().ok())
        return Error{path(), uuidText(media), q.value().errorString()};
    return result;
}

core::Result<QList<Observation>> ObservationStore::observationsLinkingTo(const QUuid& fiche)
{
    // Links are a JSON list of ids; the LIKE narrows, the check on the parsed list decides.
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM observations o WHERE o.deleted = 0 AND o.links LIKE ?")
                               .arg(kColumns));
    if (!q)
        return q.error();
    q.value().bind(1, QStringLiteral("%%1%").arg(uuidText(fiche)));
    QList<Observation> result;
    while (q.value().step())
        if (Observation o = readObservation(q.value()); o.links.contains(fiche))
            result << o;
    if (!q.value().ok())
        return Error{path(), uuidText(fiche), q.value().errorString()};
    return result;
}

QStringList ObservationStore::communes()
{
    QStringList names;
    auto q = m_db->prepare(QStringLiteral(
        "SELECT DISTINCT commune FROM observations WHERE deleted = 0 AND commune <> '' ORDER BY commune"));
    while (q && q.value().step())
        names << q.value().text(0);
    return names;
}

core::Result<QList<ObservationPoint>> ObservationStore::points(const ObservationFilter& filter)
{
    QVariantList args;
    auto q = m_db->prepare(filterSql(filter,
                                     QStringLiteral("o.uuid, o.kind, ST_X(PointOnSurface(o.geom)), "
                                                    "ST_Y(PointOnSurface(o.geom)), "
                                                    "CASE WHEN GeometryType(o.geom) LIKE 'POINT%' THEN NULL "
                                                    "ELSE AsBinary(o.geom) END"),
                                     false, args) +
                           QStringLiteral(" AND o.geom IS NOT NULL"));
    if (!q)
        return q.error();
    for (int i = 0; i < args.size(); ++i)
        q.value().bind(i + 1, args[i]);
    QList<ObservationPoint> result;
    while (q.value().step()) {
        if (q.value().isNull(2))
            continue;
        result << ObservationPoint{QUuid::fromString(q.value().text(0)),
                                   core::kindFromName(q.value().text(1)).value_or(core::ObservationKind::Landmark),
                                   q.value().real(2), q.value().real(3), q.value().blob(4)};
    }
    if (!q.value().ok())
        return Error{path(), QStringLiteral("observations"), q.value().errorString()};
    return result;
}

}  // namespace atlas::gis
