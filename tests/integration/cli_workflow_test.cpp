// atlas-cli end to end: new, import, info, then render in two project CRSs and check
// that Lille is drawn where PROJ says it is.

#include "cli_runner.h"
#include "support/image_compare.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QImage>
#include <QRegularExpression>

using namespace atlas::test;

namespace {

struct Frame {
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};

// The "extent: x0,y0,x1,y1 (CRS)" line render prints.
Frame printedExtent(const QString& out, const QString& crs)
{
    const QRegularExpression re(QStringLiteral("^extent: ([-0-9.e+]+),([-0-9.e+]+),([-0-9.e+]+),([-0-9.e+]+) \\((.+)\\)$"),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    INFO("stdout: " << out.toStdString());
    REQUIRE(m.hasMatch());
    CHECK(m.captured(5) == crs);
    return {m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble()};
}

QPoint pixelOf(const Frame& f, QSize size, double x, double y)
{
    const double upp = (f.xMax - f.xMin) / size.width();
    return QPoint(int((x - f.xMin) / upp), int((f.yMax - y) / upp));
}

// Renders the atlas in `crs` and checks Lille's marker at its projected position.
void checkRenderIn(const TempDir& dir, const QString& atlas, const QString& crs, double lilleX, double lilleY)
{
    INFO("render in " << crs.toStdString());
    const QString png = dir.filePath(QStringLiteral("render-%1.png").arg(QString(crs).replace(QLatin1Char(':'), QLatin1Char('-'))));
    const CliResult r = runCli({QStringLiteral("render"), atlas, QStringLiteral("-o"), png, QStringLiteral("--crs"), crs,
                                QStringLiteral("--size"), QStringLiteral("640x480")});
    INFO(r.describe());
    REQUIRE(r.finished);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("rendered 1 layer(s), 10 feature(s)")));

    const Frame f = printedExtent(r.out, crs);
    CHECK(f.xMin < lilleX);
    CHECK(lilleX < f.xMax);
    CHECK(f.yMin < lilleY);
    CHECK(lilleY < f.yMax);
    // The frame spans Nord (about 115 km east-west, 95 km north-south), not degrees.
    CHECK(f.xMax - f.xMin > 100000);
    CHECK(f.xMax - f.xMin < 200000);

    const QImage image(png);
    REQUIRE(image.size() == QSize(640, 480));
    const QPoint lille = pixelOf(f, image.size(), lilleX, lilleY);
    const QRgb marker = image.pixel(lille);
    INFO("Lille at pixel " << lille.x() << "," << lille.y() << ": rgb " << qRed(marker) << "," << qGreen(marker)
                           << "," << qBlue(marker));
    CHECK(qBlue(marker) > qRed(marker) + 60);  // the first default style is blue
    CHECK(colourNear(image.pixel(2, 2), qRgb(255, 255, 255), 0));
}

}  // namespace

TEST_CASE("atlas-cli new, import, info and render in Lambert-93 and Belgian Lambert 72", "[cli]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("nord.atlas"));

    CliResult r = runCli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:2154"),
                          QStringLiteral("--title"), QStringLiteral("Nord")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("created")));
    CHECK(r.err.isEmpty());

    r = runCli({QStringLiteral("import"), atlas, dataFile(QStringLiteral("nord_villes.geojson")),
                QStringLiteral("--as"), QStringLiteral("Villes")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("as layer 'Villes'")));
    CHECK(r.err.isEmpty());

    r = runCli({QStringLiteral("info"), atlas});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("atlas: Nord")));
    CHECK(r.out.contains(QStringLiteral("layers: 1")));
    CHECK(r.out.contains(QStringLiteral("10 feature(s)")));

    // Reference positions of Lille: cs2cs EPSG:4326 -> EPSG:2154 / EPSG:31370.
    checkRenderIn(dir, atlas, QStringLiteral("EPSG:2154"), 704061.1459, 7059136.5895);
    checkRenderIn(dir, atlas, QStringLiteral("EPSG:31370"), 57217.6053, 147323.9110);
}

TEST_CASE("atlas-cli renders a GeoJSON file directly with a given extent and size", "[cli]")
{
    TempDir dir;
    const QString png = dir.filePath(QStringLiteral("villes.png"));
    const CliResult r = runCli({QStringLiteral("render"), dataFile(QStringLiteral("nord_villes.geojson")),
                                QStringLiteral("-o"), png, QStringLiteral("--crs"), QStringLiteral("EPSG:2154"),
                                QStringLiteral("--extent"), QStringLiteral("600000,6950000,800000,7150000"),
                                QStringLiteral("--size"), QStringLiteral("300x200")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QImage image(png);
    CHECK(image.size() == QSize(300, 200));
    // A square extent in a 3:2 image is widened around its centre, never cropped.
    const Frame f = printedExtent(r.out, QStringLiteral("EPSG:2154"));
    CHECK(f.xMin == Approx(550000));
    CHECK(f.xMax == Approx(850000));
    CHECK(f.yMin == Approx(6950000));
    CHECK(f.yMax == Approx(7150000));
}
