// atlas-cli render of the committed Nord fixture compared with a committed control
// image. A few antialiased edge pixels may differ between Qt/FreeType builds, so the
// test allows up to 1 % of pixels to differ by more than a small channel delta.
//
// To refresh the control after an intended change of the renderer or default styles:
//   ATLAS_UPDATE_CONTROL_IMAGES=1 ctest -R test_cli
// then LOOK at tests/data/control/*.png before committing (the test fails on purpose
// while updating, so that an update is never silent).

#include "cli_runner.h"
#include "control_image.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFile>

using namespace atlas::test;

namespace {

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

    checkAgainstControl(actualPath, QStringLiteral("nord_lambert93.png"), diffPath);
}
