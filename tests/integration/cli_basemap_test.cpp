// atlas-cli layer add-basemap: a tile service on loopback and a preset, listed by info,
// drawn by render with its attribution; bad options refused with the reason.

#include "cli_runner.h"
#include "support/image_compare.h"
#include "support/loopback_tile_server.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QImage>

using namespace atlas::test;

TEST_CASE("atlas-cli adds a WMTS layer in Lambert-93 and renders its tiles", "[cli][basemap][wmts]")
{
    TempDir dir;
    qputenv("ATLAS_TILE_CACHE", dir.makeDir(QStringLiteral("cache")).toUtf8());
    const QColor colour(60, 160, 90);
    LoopbackTileServer server(colour);
    REQUIRE(server.isListening());
    const QString atlas = dir.filePath(QStringLiteral("wmts.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas}).exitCode == 0);
    CliResult r = runCli({QStringLiteral("layer"), QStringLiteral("add-basemap"), atlas, QStringLiteral("--wmts"),
                          server.wmtsCapabilitiesUrl(), QStringLiteral("--layer"), QStringLiteral("plan"),
                          QStringLiteral("--attribution"), QStringLiteral("© Plan local")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("added basemap 'Plan de test' (© Plan local)")));
    r = runCli({QStringLiteral("layer"), QStringLiteral("add-basemap"), atlas, QStringLiteral("--wmts"),
                server.wmtsCapabilitiesUrl(), QStringLiteral("--layer"), QStringLiteral("ortho")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("layers: plan")));

    const QString png = dir.filePath(QStringLiteral("wmts.png"));
    r = runCli({QStringLiteral("render"), atlas, QStringLiteral("-o"), png, QStringLiteral("--extent"),
                QStringLiteral("694000,7050000,714000,7070000"), QStringLiteral("--size"), QStringLiteral("400x300")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(colourNear(QImage(png).pixel(200, 100), colour.rgba(), 6));
    CHECK(server.tilesServed() > 0);
    qunsetenv("ATLAS_TILE_CACHE");
}

TEST_CASE("atlas-cli adds basemaps, lists them and renders the tiles with their credit", "[cli][basemap]")
{
    TempDir dir;
    qputenv("ATLAS_TILE_CACHE", dir.makeDir(QStringLiteral("cache")).toUtf8());
    const QColor colour(230, 200, 40);
    LoopbackTileServer server(colour);
    REQUIRE(server.isListening());
    const QString atlas = dir.filePath(QStringLiteral("fond.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas}).exitCode == 0);

    CliResult r = runCli({QStringLiteral("layer"), QStringLiteral("add-basemap"), atlas, QStringLiteral("--xyz"),
                          server.urlTemplate(), QStringLiteral("--attribution"), QStringLiteral("© Tuiles locales"),
                          QStringLiteral("--name"), QStringLiteral("Local"), QStringLiteral("--max-zoom"),
                          QStringLiteral("15")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("added basemap 'Local' (© Tuiles locales)")));
    // A preset is stored, then hidden: the test never reaches the internet.
    REQUIRE(runCli({QStringLiteral("layer"), QStringLiteral("add-basemap"), atlas, QStringLiteral("--preset"),
                    QStringLiteral("vl-grb")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("layer"), QStringLiteral("style"), atlas, QStringLiteral("GRB base map (Flanders)"),
                    QStringLiteral("--hide")}).exitCode == 0);

    r = runCli({QStringLiteral("info"), atlas});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("- Local: basemap ") + server.urlTemplate()));
    CHECK(r.out.contains(QStringLiteral("GRB base map (Flanders) (hidden): basemap https://")));
    CHECK(r.out.contains(QStringLiteral("attribution: © Digitaal Vlaanderen")));

    const QString png = dir.filePath(QStringLiteral("map.png"));
    r = runCli({QStringLiteral("render"), atlas, QStringLiteral("-o"), png, QStringLiteral("--extent"),
                QStringLiteral("694000,7050000,714000,7070000"), QStringLiteral("--size"), QStringLiteral("400x300")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    const QImage image(png);
    REQUIRE(image.size() == QSize(400, 300));
    CHECK(colourNear(image.pixel(200, 100), colour.rgba(), 6));
    CHECK(server.tilesServed() > 0);
    int credit = 0;  // the attribution's pixels in the bottom-right corner
    for (int y = 285; y < 300; ++y)
        for (int x = 300; x < 400; ++x)
            credit += !colourNear(image.pixel(x, y), colour.rgba(), 30);
    CHECK(credit > 300);
    image.save(outputFile(QStringLiteral("cli_basemap.png")));
    qunsetenv("ATLAS_TILE_CACHE");
}

TEST_CASE("atlas-cli layer add-basemap refuses what it cannot use, saying why", "[cli][basemap]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas}).exitCode == 0);
    const auto add = [&](const QStringList& options) {
        return runCli(QStringList{QStringLiteral("layer"), QStringLiteral("add-basemap"), atlas} + options);
    };
    CliResult r = add({QStringLiteral("--preset"), QStringLiteral("google")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("osm, ign-plan, ign-ortho, vl-grb, vl-ortho")));
    r = add({QStringLiteral("--xyz"), QStringLiteral("https://tiles.example/{z}/{x}.png")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("{y}")));
    r = add({QStringLiteral("--mbtiles"), dir.writeFile(QStringLiteral("x.mbtiles"), "text")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("x.mbtiles")));
    r = add({});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("--preset, --xyz, --wmts or --mbtiles")));
    r = add({QStringLiteral("--wmts"), QStringLiteral("https://wmts.example/capabilities.xml")});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("--layer")));
    r = runCli({QStringLiteral("info"), atlas});
    CHECK_FALSE(r.out.contains(QStringLiteral("basemap")));  // nothing was added
}
