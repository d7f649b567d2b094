#include "gis/formats/vector_import.h"

#include "core/model/translate.h"
#include "core/model/default_styles.h"
#include "gis/datasource/gdal_environment.h"
#include "gis/formats/import_plan.h"
#include "gis/formats/ogr_row_reader.h"
#include "gis/formats/spatialite_table_writer.h"
#include "gis/formats/srid_registry.h"
#include "gis/store/sqlite_database.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <thread>

namespace atlas::gis {
namespace {

struct SourceDataset {
    GDALDatasetH handle = nullptr;
    QString driver;
    QString encoding;  // what the rows are decoded from; empty: UTF-8 or else Latin-1
    ~SourceDataset()
    {
        if (handle)
            GDALClose(handle);
    }
};

// A shapefile that says nothing of its encoding (no .cpg, no DBF code page): GDAL
// would assume Latin-1; we read the bytes and take UTF-8 when they are UTF-8.
bool shapefileWithoutEncoding(const QString& path)
{
    const QFileInfo fi(path);
    const QString base = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
    for (const char* ext : {".cpg", ".CPG"})
        if (QFileInfo::exists(base + QLatin1String(ext)))
            return false;
    for (const char* ext : {".dbf", ".DBF"}) {
        QFile dbf(base + QLatin1String(ext));
        if (dbf.open(QIODevice::ReadOnly)) {
            const QByteArray head = dbf.read(32);
            return head.size() < 30 || head.at(29) == 0;
        }
    }
    return true;
}

core::Result<std::unique_ptr<SourceDataset>> openSource(const VectorImportRequest& request)
{
    const QString& path = request.sourcePath;
    const QFileInfo fi(path);
    if (!fi.exists())
        return core::Error{path, {}, tr("file not found")};
    if (fi.isFile() && !fi.isReadable())
        return core::Error{path, {}, tr("permission denied")};
    if (fi.isFile() && fi.size() == 0)
        return core::Error{path, {}, tr("the file is empty (0 bytes)")};
    ensureGdalReady();
    const QByteArray utf8Path = path.toUtf8();
    GDALDriverH driver = GDALIdentifyDriverEx(utf8Path.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    const QString driverName = driver ? QString::fromUtf8(GDALGetDriverShortName(driver)) : QString();
    auto source = std::make_unique<SourceDataset>();
    QStringList options;
    if (driverName == QLatin1String("ESRI Shapefile")) {
        if (!request.encoding.isEmpty())
            options << QStringLiteral("ENCODING=") + request.encoding;
        else if (shapefileWithoutEncoding(path))
            options << QStringLiteral("ENCODING=");
    } else {
        source->encoding = request.encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
                               ? QString()
                               : request.encoding;
    }
    if (!source->encoding.isEmpty() && !QStringDecoder(source->encoding.toUtf8().constData()).isValid())
        return core::Error{path, {}, tr("unknown character encoding: %1").arg(source->encoding)};
    GdalErrorCapture errors;
    source->handle = openGdalDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, options);
    if (!source->handle) {
        const QString detail = errors.lastError();
        return core::Error{path, {},
                           detail.isEmpty() ? tr("not a geographic file: no GDAL driver recognises its format")
                                            : tr("cannot be read: %1").arg(detail)};
    }
    source->driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(source->handle)));
    return source;
}

core::Result<QList<OGRLayerH>> chooseLayers(const VectorImportRequest& request, GDALDatasetH ds)
{
    QList<OGRLayerH> vector;
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
        OGRLayerH l = GDALDatasetGetLayer(ds, i);
        if (OGR_L_GetGeomType(l) != wkbNone) {
            vector << l;
            names << QString::fromUtf8(OGR_L_GetName(l));
        }
    }
    if (vector.isEmpty())
        return core::Error{request.sourcePath, {}, tr("the file has no layer with geometries")};
    QStringList wanted = request.layers;
    if (!request.sourceLayer.isEmpty())
        wanted.prepend(request.sourceLayer);
    if (request.allLayers)
        return vector;
    if (wanted.isEmpty())
        return QList<OGRLayerH>{vector.first()};
    QList<OGRLayerH> chosen;
    for (const QString& name : wanted) {
        const qsizetype at = names.indexOf(name);
        if (at < 0)
            return core::Error{request.sourcePath, name,
                               tr("no vector layer of that name (the file has: %1)").arg(names.join(QStringLiteral(", ")))};
        if (!chosen.contains(vector[at]))
            chosen << vector[at];
    }
    return chosen;
}

