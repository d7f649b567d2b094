// atlas-cli print end to end: an atlas made with new + import printed on A4 and A3,
// the PDF read back by poppler; the PNG at 300 dpi; bad options refused clearly.

#include "cli_runner.h"
#include "pdf_probe.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFileInfo>

using namespace atlas::test;

namespace {

// An atlas in Lambert-93 with the Nord towns, zones and roads fixtures.
QString makeAtlas(const TempDir& dir)
{
    const QString atlas = dir.filePath(QStringLiteral("nord.atlas"));
    CliResult r = runCli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:2154"),
                          QStringLiteral("--title"), QStringLiteral("Nord")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    for (const char* file : {"nord_zones.geojson", "nord_routes.geojson", "nord_villes.geojson"}) {
        r = runCli({QStringLiteral("import"), atlas, dataFile(QString::fromLatin1(file))});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
    return atlas;
}

}  // namespace

TEST_CASE("atlas-cli print writes a one-page PDF of the chosen paper", "[print][cli]")
{
    TempDir dir;
    const QString atlas = makeAtlas(dir);
    const QString pdf = dir.filePath(QStringLiteral("nord.pdf"));
    CliResult r = runCli({QStringLiteral("print"), atlas, pdf, QStringLiteral("--title"), QStringLiteral("Le Nord"),
                          QStringLiteral("--inset")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("printed 3 layer(s)")));
    CHECK(r.out.contains(QStringLiteral("A4 297x210 mm")));
    PdfInfo info = pdfInfo(pdf);
    REQUIRE(info.ok);
    CHECK(info.pages == 1);
    CHECK(info.pageSizePt.width() == Approx(841.89).margin(1));

    QString error;
    const QImage page = renderPdfPage(pdf, 40, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(page.isNull());
    CHECK(inkCoverage(page, page.rect()) > 0.05);
    // The middle of the sheet (inside the map frame) is drawn, in several colours.
    const QRect middle(page.width() / 4, page.height() / 3, page.width() / 4, page.height() / 3);
    CHECK(inkCoverage(page, middle) > 0.05);
    CHECK(colourCount(page, middle) >= 4);

    const QString a3 = dir.filePath(QStringLiteral("nord-a3.pdf"));
    r = runCli({QStringLiteral("print"), atlas, a3, QStringLiteral("--size"), QStringLiteral("A3"),
                QStringLiteral("--orientation"), QStringLiteral("portrait"), QStringLiteral("--dpi"),
                QStringLiteral("100")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    info = pdfInfo(a3);
    REQUIRE(info.ok);
    CHECK(info.pageSizePt.width() == Approx(841.89).margin(1));
    CHECK(info.pageSizePt.height() == Approx(1190.55).margin(1));
}

TEST_CASE("atlas-cli print --png writes the sheet at 300 dpi", "[print][cli]")
{
    TempDir dir;
    const QString atlas = makeAtlas(dir);
    const QString png = dir.filePath(QStringLiteral("nord.png"));
    const CliResult r = runCli({QStringLiteral("print"), atlas, png, QStringLiteral("--png")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QImage image(png);
    REQUIRE(image.size() == QSize(3508, 2480));
    CHECK(inkCoverage(image, QRect(800, 700, 800, 800)) > 0.05);
}

TEST_CASE("atlas-cli print refuses bad options and missing atlases, naming them", "[print][cli]")
{
    TempDir dir;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    CliResult r = runCli({QStringLiteral("print"), dir.filePath(QStringLiteral("none.atlas")), pdf});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("none.atlas")));
    const QString atlas = makeAtlas(dir);
    r = runCli({QStringLiteral("print"), atlas, pdf, QStringLiteral("--size"), QStringLiteral("Letter")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--size must be A4 or A3, not 'Letter'")));
    r = runCli({QStringLiteral("print"), atlas, pdf, QStringLiteral("--orientation"), QStringLiteral("up")});
    CHECK(r.err.contains(QStringLiteral("--orientation must be portrait or landscape")));
    r = runCli({QStringLiteral("print"), atlas});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(pdf));
}
