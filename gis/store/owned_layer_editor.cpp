#include "gis/store/owned_layer_editor.h"

#include "core/model/translate.h"
#include "gis/formats/import_plan.h"
#include "gis/store/owned_layer_schema.h"
#include "gis/store/sqlite_database.h"

#include <sqlite3.h>

#include <QStringList>
#include <cstring>

namespace atlas::gis {
namespace {

core::Result<std::unique_ptr<SqliteDatabase>> openAtlas(const QString& path, bool write)
{
    return SqliteDatabase::open(path, write ? SqliteDatabase::Mode::ReadWrite : SqliteDatabase::Mode::ReadOnly);
}

}  // namespace

OwnedLayerEditor::OwnedLayerEditor(QString atlasPath, QString table)
    : m_atlas(std::move(atlasPath)), m_table(std::move(table))
{
}

core::Result<QList<EditableField>> OwnedLayerEditor::fields() const
{
    auto db = openAtlas(m_atlas, false);
    if (!db)
        return db.error();
    auto q = db.value()->prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) WHERE pk = 0 AND name <> ?"));
    if (!q)
        return q.error();
    q.value().bind(1, m_table).bind(2, QString::fromLatin1(kImportGeometryColumn));
    const QHash<QString, QStringList> choices = fieldChoices(*db.value(), m_table);
    QList<EditableField> out;
    while (q.value().step())
        out << EditableField{q.value().text(0), q.value().text(1), choices.value(q.value().text(0))};
    if (out.isEmpty() && !db.value()->hasTable(m_table))
        return core::Error{m_atlas, m_table, tr("no table of that name in the atlas")};
    return out;
}

core::Result<QString> OwnedLayerEditor::crs() const
{
    auto db = openAtlas(m_atlas, false);
    if (!db)
        return db.error();
    auto q = db.value()->prepare(QStringLiteral("SELECT srid FROM geometry_columns WHERE f_table_name = lower(?)"));
    if (!q || !q.value().bind(1, m_table).step())
        return core::Error{m_atlas, m_table, tr("the table has no geometry column")};
    return QStringLiteral("EPSG:%1").arg(q.value().integer(0));
}

core::Result<int> OwnedLayerEditor::columnType() const
{
    auto db = openAtlas(m_atlas, false);
    if (!db)
        return db.error();
    auto q = db.value()->prepare(QStringLiteral("SELECT geometry_type % 1000 FROM geometry_columns WHERE f_table_name = lower(?)"));
    if (!q || !q.value().bind(1, m_table).step())
        return core::Error{m_atlas, m_table, tr("the table has no geometry column")};
    return int(q.value().integer(0));
}

core::Result<bool> OwnedLayerEditor::holdsMultiParts() const
{
    auto type = columnType();
    if (!type)
        return type.error();
    return type.value() >= 4 && type.value() <= 7;
}

core::Result<EditableGeometry> OwnedLayerEditor::geometryKind() const
{
    auto type = columnType();
    if (!type)
        return type.error();
    return editableGeometryOf(type.value(), m_atlas, m_table);
}

core::Result<QString> OwnedLayerEditor::geometryExpression(SqliteDatabase& db, const QByteArray& wkb) const
{
    // A MULTI* column takes a single part as a multi of one; a single-part column
    // cannot take several parts (a bow tie repaired into two triangles).
    auto type = db.prepare(QStringLiteral("SELECT geometry_type % 1000 FROM geometry_columns WHERE f_table_name = lower(?)"));
    const int column = type && type.value().bind(1, m_table).step() ? int(type.value().integer(0)) : 0;
    quint32 wkbType = 0;
    if (wkb.size() >= 5)
        std::memcpy(&wkbType, wkb.constData() + 1, 4);
    if (column >= 4 && column <= 6)
        return QStringLiteral("CastToMulti(GeomFromWKB(?, ?))");
    if (column >= 1 && column <= 3 && wkbType % 1000 >= 4)
        return core::Error{m_atlas, m_table, tr("the geometry has several parts and the layer holds single ones")};
    return QStringLiteral("GeomFromWKB(?, ?)");
}