struct SpatialReference {
    OGRSpatialReferenceH handle = nullptr;
    explicit SpatialReference(OGRSpatialReferenceH h) : handle(h)
    {
        if (handle)
            OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER);
    }
    ~SpatialReference()
    {
        if (handle)
            OSRDestroySpatialReference(handle);
    }
};

struct Transform {
    OGRCoordinateTransformationH handle = nullptr;
    ~Transform()
    {
        if (handle)
            OCTDestroyCoordinateTransformation(handle);
    }
};

// Copies one layer: a reading thread turns features into rows while this one writes them.
core::Status copyLayer(OGRLayerH layer, const ImportLayerPlan& plan, const RowReaderOptions& options,
                       SqliteDatabase& db, const VectorImportRequest& request, qint64& done, qint64 total,
                       ImportedLayer& imported)
{
    SpatialiteTableWriter writer(db, plan, request.sourcePath);
    if (auto s = writer.create(); !s)
        return s;
    OgrRowReader reader(layer, plan, options);
    BatchQueue queue(4);
    std::atomic<bool> stop = false;
    std::thread reading([&] {
        reader.run(queue, stop);
    });
    core::Status status = core::Done{};
    while (auto batch = queue.pop()) {
        if (request.cancel && request.cancel->load()) {
            status = core::Error{request.sourcePath, plan.sourceLayer, tr("import cancelled")};
            break;
        }
        if (auto s = writer.write(*batch); !s) {
            status = s;
            break;
        }
        done += batch->rows();
        if (request.progress)
            request.progress(done, total);
    }
    stop = true;
    queue.close();
    reading.join();
    if (!status)
        return status;
    if (reader.error())
        return *reader.error();
    if (request.cancel && request.cancel->load())
        return core::Error{request.sourcePath, plan.sourceLayer, tr("import cancelled")};
    if (auto s = writer.finish(reader.geometryClasses()); !s)
        return s;
    imported.featureCount = writer.rowsWritten();
    if (reader.latin1Texts() > 0)
        imported.warnings << QCoreApplication::translate("atlas::gis",
                                                         "%n text(s) were not UTF-8 and were read as Latin-1", nullptr,
                                int(qMin<qint64>(reader.latin1Texts(), INT_MAX)));
    return core::Done{};
}

}  // namespace

