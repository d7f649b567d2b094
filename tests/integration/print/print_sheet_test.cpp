// Map sheets written to PDF and PNG, read back as a reader would: poppler counts the
// pages and measures them, pdftoppm renders the page, and the map frame must hold the
// layers' colours while the page around it is mostly paper.

#include "gis/print/print_sheet.h"
#include "gis/print/sheet_layout.h"
#include "pdf_probe.h"
#include "support/fixture_files.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QProcess>

using namespace atlas;
using namespace atlas::test;

namespace {

const QColor kRed(220, 30, 30);

// A red square zone, a green road and two blue places, in degrees around Lille.
struct SheetScene {
    TempDir dir;
    QList<gis::RenderLayer> layers;
    gis::PrintOptions options;

    SheetScene()
    {
        using namespace geojson;
        const QString zones = dir.writeFile(
            QStringLiteral("zones.geojson"),
            featureCollection({feature(polygon({{{2.9, 50.55}, {3.2, 50.55}, {3.2, 50.7}, {2.9, 50.7}, {2.9, 50.55}}}))}));
        const QString roads = dir.writeFile(QStringLiteral("roads.geojson"),
                                            featureCollection({feature(lineString({{2.8, 50.5}, {3.3, 50.75}}))}));
        const QString places =
            dir.writeFile(QStringLiteral("places.geojson"),
                          featureCollection({feature(point({3.06, 50.63})), feature(point({3.17, 50.69}))}));
        core::LayerStyle red;
        red.fill = kRed;
        red.stroke = kRed;
        core::LayerStyle green;
        green.stroke = QColor(0, 150, 0);
        green.strokeWidth = 3;
        core::LayerStyle blue;
        blue.fill = QColor(0, 0, 220);
        blue.markerSize = 10;
        layers = {{QStringLiteral("Zones"), zones, {}, core::LayerKind::Vector, red},
                  {QStringLiteral("Routes"), roads, {}, core::LayerKind::Vector, green},
                  {QStringLiteral("Lieux"), places, {}, core::LayerKind::Vector, blue}};
        options.title = QStringLiteral("Métropole lilloise");
        options.subtitle = QStringLiteral("Zones, routes et lieux");
        options.attribution = QStringLiteral("Sources : test fixtures, CC BY 4.0");
        options.crs = QStringLiteral("EPSG:2154");
        options.extent = {690000, 7045000, 725000, 7075000};  // Lille in Lambert-93
        options.inset = true;
    }
};

// The map frame of `options` on a page image of `dpi`, shrunk by 2 mm from its border.
QRect mapArea(const gis::PrintOptions& o, int dpi)
{
    const gis::SheetLayout l =
        gis::layoutSheet(gis::pageSizeMm(o.paper, o.orientation), !o.subtitle.isEmpty(), o.legend, 3);
    const QRectF mm = l.map.adjusted(2, 2, -2, -2);
    const double s = dpi / 25.4;
    return QRectF(mm.topLeft() * s, mm.size() * s).toRect();
}

int redPixels(const QImage& image, const QRect& area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 180 && c.green() < 90 && c.blue() < 90;
        }
    return n;
}

}  // namespace

TEST_CASE("a map sheet PDF has one page of the paper size, with the map on it", "[print]")
{
    SheetScene scene;
    struct Case {
        gis::PaperSize paper;
        gis::PaperOrientation orientation;
        QSizeF points;
    };
    const Case cases[] = {{gis::PaperSize::A4, gis::PaperOrientation::Landscape, {841.89, 595.28}},
                          {gis::PaperSize::A3, gis::PaperOrientation::Portrait, {841.89, 1190.55}}};
    for (const Case& c : cases) {
        scene.options.paper = c.paper;
        scene.options.orientation = c.orientation;
        scene.options.dpi = 150;  // the map image's resolution: keeps the test quick
        const QString pdf = scene.dir.filePath(gis::paperSizeName(c.paper) + QStringLiteral(".pdf"));
        std::vector<int> steps;
        const std::atomic<bool> cancel{false};
        const auto report = gis::printSheetToPdf(scene.layers, scene.options, pdf, cancel,
                                                 [&](int done, int, const QString&) { steps.push_back(done); });
        INFO(pdf.toStdString());
        REQUIRE(report.ok());
        CHECK(report.value().warnings.isEmpty());
        CHECK(report.value().featuresDrawn == 4);
        CHECK(report.value().scaleDenominator > 1000);
        CHECK(steps.size() >= 4);

        const PdfInfo info = pdfInfo(pdf);
        INFO(info.error.toStdString());
        REQUIRE(info.ok);
        CHECK(info.pages == 1);
        CHECK(info.pageSizePt.width() == Approx(c.points.width()).margin(1));
        CHECK(info.pageSizePt.height() == Approx(c.points.height()).margin(1));

        constexpr int kDpi = 50;
        QString error;
        const QImage page = renderPdfPage(pdf, kDpi, &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(page.isNull());
        const QSizeF mm = gis::pageSizeMm(c.paper, c.orientation);
        CHECK(page.width() == Approx(mm.width() * kDpi / 25.4).margin(2));
        // Not blank, not all ink: a sheet is mostly paper with a map on it.
        const double wholePage = inkCoverage(page, page.rect());
        CHECK(wholePage > 0.05);
        CHECK(wholePage < 0.9);
        // The map frame holds the zone's red and several other colours (roads, places).
        const QRect map = mapArea(scene.options, kDpi);
        CHECK(redPixels(page, map) > map.width() * map.height() / 50);
        CHECK(colourCount(page, map) >= 5);
        // Outside the map, title and legend are text: dark pixels in the title band.
        CHECK(inkCoverage(page, QRect(0, 0, page.width(), int(22 * kDpi / 25.4))) > 0.005);
    }
}

TEST_CASE("a map sheet PNG is 300 dpi paper size and says so", "[print]")
{
    SheetScene scene;
    scene.options.paper = gis::PaperSize::A4;
    scene.options.orientation = gis::PaperOrientation::Portrait;
    const QString png = scene.dir.filePath(QStringLiteral("sheet.png"));
    const std::atomic<bool> cancel{false};
    const auto report = gis::printSheetToPng(scene.layers, scene.options, png, cancel);
    REQUIRE(report.ok());
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(2480, 3508));
    CHECK(image.dotsPerMeterX() == qRound(300 / 0.0254));
    const QRect map = mapArea(scene.options, 300);
    CHECK(redPixels(image, map) > map.width() * map.height() / 50);
    image.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/print_sheet_a4_portrait.png"));
}

