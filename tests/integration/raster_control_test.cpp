// A generated DEM styled through `atlas-cli layer style` (a shaded colour ramp, a hillshade) and rendered by
// `atlas-cli render`, compared with committed control images; bad raster options are refused with a reason.
//
// To refresh the controls after an intended change: ATLAS_UPDATE_CONTROL_IMAGES=1 ctest -R test_cli, then LOOK
// at tests/data/control/dem_*.png before committing.

#include "cli_runner.h"
#include "support/dem_fixture.h"
#include "control_image.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFile>

using namespace atlas::test;

namespace {

CliResult cli(const QStringList& args)
{
    const CliResult r = runCli(args);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    return r;
}

// An atlas in Lambert-93 holding the generated DEM.
QString demAtlas(const TempDir& dir)
{
    const QString tif = dir.filePath(QStringLiteral("relief.tif"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(Dem{}.write(tif, &error));
    const QString atlas = dir.filePath(QStringLiteral("relief.atlas"));
    cli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:2154")});
    cli({QStringLiteral("layer"), QStringLiteral("add"), atlas, tif});
    return atlas;
}

void compareWithControl(const QString& atlas, const QString& name)
{
    const QString actualPath = outputFile(QStringLiteral("render_%1_actual.png").arg(name));
    const QString diffPath = outputFile(QStringLiteral("render_%1_diff.png").arg(name));
    QFile::remove(actualPath);
    QFile::remove(diffPath);
    cli({QStringLiteral("render"), atlas, QStringLiteral("-o"), actualPath, QStringLiteral("--size"),
         QStringLiteral("240x240")});
    checkAgainstControl(actualPath, name + QStringLiteral(".png"), diffPath);
}

}  // namespace

TEST_CASE("a DEM in a shaded colour ramp matches its control image", "[cli][render][raster]")
{
    TempDir dir;
    const QString atlas = demAtlas(dir);
    const CliResult r = cli({QStringLiteral("layer"), QStringLiteral("style"), atlas, QStringLiteral("relief"),
                             QStringLiteral("--ramp"), QStringLiteral("Terrain"), QStringLiteral("--range"),
                             QStringLiteral("0,180"), QStringLiteral("--shade")});
    CHECK(r.out.contains(QStringLiteral("ramp Terrain of band 1 over 0 - 180 (shaded)")));
    compareWithControl(atlas, QStringLiteral("dem_ramp"));
}

TEST_CASE("a DEM hillshade matches its control image", "[cli][render][raster]")
{
    TempDir dir;
    const QString atlas = demAtlas(dir);
    const CliResult r = cli({QStringLiteral("layer"), QStringLiteral("style"), atlas, QStringLiteral("relief"),
                             QStringLiteral("--render"), QStringLiteral("hillshade"), QStringLiteral("--azimuth"),
                             QStringLiteral("300"), QStringLiteral("--z-factor"), QStringLiteral("2")});
    CHECK(r.out.contains(QStringLiteral("hillshade of band 1 (light from 300° at 45°, z-factor 2)")));
    compareWithControl(atlas, QStringLiteral("dem_hillshade"));
}

TEST_CASE("bad raster style options are refused with the reason", "[cli][raster]")
{
    TempDir dir;
    const QString atlas = demAtlas(dir);
    const QStringList style{QStringLiteral("layer"), QStringLiteral("style"), atlas, QStringLiteral("relief")};
    const std::pair<QStringList, QString> cases[] = {
        {{QStringLiteral("--render"), QStringLiteral("contour")}, QStringLiteral("--render must be auto, grey, ramp or hillshade")},
        {{QStringLiteral("--band"), QStringLiteral("2")}, QStringLiteral("--band must be from 1 to 1")},
        {{QStringLiteral("--range"), QStringLiteral("9,3")}, QStringLiteral("--range must be 'auto' or two numbers")},
        {{QStringLiteral("--altitude"), QStringLiteral("120")}, QStringLiteral("--altitude must be a number from 0 to 90")},
        {{QStringLiteral("--ramp"), QStringLiteral("Set2")}, QStringLiteral("is not a ramp for rasters")},
    };
    for (const auto& [options, reason] : cases) {
        const CliResult r = runCli(style + options);
        INFO(r.describe());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(reason));
    }
    // The atlas was not changed by the refusals: the layer still draws its own colours.
    const CliResult info = cli(style);
    CHECK(info.out.contains(QStringLiteral("its own colours")));
}
