// RGB and RGBA GeoTIFFs (aerial photographs, scanned maps) drawn as they are: each quarter of a generated
// image keeps its colour, the alpha band and an RGB nodata value make pixels transparent, a frame in
// another CRS puts the colours at their place and leaves the outside empty, and overviews give the same
// colours to a coarse frame.

#include "gis/datasource/gdal_environment.h"
#include "gis/datasource/layer_source.h"
#include "gis/datasource/raster_overviews.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <gdal.h>
#include <ogr_srs_api.h>

#include <array>
#include <vector>

using namespace atlas;

namespace {

constexpr int kSize = 64;                            // pixels on each side
constexpr double kCell = 100;                        // metres
constexpr double kLeft = 650000, kTop = 7070000;     // Lambert-93, south-west of Cassel

// Quarters: red (north-west), green (north-east), blue (south-west), white (south-east).
std::array<unsigned char, 3> quarterColour(int col, int row, int size = kSize)
{
    const bool east = col >= size / 2, south = row >= size / 2;
    if (!south)
        return east ? std::array<unsigned char, 3>{0, 200, 0} : std::array<unsigned char, 3>{220, 0, 0};
    return east ? std::array<unsigned char, 3>{255, 255, 255} : std::array<unsigned char, 3>{0, 0, 210};
}

// The alpha of the RGBA file: the top 8 rows see-through, the next 8 half, the rest opaque.
unsigned char alphaOf(int row)
{
    return row < 8 ? 0 : row < 16 ? 128 : 255;
}

// An RGB (3 bands, black as nodata in a corner square) or RGBA (4 bands) Byte GeoTIFF of
// `size` pixels on each side, cells of kCell * kSize / size.
QString writeImage(const test::TempDir& dir, bool withAlpha, int size = kSize)
{
    const QString path = dir.filePath(withAlpha ? QStringLiteral("rgba.tif") : QStringLiteral("rgb.tif"));
    const int bands = withAlpha ? 4 : 3;
    gis::ensureGdalReady();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), size, size, bands,
                                 GDT_Byte, nullptr);
    REQUIRE(ds);
    const double cell = kCell * kSize / size;
    double gt[6] = {kLeft, cell, 0, kTop, 0, -cell};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 2154);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    for (int b = 0; b < bands; ++b) {
        std::vector<unsigned char> values(std::size_t(size) * size);
        for (int row = 0; row < size; ++row)
            for (int col = 0; col < size; ++col) {
                // The south-east corner (an eighth of each side) is black.
                const bool hole = !withAlpha && col >= size * 7 / 8 && row >= size * 7 / 8;
                values[std::size_t(row) * size + col] =
                    b == 3 ? alphaOf(row) : hole ? 0 : quarterColour(col, row, size)[b];
            }
        GDALRasterBandH band = GDALGetRasterBand(ds, b + 1);
        REQUIRE(GDALRasterIO(band, GF_Write, 0, 0, size, size, values.data(), size, size, GDT_Byte, 0, 0) == CE_None);
        GDALSetRasterColorInterpretation(band, GDALColorInterp(GCI_RedBand + b));
        if (!withAlpha)
            GDALSetRasterNoDataValue(band, 0);
    }
    GDALClose(ds);
    return path;
}

core::Extent fileExtent()
{
    return {kLeft, kTop - kSize * kCell, kLeft + kSize * kCell, kTop};
}

QImage draw(const QString& path, const core::Extent& extent, QSize size, const QString& crs = QStringLiteral("EPSG:2154"))
{
    auto source = gis::openLayerSource(path, {}, core::LayerKind::Raster);
    REQUIRE(source);
    const std::atomic<bool> cancel{false};
    auto image = source.value()->readImage(extent, size, crs, {}, &cancel);
    INFO((image ? QString() : image.error().message()).toStdString());
    REQUIRE(image);
    return image.value();
}

bool near(QRgb a, QRgb b, int delta = 2)
{
    return std::abs(qRed(a) - qRed(b)) <= delta && std::abs(qGreen(a) - qGreen(b)) <= delta &&
           std::abs(qBlue(a) - qBlue(b)) <= delta && std::abs(qAlpha(a) - qAlpha(b)) <= delta;
}

