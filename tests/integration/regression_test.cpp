// atlas-cli regression tests for product bugs found while writing the suite.

#include "cli_runner.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

using namespace atlas::test;

TEST_CASE("An unknown CRS gives exactly one error line on stderr", "[cli][regression]")
{
    // crs_catalog.cpp's CrsQuery creates a PROJ context without silencing its logger,
    // so crsIsKnown() makes PROJ print "proj_create: crs not found" on stderr before
    // atlas-cli's own error line; scripts reading stderr get two lines.
    TempDir dir;
    const CliResult r = runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("x.atlas")),
                                QStringLiteral("--crs"), QStringLiteral("EPSG:999999")});
    INFO(r.describe());
    CHECK(r.exitCode != 0);
    CHECK(r.errorLines() == QStringList{QStringLiteral("atlas-cli: error: unknown CRS 'EPSG:999999'")});
}