core::Result<QList<ImportedLayer>> importVectorLayers(const VectorImportRequest& request)
{
    auto source = openSource(request);
    if (!source)
        return source.error();
    GDALDatasetH ds = source.value()->handle;
    auto layers = chooseLayers(request, ds);
    if (!layers)
        return layers.error();

    std::unique_ptr<SpatialReference> target;
    if (!request.targetCrs.isEmpty()) {
        target = std::make_unique<SpatialReference>(OSRNewSpatialReference(nullptr));
        if (OSRSetFromUserInput(target->handle, request.targetCrs.toUtf8().constData()) != OGRERR_NONE)
            return core::Error{request.sourcePath, {}, tr("unknown CRS: %1").arg(request.targetCrs)};
    }

    QFile atlasFile(request.atlasPath);
    if (!atlasFile.open(QIODevice::ReadOnly) || !atlasFile.read(16).startsWith("SQLite format 3"))
        return core::Error{request.atlasPath, {}, tr("not an atlas")};
    atlasFile.close();
    auto opened = SqliteDatabase::open(request.atlasPath, SqliteDatabase::Mode::ReadWrite);
    if (!opened)
        return opened.error();
    SqliteDatabase& db = *opened.value();
    if (!db.hasTable(QStringLiteral("atlas_meta")) || !db.hasTable(QStringLiteral("spatial_ref_sys")))
        return core::Error{request.atlasPath, {}, tr("not an atlas: an SQLite file without atlas tables")};
    // This connection only: a big page cache keeps the R*Tree build in memory.
    db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const int maxColumns = sqlite3_limit(db.handle(), SQLITE_LIMIT_COLUMN, -1);

    qint64 total = 0;
    for (OGRLayerH l : layers.value()) {
        const qint64 n = OGR_L_GetFeatureCount(l, FALSE);
        total = (n < 0 || total < 0) ? -1 : total + n;
    }
    qint64 done = 0;
    QList<ImportedLayer> imported;
    const QString baseName = QFileInfo(request.sourcePath).completeBaseName();
    const bool several = layers.value().size() > 1;
    auto status = db.transaction([&]() -> core::Status {
        for (OGRLayerH layer : layers.value()) {
            ImportedLayer out;
            ImportLayerPlan plan;
            plan.sourceLayer = QString::fromUtf8(OGR_L_GetName(layer));
            plan.declaredType = int(OGR_L_GetGeomType(layer));
            plan.featureCount = OGR_L_GetFeatureCount(layer, FALSE);
            plan.lineNumbers = source.value()->driver == QLatin1String("CSV");
            QString name = plan.sourceLayer.isEmpty() ? baseName : plan.sourceLayer;
            if (!request.tableName.isEmpty())
                name = several ? request.tableName + QLatin1Char(' ') + name : request.tableName;
            plan.table = uniqueTableName(db, name);
            auto columns = planColumns(layer, maxColumns, request.sourcePath);
            if (!columns)
                return columns.error();
            plan.columns = columns.take();

            // CRS: the layer's, or WGS 84 for coordinates that can only be longitudes
            // and latitudes; then the requested one.
            const SpatialReference layerCrs(OGR_L_GetSpatialRef(layer) ? OSRClone(OGR_L_GetSpatialRef(layer)) : nullptr);
            OGRSpatialReferenceH sourceCrs = layerCrs.handle;
            std::unique_ptr<SpatialReference> assumed;
            if (!sourceCrs) {
                OGREnvelope env;
                const bool geographic = OGR_L_GetExtent(layer, &env, TRUE) != OGRERR_NONE ||
                                        (env.MinX >= -180 && env.MaxX <= 180 && env.MinY >= -90 && env.MaxY <= 90);
                if (geographic) {
                    assumed = std::make_unique<SpatialReference>(OSRNewSpatialReference(nullptr));
                    OSRImportFromEPSG(assumed->handle, 4326);
                    sourceCrs = assumed->handle;
                    out.warnings << tr("the layer has no CRS: its coordinates were read as WGS 84 longitudes "
                                       "and latitudes");
                } else if (target) {
                    return core::Error{request.sourcePath, plan.sourceLayer,
                                       tr("the layer has no CRS, so it cannot be transformed to %1")
                                           .arg(request.targetCrs)};
                } else {
                    out.warnings << tr("the layer has no CRS");
                }
            }
            Transform transform;
            if (target && sourceCrs && !OSRIsSame(sourceCrs, target->handle)) {
                transform.handle = OCTNewCoordinateTransformation(sourceCrs, target->handle);
                if (!transform.handle)
                    return core::Error{request.sourcePath, plan.sourceLayer,
                                       tr("no transformation to %1").arg(request.targetCrs)};
            }
            OGRSpatialReferenceH written = target ? target->handle : sourceCrs;
            if (written) {
                auto srid = ensureSrid(db, written);
                if (!srid)
                    return srid.error();
                plan.srid = srid.value();
            }
            RowReaderOptions options{request.sourcePath, source.value()->encoding, transform.handle};
            if (auto s = copyLayer(layer, plan, options, db, request, done, total, out); !s)
                return s;

            out.spec.name = name;
            out.spec.sourceLayer = plan.table;
            out.spec.kind = core::LayerKind::Vector;
            const OGRwkbGeometryType flat = wkbFlatten(OGR_L_GetGeomType(layer));
            out.spec.style = core::defaultLayerStyle(request.styleIndex + int(imported.size()),
                                                     flat == wkbPolygon || flat == wkbMultiPolygon);
            imported << out;
        }
        return core::Done{};
    });
    if (!status)
        return status.error();
    return imported;
}

core::Result<core::LayerSpec> importVectorLayer(const VectorImportRequest& request)
{
    VectorImportRequest one = request;
    one.layers.clear();
    one.allLayers = false;
    auto imported = importVectorLayers(one);
    if (!imported)
        return imported.error();
    return imported.value().first().spec;
}

core::Status dropImportedTables(const QString& atlasPath, const QStringList& tables)
{
    auto opened = SqliteDatabase::open(atlasPath, SqliteDatabase::Mode::ReadWrite);
    if (!opened)
        return opened.error();
    SqliteDatabase& db = *opened.value();
    return db.transaction([&]() -> core::Status {
        for (const QString& table : tables) {
            auto q = db.prepare(QStringLiteral("SELECT DropGeoTable(?)"));
            if (!q)
                return q.error();
            q.value().bind(1, table).step();
            if (db.hasTable(table))
                return core::Error{atlasPath, table, tr("the table cannot be removed: %1").arg(db.lastError())};
        }
        return core::Done{};
    });
}

QString uniqueTableName(const QString& atlasPath, const QString& wanted)
{
    auto db = SqliteDatabase::open(atlasPath, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return wanted;
    return uniqueTableName(*db.value(), wanted);
}

}  // namespace atlas::gis
