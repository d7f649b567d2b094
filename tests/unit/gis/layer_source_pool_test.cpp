// The render path's pool of opened layers: a source released by one frame serves the next
// while its file is unchanged, and a file changed in between is opened afresh.
#include "gis/datasource/layer_source_pool.h"
#include "gis_fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <gdal.h>
#include <ogr_api.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// Descriptors the process holds on `path` (GDAL's and our SQLite connections of each source).
int openDescriptors(const QString& path)
{
    int n = 0;
    for (const QFileInfo& fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files))
        n += fd.symLinkTarget() == QFileInfo(path).canonicalFilePath();
    return n;
}

qint64 countFeatures(const QString& path)
{
    auto source = gis::openPooledLayerSource(path, {}, core::LayerKind::Vector);
    REQUIRE(source);
    auto it = source.value()->features({});
    REQUIRE(it);
    qint64 n = 0;
    for (gis::Feature f; it->next(f);)
        ++n;
    return n;
}

// Adds a point at (10, 60), far from the others, the way another program would: through GDAL
// in update mode.
void addFarPoint(const QString& path)
{
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    REQUIRE(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(point, 0, 10, 60);
    OGR_F_SetGeometryDirectly(feature, point);
    CHECK(OGR_L_CreateFeature(layer, feature) == OGRERR_NONE);
    OGR_F_Destroy(feature);
    GDALClose(ds);
}

}  // namespace

TEST_CASE("Pooled layer sources are reused until their file changes", "[gis][datasource][pool]")
{
    TempDir dir;
    const QString places = dir.filePath(QStringLiteral("places.gpkg"));
    REQUIRE(writeGeoPackage(dir.writeFile(QStringLiteral("places.geojson"), placesGeoJson()), places));

    CHECK(countFeatures(places) == 3);
    const int one = openDescriptors(places);  // released, the source waits in the pool, still open
    CHECK(one > 0);
    for (int frame = 0; frame < 5; ++frame) {
        CHECK(countFeatures(places) == 3);
        CHECK(openDescriptors(places) == one);  // the next frames use it: nothing more is opened
    }
    const gis::LayerSourcePoolCounts counts = gis::layerSourcePoolCounts();
    CHECK(countFeatures(places) == 3);
    CHECK(gis::layerSourcePoolCounts().reused == counts.reused + 1);
    CHECK(gis::layerSourcePoolCounts().opened == counts.opened);
    {  // two at once (a frame drawn in two parts): the second is a new one
        auto a = gis::openPooledLayerSource(places, {}, core::LayerKind::Vector);
        auto b = gis::openPooledLayerSource(places, {}, core::LayerKind::Vector);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(openDescriptors(places) == 2 * one);
    }

    // GDAL keeps a GeoPackage layer's extent from when it was opened: a source opened before
    // the change would not know the new point.
    addFarPoint(places);
    auto source = gis::openPooledLayerSource(places, {}, core::LayerKind::Vector);
    REQUIRE(source);
    CHECK(source.value()->extent().xMax == Approx(10));
    CHECK(source.value()->extent().yMax == Approx(60));
    CHECK(countFeatures(places) == 4);

    // Another file put in its place (a layer exported again over it) is opened afresh.
    const QString other = dir.filePath(QStringLiteral("other.gpkg"));
    REQUIRE(writeGeoPackage(dir.writeFile(QStringLiteral("zones.geojson"), zonesGeoJson()), other));
    REQUIRE(QFile::remove(places));
    REQUIRE(QFile::rename(other, places));
    CHECK(countFeatures(places) == 2);
}
