#include "gis_fixtures.h"

#include "gis/datasource/gdal_environment.h"
#include "gis/store/sqlite_database.h"

#include <gdal.h>
#include <gdal_utils.h>

namespace atlas::test {

QByteArray zonesGeoJson()
{
    using namespace geojson;
    return featureCollection({
        feature(polygon({{{3.00, 50.60}, {3.12, 50.60}, {3.12, 50.68}, {3.00, 50.68}, {3.00, 50.60}},
                         {{3.04, 50.62}, {3.08, 50.62}, {3.08, 50.65}, {3.04, 50.65}, {3.04, 50.62}}}),
                R"({"name":"Lille","code":59350})"),
        feature(polygon({{{3.12, 50.66}, {3.22, 50.66}, {3.22, 50.74}, {3.12, 50.74}, {3.12, 50.66}}}),
                R"({"name":"Roubaix","code":59512})"),
    });
}

QByteArray placesGeoJson()
{
    using namespace geojson;
    return featureCollection({
        feature(point({kLilleLon, kLilleLat}), R"({"name":"Lille","population":236710})"),
        feature(point({2.3768, 51.0343}), R"({"name":"Dunkerque","population":86279})"),
        feature(point({3.5235, 50.3570}), R"({"name":"Valenciennes","population":43336})"),
    });
}

bool writeGeoPackage(const QString& source, const QString& target)
{
    gis::ensureGdalReady();
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!src)
        return false;
    char format[] = "-f", gpkg[] = "GPKG";
    char* argv[] = {format, gpkg, nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv, nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &src, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    if (!out)
        return false;
    GDALClose(out);
    return true;
}

QString sqlText(const QString& databasePath, const QString& sql)
{
    auto db = gis::SqliteDatabase::open(databasePath, gis::SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return QStringLiteral("<open failed: %1>").arg(db.error().message());
    auto q = db.value()->prepare(sql);
    if (!q)
        return QStringLiteral("<prepare failed: %1>").arg(q.error().message());
    if (!q.value().step())
        return QStringLiteral("<no row: %1>").arg(q.value().errorString());
    return q.value().text(0);
}

}  // namespace atlas::test
