#include "gis/store/owned_layer_schema.h"

#include "core/model/translate.h"
#include "core/model/default_styles.h"
#include "gis/formats/import_plan.h"
#include "gis/formats/srid_registry.h"
#include "gis/store/sqlite_database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <ogr_srs_api.h>

namespace atlas::gis {
namespace {

constexpr std::pair<FieldKind, const char*> kKindNames[] = {
    {FieldKind::Text, "text"}, {FieldKind::Integer, "integer"}, {FieldKind::Real, "real"},
    {FieldKind::Date, "date"}, {FieldKind::Boolean, "boolean"}, {FieldKind::Choice, "choice"}};

QString sqlLiteral(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// The column definition; the declared types are those the attribute form reads.
QString columnDefinition(const NewField& field)
{
    const QString name = quoteIdentifier(field.name);
    switch (field.kind) {
    case FieldKind::Integer:
        return name + QStringLiteral(" INTEGER");
    case FieldKind::Real:
        return name + QStringLiteral(" REAL");
    case FieldKind::Date:
        return name + QStringLiteral(" DATE");
    case FieldKind::Boolean:
        return name + QStringLiteral(" BOOLEAN CHECK (%1 IN (0, 1))").arg(name);
    case FieldKind::Choice: {
        QStringList values;
        for (const QString& c : field.choices)
            values << sqlLiteral(c);
        return name + QStringLiteral(" TEXT CHECK (%1 IN (%2))").arg(name, values.join(QStringLiteral(", ")));
    }
    default:
        return name + QStringLiteral(" TEXT");
    }
}

QString geometryType(EditableGeometry geometry)
{
    // Multi lines and polygons: a drawn shape is stored as a multi of one, and splitting or
    // repairing can make several parts.
    switch (geometry) {
    case EditableGeometry::Line:
        return QStringLiteral("MULTILINESTRING");
    case EditableGeometry::Polygon:
        return QStringLiteral("MULTIPOLYGON");
    default:
        return QStringLiteral("POINT");
    }
}

}  // namespace

bool fieldKindFromName(const QString& name, FieldKind& kind)
{
    for (const auto& [k, n] : kKindNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0) {
            kind = k;
            return true;
        }
    return false;
}

QString fieldKindName(FieldKind kind)
{
    for (const auto& [k, n] : kKindNames)
        if (k == kind)
            return QLatin1String(n);
    return {};
}

QString checkNewLayer(const NewLayerRequest& request)
{
    if (request.name.trimmed().isEmpty())
        return tr("the layer needs a name");
    QSet<QString> seen = {QString::fromLatin1(kImportFidColumn), QString::fromLatin1(kImportGeometryColumn)};
    for (const NewField& f : request.fields) {
        const QString name = f.name.trimmed();
        if (name.isEmpty())
            return tr("a field has no name");
        if (seen.contains(name.toLower()))
            return tr("the field name “%1” is used twice or is reserved").arg(name);
        seen.insert(name.toLower());
        if (f.kind == FieldKind::Choice && f.choices.isEmpty())
            return tr("the choice field “%1” has no choices").arg(name);
    }
    return {};
}

core::Result<core::LayerSpec> createOwnedLayer(const NewLayerRequest& request)
{
    if (const QString problem = checkNewLayer(request); !problem.isEmpty())
        return core::Error{request.atlasPath, request.name, problem};
    OGRSpatialReferenceH crs = OSRNewSpatialReference(nullptr);
    const bool crsKnown = OSRSetFromUserInput(crs, request.crs.toUtf8().constData()) == OGRERR_NONE;
    auto opened = SqliteDatabase::open(request.atlasPath, SqliteDatabase::Mode::ReadWrite);
    if (!crsKnown || !opened) {
        OSRDestroySpatialReference(crs);
        return opened ? core::Error{request.atlasPath, request.name, tr("unknown CRS “%1”").arg(request.crs)}
                      : opened.error();
    }
    SqliteDatabase& db = *opened.value();
    core::LayerSpec spec;
    spec.name = request.name.trimmed();
    spec.kind = core::LayerKind::Vector;
    spec.style = core::defaultLayerStyle(request.styleIndex, request.geometry == EditableGeometry::Polygon);
    const core::Status status = db.transaction([&]() -> core::Status {
        auto srid = ensureSrid(db, crs);
        if (!srid)
            return srid.error();
        spec.sourceLayer = uniqueTableName(db, spec.name);
        const QString table = quoteIdentifier(spec.sourceLayer);
        QStringList columns = {quoteIdentifier(QString::fromLatin1(kImportFidColumn)) + QStringLiteral(" INTEGER PRIMARY KEY AUTOINCREMENT")};
        for (NewField f : request.fields) {
            f.name = f.name.trimmed();
            columns << columnDefinition(f);
        }
        const QStringList statements = {
            QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columns.join(QStringLiteral(", "))),
            QStringLiteral("SELECT AddGeometryColumn(%1, '%2', %3, '%4', 'XY')")
                .arg(sqlLiteral(spec.sourceLayer), QString::fromLatin1(kImportGeometryColumn))
                .arg(srid.value())
                .arg(geometryType(request.geometry)),
            QStringLiteral("SELECT CreateSpatialIndex(%1, '%2')").arg(sqlLiteral(spec.sourceLayer), QString::fromLatin1(kImportGeometryColumn)),
            QStringLiteral("CREATE TABLE IF NOT EXISTS atlas_field_choices (table_name TEXT NOT NULL, field_name TEXT "
                           "NOT NULL, choices TEXT NOT NULL, PRIMARY KEY (table_name, field_name))")};
        for (const QString& sql : statements)
            if (auto s = db.exec(sql); !s)
                return core::Error{request.atlasPath, spec.name, s.error().reason};
        auto registered = db.prepare(QStringLiteral("SELECT count(*) FROM geometry_columns WHERE f_table_name = lower(?)"));
        if (!registered || !registered.value().bind(1, spec.sourceLayer).step() || registered.value().integer(0) != 1)
            return core::Error{request.atlasPath, spec.name, tr("SpatiaLite did not register the geometry column")};
        // A dropped table of the same name may have left its lists behind.
        auto stale = db.prepare(QStringLiteral("DELETE FROM atlas_field_choices WHERE table_name = ?"));
        if (!stale)
            return stale.error();
        stale.value().bind(1, spec.sourceLayer).step();
        if (!stale.value().ok())
            return core::Error{request.atlasPath, spec.name, stale.value().errorString()};
        for (const NewField& f : request.fields) {
            if (f.kind != FieldKind::Choice)
                continue;
            auto q = db.prepare(QStringLiteral("INSERT INTO atlas_field_choices VALUES (?, ?, ?)"));
            if (!q)
                return q.error();
            q.value().bind(1, spec.sourceLayer).bind(2, f.name.trimmed()).bind(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.choices)).toJson(QJsonDocument::Compact)));
            q.value().step();
            if (!q.value().ok())
                return core::Error{request.atlasPath, spec.name, q.value().errorString()};
        }
        return core::Done{};
    });
    OSRDestroySpatialReference(crs);
    if (!status)
        return status.error();
    return spec;
}

QHash<QString, QStringList> fieldChoices(SqliteDatabase& db, const QString& table)
{
    QHash<QString, QStringList> choices;
    if (!db.hasTable(QStringLiteral("atlas_field_choices")))
        return choices;
    auto q = db.prepare(QStringLiteral("SELECT field_name, choices FROM atlas_field_choices WHERE table_name = ?"));
    if (!q)
        return choices;
    q.value().bind(1, table);
    while (q.value().step()) {
        QStringList list;
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value().text(1).toUtf8()).array())
            list << v.toString();
        choices.insert(q.value().text(0), list);
    }
    return choices;
}

}  // namespace atlas::gis
