// atlas-cli layer new: a layer from a field schema appears in the atlas with its fields,
// takes exported round trips, and a malformed field spec fails with a one-line reason.

#include "cli_runner.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

using namespace atlas::test;

TEST_CASE("atlas-cli layer new creates an empty owned layer from a schema", "[cli][edit]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("plan.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:2154")}).exitCode == 0);

    CliResult r = runCli({QStringLiteral("layer"), QStringLiteral("new"), atlas, QStringLiteral("Haies plantées"),
                          QStringLiteral("--geometry"), QStringLiteral("line"), QStringLiteral("--field"),
                          QStringLiteral("essence:text"), QStringLiteral("--field"), QStringLiteral("longueur:real"),
                          QStringLiteral("--field"), QStringLiteral("etat:choice:jeune|adulte|vieille")});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("created layer 'Haies plantées'")));
    CHECK(r.out.contains(QStringLiteral("3 fields, EPSG:2154")));

    r = runCli({QStringLiteral("info"), atlas});
    INFO(r.describe());
    CHECK(r.out.contains(QStringLiteral("Haies plantées")));
    CHECK(r.out.contains(QStringLiteral("0 feature(s)")));

    // An empty layer still exports, with its fields.
    const QString out = dir.filePath(QStringLiteral("haies.gpkg"));
    r = runCli({QStringLiteral("export"), atlas, QStringLiteral("Haies plantées"), out});
    INFO(r.describe());
    CHECK(r.exitCode == 0);

    r = runCli({QStringLiteral("layer"), QStringLiteral("new"), atlas, QStringLiteral("Mauvais"), QStringLiteral("--geometry"),
                QStringLiteral("polygon"), QStringLiteral("--field"), QStringLiteral("hauteur:decimal")});
    INFO(r.describe());
    CHECK(r.exitCode != 0);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().contains(QStringLiteral("hauteur:decimal")));
    r = runCli({QStringLiteral("layer"), QStringLiteral("new"), atlas, QStringLiteral("Mauvais"), QStringLiteral("--geometry"),
                QStringLiteral("polygon"), QStringLiteral("--field"), QStringLiteral("etat:choice")});
    INFO(r.describe());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("no choices")));
    r = runCli({QStringLiteral("info"), atlas});
    CHECK_FALSE(r.out.contains(QStringLiteral("Mauvais")));
}