TEST_CASE("a cancelled or impossible print writes nothing and says why", "[print]")
{
    SheetScene scene;
    const QString pdf = scene.dir.filePath(QStringLiteral("sheet.pdf"));
    const std::atomic<bool> cancelled{true};
    const auto c = gis::printSheetToPdf(scene.layers, scene.options, pdf, cancelled);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().reason.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    const std::atomic<bool> go{false};
    scene.options.extent = core::Extent::null();
    const auto empty = gis::printSheetToPdf(scene.layers, scene.options, pdf, go);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().reason.contains(QStringLiteral("empty")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    scene.options.extent = {690000, 7045000, 725000, 7075000};
    const auto unwritable = gis::printSheetToPdf(scene.layers, scene.options,
                                                 scene.dir.filePath(QStringLiteral("no/such/dir/sheet.pdf")), go);
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().file.endsWith(QStringLiteral("sheet.pdf")));
}

TEST_CASE("a layer that cannot be read is a warning; the sheet is still printed", "[print]")
{
    SheetScene scene;
    scene.layers << gis::RenderLayer{QStringLiteral("Gone"), scene.dir.filePath(QStringLiteral("gone.geojson")), {},
                                     core::LayerKind::Vector, {}};
    const QString pdf = scene.dir.filePath(QStringLiteral("sheet.pdf"));
    const std::atomic<bool> cancel{false};
    const auto report = gis::printSheetToPdf(scene.layers, scene.options, pdf, cancel);
    REQUIRE(report.ok());
    REQUIRE(report.value().warnings.size() == 1);
    CHECK(report.value().warnings[0].message().contains(QStringLiteral("Gone")));
    CHECK(pdfInfo(pdf).pages == 1);
}

TEST_CASE("the PDF keeps vector layers as vectors: no map image, sharp at any zoom, in the layers' colours", "[print]")
{
    SheetScene scene;
    scene.options.inset = false;  // the overview is the one map part still drawn as an image
    scene.options.dpi = 72;       // a raster map would be coarse at this resolution
    const QString pdf = scene.dir.filePath(QStringLiteral("vector.pdf"));
    const std::atomic<bool> cancel{false};
    const auto report = gis::printSheetToPdf(scene.layers, scene.options, pdf, cancel);
    REQUIRE(report.ok());
    CHECK(report.value().featuresDrawn == 4);

    // poppler lists the images the page holds: none (the layers are paths).
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(30000));
    REQUIRE(images.exitCode() == 0);
    const QStringList rows = QString::fromUtf8(images.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    INFO(rows.join('\n').toStdString());
    CHECK(rows.size() == 2);  // the two header lines, no image row

    // Rendered at 300 dpi, far above the 72 dpi given: the road is a clean green line and
    // the zone's edge goes from red to paper in a pixel or two.
    constexpr int kDpi = 300;
    QString error;
    const QImage page = renderPdfPage(pdf, kDpi, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(page.isNull());
    page.save(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/print_sheet_vector_300dpi.png"));
    const QRect map = mapArea(scene.options, kDpi);
    int green = 0;
    for (int y = map.top(); y <= map.bottom(); y += 2)
        for (int x = map.left(); x <= map.right(); x += 2) {
            const QColor c = page.pixelColor(x, y);
            green += c.green() > 120 && c.red() < 60 && c.blue() < 60;
        }
    CHECK(green > 200);
    CHECK(redPixels(page, map) > map.width() * map.height() / 50);
    // Across the zone's left edge (mid-height), count the pixels between red and paper.
    const int row = map.center().y();
    int firstRed = -1;
    for (int x = map.left(); x < map.right() && firstRed < 0; ++x) {
        const QColor c = page.pixelColor(x, row);
        if (c.red() > 180 && c.green() < 90 && c.blue() < 90)
            firstRed = x;
    }
    REQUIRE(firstRed > map.left());
    int blend = 0;
    for (int x = firstRed - 12; x < firstRed; ++x) {
        const QColor c = page.pixelColor(x, row);
        const bool paper = c.red() > 230 && c.green() > 230 && c.blue() > 230;
        blend += !paper;
    }
    CHECK(blend <= 4);  // a 72 dpi image scaled to 300 dpi would blur over ~4+ pixels
}