core::Result<qint64> OwnedLayerEditor::insert(const FeatureRecord& feature, bool repair) const
{
    auto checked = validatedGeometry(feature.wkb, repair, m_atlas, m_table);
    if (!checked)
        return checked.error();
    const QByteArray wkb = checked.value();
    auto db = openAtlas(m_atlas, true);
    if (!db)
        return db.error();
    SqliteDatabase& d = *db.value();
    auto srid = crs();
    if (!srid)
        return srid.error();
    qint64 fid = -1;
    auto status = d.transaction([&]() -> core::Status {
        QStringList names = {quoteIdentifier(QString::fromLatin1(kImportGeometryColumn))};
        auto expression = geometryExpression(d, wkb);
        if (!expression)
            return expression.error();
        QStringList marks = {expression.value()};
        if (feature.fid > 0) {
            names << quoteIdentifier(QString::fromLatin1(kImportFidColumn));
            marks << QStringLiteral("?");
        }
        for (auto it = feature.attributes.constBegin(); it != feature.attributes.constEnd(); ++it) {
            names << quoteIdentifier(it.key());
            marks << QStringLiteral("?");
        }
        auto q = d.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(quoteIdentifier(m_table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        if (!q)
            return core::Error{m_atlas, m_table, q.error().reason};
        int i = 1;
        q.value().bind(i++, wkb.isEmpty() ? QVariant() : QVariant(wkb));
        q.value().bind(i++, srid.value().mid(5).toInt());
        if (feature.fid > 0)
            q.value().bind(i++, feature.fid);
        for (auto it = feature.attributes.constBegin(); it != feature.attributes.constEnd(); ++it)
            q.value().bind(i++, it.value());
        q.value().step();
        if (!q.value().ok())
            return core::Error{m_atlas, m_table, q.value().errorString()};
        auto last = d.prepare(QStringLiteral("SELECT last_insert_rowid()"));
        fid = last && last.value().step() ? last.value().integer(0) : -1;
        return core::Done{};
    });
    if (!status)
        return status.error();
    return fid;
}

core::Result<FeatureRecord> OwnedLayerEditor::read(qint64 fid) const
{
    auto names = fields();
    if (!names)
        return names.error();
    auto db = openAtlas(m_atlas, false);
    if (!db)
        return db.error();
    QStringList columns = {QStringLiteral("AsBinary(%1)").arg(quoteIdentifier(QString::fromLatin1(kImportGeometryColumn)))};
    for (const EditableField& f : names.value())
        columns << quoteIdentifier(f.name);
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                               .arg(columns.join(QLatin1Char(',')), quoteIdentifier(m_table),
                                    quoteIdentifier(QString::fromLatin1(kImportFidColumn)))
                               .toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db.value()->handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return core::Error{m_atlas, m_table, db.value()->lastError()};
    sqlite3_bind_int64(stmt, 1, fid);
    if (sqlite3_step(stmt) != SQLITE_ROW) {
        sqlite3_finalize(stmt);
        return core::Error{m_atlas, m_table, tr("no feature %1").arg(fid)};
    }
    FeatureRecord record;
    record.fid = fid;
    if (sqlite3_column_type(stmt, 0) == SQLITE_BLOB)
        record.wkb = QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, 0)), sqlite3_column_bytes(stmt, 0));
    for (int i = 0; i < names.value().size(); ++i) {
        QVariant value;
        switch (sqlite3_column_type(stmt, i + 1)) {
        case SQLITE_INTEGER:
            value = qint64(sqlite3_column_int64(stmt, i + 1));
            break;
        case SQLITE_FLOAT:
            value = sqlite3_column_double(stmt, i + 1);
            break;
        case SQLITE_TEXT:
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i + 1)),
                                      sqlite3_column_bytes(stmt, i + 1));
            break;
        case SQLITE_BLOB:
            value = QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, i + 1)), sqlite3_column_bytes(stmt, i + 1));
            break;
        default:
            break;
        }
        record.attributes.insert(names.value()[i].name, value);
    }
    sqlite3_finalize(stmt);
    return record;
}

core::Status OwnedLayerEditor::replaceGeometry(qint64 fid, const QByteArray& geometry, bool repair) const
{
    auto checked = validatedGeometry(geometry, repair, m_atlas, m_table);
    if (!checked)
        return checked.error();
    const QByteArray wkb = checked.value();
    auto srid = crs();
    if (!srid)
        return srid.error();
    auto db = openAtlas(m_atlas, true);
    if (!db)
        return db.error();
    SqliteDatabase& d = *db.value();
    return d.transaction([&]() -> core::Status {
        auto expression = geometryExpression(d, wkb);
        if (!expression)
            return expression.error();
        auto q = d.prepare(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 = ?")
                               .arg(quoteIdentifier(m_table), quoteIdentifier(QString::fromLatin1(kImportGeometryColumn)),
                                    expression.value(), quoteIdentifier(QString::fromLatin1(kImportFidColumn))));
        if (!q)
            return core::Error{m_atlas, m_table, q.error().reason};
        q.value().bind(1, wkb.isEmpty() ? QVariant() : QVariant(wkb)).bind(2, srid.value().mid(5).toInt()).bind(3, fid);
        q.value().step();
        if (!q.value().ok())
            return core::Error{m_atlas, m_table, q.value().errorString()};
        if (sqlite3_changes(d.handle()) != 1)
            return core::Error{m_atlas, m_table, tr("no feature %1").arg(fid)};
        return core::Done{};
    });
}

core::Status OwnedLayerEditor::remove(qint64 fid) const
{
    auto db = openAtlas(m_atlas, true);
    if (!db)
        return db.error();
    SqliteDatabase& d = *db.value();
    return d.transaction([&]() -> core::Status {
        auto q = d.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                               .arg(quoteIdentifier(m_table), quoteIdentifier(QString::fromLatin1(kImportFidColumn))));
        if (!q)
            return q.error();
        q.value().bind(1, fid).step();
        if (!q.value().ok())
            return core::Error{m_atlas, m_table, q.value().errorString()};
        return core::Done{};
    });
}

core::Result<qint64> OwnedLayerEditor::count() const
{
    auto db = openAtlas(m_atlas, false);
    if (!db)
        return db.error();
    auto q = db.value()->prepare(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(m_table)));
    if (!q || !q.value().step())
        return core::Error{m_atlas, m_table, db.value()->lastError()};
    return q.value().integer(0);
}

}  // namespace atlas::gis
