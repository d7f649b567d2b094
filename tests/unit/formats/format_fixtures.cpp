#include "format_fixtures.h"

#include "core/model/atlas_document.h"
#include "gis/datasource/gdal_environment.h"
#include "gis/store/atlas_store.h"
#include "gis/store/sqlite_database.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include <vector>

namespace atlas::test {

bool translate(const QString& source, const QString& target, const QStringList& args)
{
    gis::ensureGdalReady();
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!src)
        return false;
    gis::GdalArgv argv(args);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &src, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    if (!out)
        return false;
    GDALClose(out);
    return true;
}

QStringList sqlRows(const QString& databasePath, const QString& sql)
{
    auto db = gis::SqliteDatabase::open(databasePath, gis::SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return {QStringLiteral("<open failed: %1>").arg(db.error().message())};
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db.value()->handle(), sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {QStringLiteral("<prepare failed: %1>").arg(db.value()->lastError())};
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            row << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows << row.join(QLatin1Char('|'));
    }
    if (rc != SQLITE_DONE)
        rows << QStringLiteral("<step failed: %1>").arg(db.value()->lastError());
    sqlite3_finalize(stmt);
    return rows;
}

QString atlasSnapshot(const QString& atlasPath)
{
    QStringList parts;
    parts << sqlRows(atlasPath, QStringLiteral("SELECT uuid, name, source_layer, deleted FROM atlas_layers ORDER BY uuid"));
    parts << sqlRows(atlasPath, QStringLiteral("SELECT type, name FROM sqlite_master ORDER BY type, name"));
    parts << sqlRows(atlasPath, QStringLiteral("SELECT f_table_name FROM geometry_columns ORDER BY 1"));
    parts << sqlRows(atlasPath, QStringLiteral("PRAGMA integrity_check"));
    return parts.join(QLatin1Char('\n'));
}

LayerContent readLayer(const QString& path, const QString& layerName)
{
    gis::ensureGdalReady();
    LayerContent content;
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!ds) {
        content.error = QStringLiteral("cannot open ") + path;
        return content;
    }
    OGRLayerH layer = layerName.isEmpty() ? GDALDatasetGetLayer(ds, 0)
                                          : GDALDatasetGetLayerByName(ds, layerName.toUtf8().constData());
    if (!layer) {
        content.error = QStringLiteral("no layer ") + layerName;
        GDALClose(ds);
        return content;
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        content.fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    content.geometryType = QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(layer)));
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        OGRSpatialReferenceH clone = OSRClone(srs);
        OSRAutoIdentifyEPSG(clone);
        if (const char* code = OSRGetAuthorityCode(clone, nullptr))
            content.crs = QStringLiteral("EPSG:") + QString::fromLatin1(code);
        OSRDestroySpatialReference(clone);
    }
    content.count = 0;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        QStringList row;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            row << (OGR_F_IsFieldSetAndNotNull(f, i) ? QString::fromUtf8(OGR_F_GetFieldAsString(f, i))
                                                      : QStringLiteral("NULL"));
        content.values << row;
        QString wkt;
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            char* text = nullptr;
            OGR_G_ExportToIsoWkt(g, &text);
            wkt = QString::fromUtf8(text);
            CPLFree(text);
        }
        content.wkt << wkt;
        ++content.count;
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return content;
}

QByteArray wkbFromWkt(const char* wkt)
{
    OGRGeometryH g = nullptr;
    char* text = const_cast<char*>(wkt);
    REQUIRE(OGR_G_CreateFromWkt(&text, nullptr, &g) == OGRERR_NONE);
    QByteArray wkb(OGR_G_WkbSize(g), '\0');
    OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()));
    OGR_G_DestroyGeometry(g);
    return wkb;
}

QString newAtlas(const TempDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    REQUIRE(gis::createAtlas(path, core::AtlasDocument{}));
    return path;
}

}  // namespace atlas::test