QRgb expected(int col, int row)
{
    const auto c = quarterColour(col, row);
    return qRgb(c[0], c[1], c[2]);
}

}  // namespace

TEST_CASE("an RGB GeoTIFF keeps its colours, its nodata pixels are transparent", "[raster][colour]")
{
    test::TempDir dir;
    const QString path = writeImage(dir, false);
    const QImage image = draw(path, fileExtent(), QSize(kSize, kSize));
    for (const auto& [col, row] : {std::pair{5, 5}, {40, 5}, {5, 40}, {40, 40}, {31, 31}, {32, 32}}) {
        INFO("pixel " << col << ", " << row);
        CHECK(near(image.pixel(col, row), expected(col, row)));
    }
    CHECK(qAlpha(image.pixel(60, 60)) == 0);  // the black corner is nodata
    CHECK(qAlpha(image.pixel(55, 55)) == 255);
}

TEST_CASE("an RGBA GeoTIFF's alpha band is drawn: see-through, half and opaque rows", "[raster][colour]")
{
    test::TempDir dir;
    const QString path = writeImage(dir, true);
    const QImage image = draw(path, fileExtent(), QSize(kSize, kSize));
    CHECK(qAlpha(image.pixel(5, 3)) == 0);
    const QRgb half = image.pixel(5, 12);  // premultiplied: colour scaled by its alpha
    CHECK(std::abs(qAlpha(half) - 128) <= 1);
    const QRgb colour = expected(5, 12);
    CHECK(near(qUnpremultiply(half), qRgba(qRed(colour), qGreen(colour), qBlue(colour), qAlpha(half)), 3));
    CHECK(near(image.pixel(5, 40), expected(5, 40)));
    CHECK(near(image.pixel(40, 20), expected(40, 20)));
}

TEST_CASE("an RGB GeoTIFF in a frame of another CRS: colours at their place, the outside empty", "[raster][colour]")
{
    test::TempDir dir;
    const QString path = writeImage(dir, false);
    // A longitude/latitude frame about twice the image (2.29-2.38°E, 50.67-50.72°N) each way.
    const core::Extent frame{2.25, 50.64, 2.43, 50.75};
    const QSize size(400, 200);
    const QImage image = draw(path, frame, size, QStringLiteral("EPSG:4326"));
    int opaque = 0, red = 0, blue = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            opaque += qAlpha(c) == 255;
            red += near(c, qRgb(220, 0, 0), 4);
            blue += near(c, qRgb(0, 0, 210), 4);
        }
    CHECK(qAlpha(image.pixel(0, 0)) == 0);  // outside the image
    CHECK(opaque > 1000);
    CHECK(opaque < size.width() * size.height() / 2);
    // Each quarter is there, the red one north of the blue one.
    REQUIRE(red > 100);
    REQUIRE(blue > 100);
    double redY = 0, blueY = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            redY += near(image.pixel(x, y), qRgb(220, 0, 0), 4) ? y : 0;
            blueY += near(image.pixel(x, y), qRgb(0, 0, 210), 4) ? y : 0;
        }
    CHECK(redY / red < blueY / blue);
}

TEST_CASE("a coarse frame of an RGB GeoTIFF read from its overviews keeps the colours", "[raster][colour][overviews]")
{
    test::TempDir dir;
    const QString path = writeImage(dir, false, 2048);
    const std::atomic<bool> cancel{false};
    REQUIRE(gis::buildOverviews(path, cancel));
    REQUIRE(gis::overviewCount(path) >= 3);
    const QImage image = draw(path, fileExtent(), QSize(kSize, kSize));
    for (const auto& [col, row] : {std::pair{5, 5}, {40, 5}, {5, 40}, {40, 40}}) {
        INFO("pixel " << col << ", " << row);
        CHECK(near(image.pixel(col, row), expected(col, row), 4));
    }
    CHECK(qAlpha(image.pixel(60, 60)) == 0);
}
