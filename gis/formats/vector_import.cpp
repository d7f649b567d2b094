#include "gis/formats/vector_import.h"

#include "core/model/default_styles.h"
#include "gis/datasource/file_probe.h"
#include "gis/datasource/gdal_environment.h"
#include "gis/store/sqlite_database.h"

#include <gdal.h>
#include <gdal_utils.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <vector>

namespace atlas::gis {

QString uniqueTableName(const QString& atlasPath, const QString& wanted)
{
    // Accents are dropped, not the letters: "Départements" gives "departements".
    QString base;
    for (const QChar c : wanted.normalized(QString::NormalizationForm_D).toLower())
        if (c.category() != QChar::Mark_NonSpacing)
            base += c;
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("_"));
    if (base.isEmpty() || base.front().isDigit())
        base.prepend(QStringLiteral("layer_"));
    auto db = SqliteDatabase::open(atlasPath, SqliteDatabase::Mode::ReadOnly);
    QString name = base;
    for (int i = 2; db && db.value()->hasTable(name); ++i)
        name = QStringLiteral("%1_%2").arg(base).arg(i);
    return name;
}

core::Result<core::LayerSpec> importVectorLayer(const VectorImportRequest& request)
{
    auto probed = probeFile(request.sourcePath);
    if (!probed)
        return probed.error();
    const LayerInfo* layer = nullptr;
    for (const LayerInfo& li : probed.value().layers)
        if (li.kind == core::LayerKind::Vector && (request.sourceLayer.isEmpty() || li.name == request.sourceLayer)) {
            layer = &li;
            break;
        }
    if (!layer)
        return core::Error{request.sourcePath, request.sourceLayer,
                           QCoreApplication::translate("atlas::gis", "no vector layer of that name")};

    const QString table = uniqueTableName(
        request.atlasPath, request.tableName.isEmpty() ? layer->name : request.tableName);
    GdalErrorCapture errors;
    GDALDatasetH src = openGdalDataset(request.sourcePath, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!src)
        return core::Error{request.sourcePath, {}, errors.lastError()};

    QStringList args = {QStringLiteral("-f"), QStringLiteral("SQLite"), QStringLiteral("-update"),
                        QStringLiteral("-nln"), table, QStringLiteral("-gt"), QStringLiteral("unlimited"),
                        QStringLiteral("-lco"), QStringLiteral("SPATIAL_INDEX=YES"),
                        QStringLiteral("-lco"), QStringLiteral("GEOMETRY_NAME=geom"), layer->name};
    if (layer->crs.isEmpty())
        args = QStringList{QStringLiteral("-a_srs"), QStringLiteral("EPSG:4326")} + args;
    std::vector<QByteArray> bytes;
    for (const QString& a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);

    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(request.atlasPath.toUtf8().constData(), nullptr, 1, &src,
                                           options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    const QString failure = errors.lastError();
    if (out)
        GDALClose(out);
    if (!out || !failure.isEmpty()) {
        // Leave nothing half-written behind.
        if (auto db = SqliteDatabase::open(request.atlasPath, SqliteDatabase::Mode::ReadWrite))
            db.value()->exec(QStringLiteral("SELECT DropGeoTable('%1')").arg(table));
        return core::Error{request.sourcePath, layer->name,
                           failure.isEmpty() ? QCoreApplication::translate("atlas::gis", "import failed") : failure};
    }

    core::LayerSpec spec;
    spec.name = layer->name.isEmpty() ? QFileInfo(request.sourcePath).completeBaseName() : layer->name;
    if (!request.tableName.isEmpty())
        spec.name = request.tableName;
    spec.sourceLayer = table;
    spec.kind = core::LayerKind::Vector;
    spec.style = core::defaultLayerStyle(request.styleIndex, layer->geometryType.contains(QLatin1String("Polygon")));
    return spec;
}

}  // namespace atlas::gis
