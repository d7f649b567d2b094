#include "gis/formats/import_plan.h"

#include "gis/store/sqlite_database.h"

#include <ogr_api.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace atlas::gis {
namespace {

// Declared types as OGR's SQLite driver writes them, so that it reads back the same
// field types (dates stay dates, booleans stay booleans, lists stay lists).
QString sqlTypeFor(OGRFieldType type, OGRFieldSubType subType)
{
    switch (type) {
    case OFTInteger:
        return subType == OFSTBoolean ? QStringLiteral("BOOLEAN")
               : subType == OFSTInt16 ? QStringLiteral("SMALLINT")
                                      : QStringLiteral("INTEGER");
    case OFTInteger64:
        return QStringLiteral("BIGINT");
    case OFTReal:
        return subType == OFSTFloat32 ? QStringLiteral("FLOAT") : QStringLiteral("REAL");
    case OFTDate:
        return QStringLiteral("DATE");
    case OFTTime:
        return QStringLiteral("TIME");
    case OFTDateTime:
        return QStringLiteral("DATETIME");
    case OFTBinary:
        return QStringLiteral("BLOB");
    case OFTIntegerList:
        return QStringLiteral("JSONINTEGERLIST");
    case OFTInteger64List:
        return QStringLiteral("JSONINTEGER64LIST");
    case OFTRealList:
        return QStringLiteral("JSONREALLIST");
    case OFTStringList:
        return QStringLiteral("JSONSTRINGLIST");
    default:
        return subType == OFSTJSON ? QStringLiteral("JSON") : QStringLiteral("TEXT");
    }
}

}  // namespace

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

core::Result<QList<ImportColumn>> planColumns(OGRLayerH layer, int maxColumns, const QString& file)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int count = OGR_FD_GetFieldCount(defn);
    // The key and the geometry take two columns.
    if (count > maxColumns - 2)
        return core::Error{file, QString::fromUtf8(OGR_L_GetName(layer)),
                           QCoreApplication::translate("atlas::gis", "%1 attributes per feature: an atlas table "
                                                                     "holds at most %2")
                               .arg(count)
                               .arg(maxColumns - 2)};
    QSet<QString> taken = {QString::fromLatin1(kImportFidColumn), QString::fromLatin1(kImportGeometryColumn)};
    QList<ImportColumn> columns;
    for (int i = 0; i < count; ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        QString base = QString::fromUtf8(OGR_Fld_GetNameRef(field)).trimmed();
        if (base.isEmpty())
            base = QStringLiteral("field_%1").arg(i + 1);
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        taken.insert(name.toLower());
        const OGRFieldType type = OGR_Fld_GetType(field);
        const OGRFieldSubType sub = OGR_Fld_GetSubType(field);
        columns << ImportColumn{name, sqlTypeFor(type, sub), i, int(type), int(sub)};
    }
    return columns;
}

QString uniqueTableName(SqliteDatabase& db, const QString& wanted)
{
    // Accents are dropped, not the letters: "Départements" gives "departements".
    QString base;
    for (const QChar c : wanted.normalized(QString::NormalizationForm_D).toLower())
        if (c.category() != QChar::Mark_NonSpacing)
            base += c;
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    if (base.isEmpty() || base.front().isDigit())
        base.prepend(QStringLiteral("layer_"));
    // Names SQLite or SpatiaLite keep for themselves.
    if (base.startsWith(QLatin1String("sqlite_")) || base.startsWith(QLatin1String("idx_")) ||
        base.startsWith(QLatin1String("atlas_")) || base.startsWith(QLatin1String("spatial")) ||
        base.startsWith(QLatin1String("geometry_")) || base.startsWith(QLatin1String("views_")) ||
        base.startsWith(QLatin1String("virts_")))
        base.prepend(QStringLiteral("layer_"));
    auto exists = [&](const QString& name) {
        auto q = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE lower(name) = ?"));
        return q && q.value().bind(1, name).step();
    };
    QString name = base;
    for (int i = 2; exists(name); ++i)
        name = QStringLiteral("%1_%2").arg(base).arg(i);
    return name;
}

}  // namespace atlas::gis
