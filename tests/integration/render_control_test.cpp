// atlas-cli render of the committed Nord fixture compared with a committed control
// image. A few antialiased edge pixels may differ between Qt/FreeType builds, so the
// test allows up to 1 % of pixels to differ by more than a small channel delta.
//
// To refresh the control after an intended change of the renderer or default styles:
//   ATLAS_UPDATE_CONTROL_IMAGES=1 ctest -R test_cli
// then LOOK at tests/data/control/*.png before committing (the test fails on purpose
// while updating, so that an update is never silent).

#include "cli_runner.h"
#include "support/image_compare.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFile>
#include <QImage>

using namespace atlas::test;

namespace {

constexpr int kChannelDelta = 24;
constexpr double kMaxDifferingFraction = 0.01;

// An atlas in Lambert-93 with the three Nord layers, as a user would build it.
QString buildNordAtlas(const TempDir& dir)
{
    const QString atlas = dir.filePath(QStringLiteral("nord.atlas"));
    CliResult r = runCli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:2154")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    for (const char* name : {"nord_zones.geojson", "nord_routes.geojson", "nord_villes.geojson"}) {
        r = runCli({QStringLiteral("layer"), QStringLiteral("add"), atlas, dataFile(QString::fromLatin1(name))});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
    return atlas;
}

}  // namespace

TEST_CASE("atlas-cli render of the Nord fixture matches the control image", "[cli][render]")
{
    TempDir dir;
    const QString atlas = buildNordAtlas(dir);
    const QString actualPath = outputFile(QStringLiteral("render_nord_lambert93_actual.png"));
    const QString diffPath = outputFile(QStringLiteral("render_nord_lambert93_diff.png"));
    QFile::remove(actualPath);
    QFile::remove(diffPath);  // only a failing run leaves one
    const CliResult r = runCli({QStringLiteral("render"), atlas, QStringLiteral("-o"), actualPath,
                                QStringLiteral("--size"), QStringLiteral("480x360")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("rendered 3 layer(s), 18 feature(s)")));

    const QString controlPath = dataFile(QStringLiteral("control/nord_lambert93.png"));
    const QImage actual(actualPath);
    REQUIRE_FALSE(actual.isNull());
    if (qEnvironmentVariableIsSet("ATLAS_UPDATE_CONTROL_IMAGES")) {
        REQUIRE(actual.save(controlPath, "PNG"));
        FAIL("control image updated: " << controlPath.toStdString() << " - look at it, then commit it");
    }

    const QImage control(controlPath);
    INFO("control: " << controlPath.toStdString() << "\nactual: " << actualPath.toStdString());
    REQUIRE_FALSE(control.isNull());
    const ImageDiff diff = compareImages(actual, control, kChannelDelta);
    REQUIRE(diff.sameSize);
    if (diff.fraction() > kMaxDifferingFraction) {
        diff.diff.save(diffPath, "PNG");
        FAIL(diff.differing << " of " << diff.total << " pixels differ by more than " << kChannelDelta
                            << " per channel (" << 100 * diff.fraction() << " %, allowed "
                            << 100 * kMaxDifferingFraction << " %); diff image: " << diffPath.toStdString());
    }
    CHECK(diff.fraction() <= kMaxDifferingFraction);
}
