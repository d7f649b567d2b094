// Overviews built on demand for a large raster: levels appear (external .ovr for a file
// opened read-only), progress reaches the end, and a cancel leaves nothing behind.

#include "gis/datasource/raster_overviews.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFile>
#include <gdal.h>

#include <vector>

using namespace atlas;

namespace {

// A 2048×1024 single-band GeoTIFF in Lambert-93 with a gradient.
QString writeGeoTiff(const test::TempDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("relief.tif"));
    GDALDriverH gtiff = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = GDALCreate(gtiff, path.toUtf8().constData(), 2048, 1024, 1, GDT_Byte, nullptr);
    REQUIRE(ds);
    double gt[6] = {700000, 10, 0, 7060000, 0, -10};
    GDALSetGeoTransform(ds, gt);
    std::vector<unsigned char> row(2048);
    for (int y = 0; y < 1024; ++y) {
        for (int x = 0; x < 2048; ++x)
            row[std::size_t(x)] = static_cast<unsigned char>((x + y) & 255);
        REQUIRE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, y, 2048, 1, row.data(), 2048, 1, GDT_Byte, 0, 0) ==
                CE_None);
    }
    GDALClose(ds);
    return path;
}

}  // namespace

TEST_CASE("overviews are built on demand with progress, and a cancel leaves none", "[raster][overviews]")
{
    GDALAllRegister();
    test::TempDir dir;
    const QString tif = writeGeoTiff(dir);
    REQUIRE(gis::overviewCount(tif) == 0);

    SECTION("built")
    {
        const std::atomic<bool> cancel{false};
        double last = -1;
        bool increasing = true;
        REQUIRE(gis::buildOverviews(tif, cancel, [&](double done) {
            increasing = increasing && done >= last;
            last = done;
        }));
        CHECK(increasing);
        CHECK(last == Approx(1.0));
        CHECK(gis::overviewCount(tif) == 3);  // 2, 4, 8: the smaller side stays above 128 pixels
        CHECK(QFile::exists(tif + QStringLiteral(".ovr")));
    }
    SECTION("cancelled at the first progress report")
    {
        std::atomic<bool> cancel{false};
        const core::Status s = gis::buildOverviews(tif, cancel, [&](double) { cancel = true; });
        REQUIRE_FALSE(s);
        CHECK(s.error().file == tif);
        CHECK(gis::overviewCount(tif) == 0);
        CHECK_FALSE(QFile::exists(tif + QStringLiteral(".ovr")));
    }
    SECTION("a file that is not a raster says so")
    {
        const std::atomic<bool> cancel{false};
        const QString text = dir.writeFile(QStringLiteral("notes.tif"), "not a tiff");
        const core::Status s = gis::buildOverviews(text, cancel);
        REQUIRE_FALSE(s);
        CHECK(s.error().file == text);
        CHECK(gis::overviewCount(text) == -1);
    }
}
