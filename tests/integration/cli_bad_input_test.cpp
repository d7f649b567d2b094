// Bad input through atlas-cli: a non-zero exit status, one line on stderr saying
// "atlas-cli: error: FILE: reason", and no output file left behind.

#include "cli_runner.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace atlas::test;

namespace {

// Exactly one stderr line, starting "atlas-cli: error: ", containing every `parts`.
void checkOneErrorLine(const CliResult& r, const QStringList& parts)
{
    INFO(r.describe());
    REQUIRE(r.finished);
    CHECK(r.exitCode != 0);
    const QStringList lines = r.errorLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(QStringLiteral("atlas-cli: error: ")));
    for (const QString& part : parts)
        CHECK(lines.first().contains(part));
}

// The error is the last stderr line (PROJ currently logs its own line before it).
void checkLastErrorLine(const CliResult& r, const QStringList& parts)
{
    INFO(r.describe());
    REQUIRE(r.finished);
    CHECK(r.exitCode != 0);
    const QStringList lines = r.errorLines();
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.last().startsWith(QStringLiteral("atlas-cli: error: ")));
    for (const QString& part : parts)
        CHECK(lines.last().contains(part));
}

struct BadFile {
    QString path;
    QString reason;
};

}  // namespace

TEST_CASE("atlas-cli refuses missing, empty and garbage files with one error line", "[cli][badinput]")
{
    TempDir dir;
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919) % 251);  // deterministic binary noise
    const QList<BadFile> files = {
        {dir.filePath(QStringLiteral("missing.geojson")), QStringLiteral("file not found")},
        {dir.writeFile(QStringLiteral("empty.gpkg"), {}), QStringLiteral("the file is empty")},
        {dir.writeFile(QStringLiteral("noise.gpkg"), garbage), QStringLiteral("not a geographic file")},
        {dir.writeFile(QStringLiteral("prose.geojson"), "Not JSON at all.\n"), QStringLiteral("not a geographic file")},
    };
    const QString atlas = dir.filePath(QStringLiteral("ok.atlas"));
    REQUIRE(runCli({QStringLiteral("new"), atlas}).exitCode == 0);

    for (const BadFile& f : files) {
        INFO("file " << QFileInfo(f.path).fileName().toStdString());
        const QString png = dir.filePath(QStringLiteral("out.png"));
        const QString expected = QStringLiteral("atlas-cli: error: %1: %2").arg(f.path, f.reason);

        CliResult r = runCli({QStringLiteral("render"), f.path, QStringLiteral("-o"), png});
        checkOneErrorLine(r, {expected});
        CHECK_FALSE(QFileInfo::exists(png));

        r = runCli({QStringLiteral("info"), f.path});
        checkOneErrorLine(r, {expected});

        r = runCli({QStringLiteral("import"), atlas, f.path});
        checkOneErrorLine(r, {expected});

        r = runCli({QStringLiteral("layer"), QStringLiteral("add"), atlas, f.path});
        checkOneErrorLine(r, {expected});
    }
    // Nothing was added to the atlas by the failed commands.
    const CliResult info = runCli({QStringLiteral("info"), atlas});
    CHECK(info.out.contains(QStringLiteral("layers: 0")));
}

TEST_CASE("atlas-cli refuses a non-atlas as an atlas", "[cli][badinput]")
{
    TempDir dir;
    const QString notAtlas = dir.writeFile(QStringLiteral("notes.atlas"), "shopping list\n");
    const CliResult r = runCli({QStringLiteral("import"), notAtlas, dataFile(QStringLiteral("nord_villes.geojson"))});
    checkOneErrorLine(r, {notAtlas, QStringLiteral("not an atlas")});
    CHECK(readAll(notAtlas) == QByteArray("shopping list\n"));

    const CliResult again = runCli({QStringLiteral("new"), notAtlas});
    checkOneErrorLine(again, {notAtlas, QStringLiteral("already exists")});
}

TEST_CASE("atlas-cli render validates --size", "[cli][badinput]")
{
    TempDir dir;
    const QString png = dir.filePath(QStringLiteral("out.png"));
    const char* size = GENERATE("0x100", "100x0", "100", "x100", "abcx10", "-5x10", "100x", "123456x10", "10 x 10");
    INFO("--size " << size);
    const CliResult r = runCli({QStringLiteral("render"), dataFile(QStringLiteral("nord_villes.geojson")),
                                QStringLiteral("-o"), png, QStringLiteral("--size"), QString::fromLatin1(size)});
    checkOneErrorLine(r, {QStringLiteral("--size must be WIDTHxHEIGHT")});
    CHECK_FALSE(QFileInfo::exists(png));
}

TEST_CASE("atlas-cli render validates --extent", "[cli][badinput]")
{
    TempDir dir;
    const QString png = dir.filePath(QStringLiteral("out.png"));
    const char* extent = GENERATE("1,2,3", "1,2,3,4,5", "a,b,c,d", "5,0,1,1", "0,5,1,1", "0,0,0,10", "nan,0,1,1");
    INFO("--extent " << extent);
    const CliResult r = runCli({QStringLiteral("render"), dataFile(QStringLiteral("nord_villes.geojson")),
                                QStringLiteral("-o"), png, QStringLiteral("--extent"), QString::fromLatin1(extent)});
    checkOneErrorLine(r, {QStringLiteral("--extent must be four numbers")});
    CHECK_FALSE(QFileInfo::exists(png));
}

TEST_CASE("atlas-cli reports usage errors on one line", "[cli][badinput]")
{
    TempDir dir;
    const QString villes = dataFile(QStringLiteral("nord_villes.geojson"));

    SECTION("render without -o")
    {
        checkOneErrorLine(runCli({QStringLiteral("render"), villes}), {QStringLiteral("missing -o")});
    }
    SECTION("render into an unknown CRS")
    {
        const QString png = dir.filePath(QStringLiteral("out.png"));
        const CliResult r = runCli({QStringLiteral("render"), villes, QStringLiteral("-o"), png,
                                    QStringLiteral("--crs"), QStringLiteral("EPSG:999999")});
        checkLastErrorLine(r, {QStringLiteral("unknown CRS 'EPSG:999999'")});
        CHECK_FALSE(QFileInfo::exists(png));
    }
    SECTION("new with an unknown CRS creates nothing")
    {
        const QString atlas = dir.filePath(QStringLiteral("x.atlas"));
        const CliResult r = runCli({QStringLiteral("new"), atlas, QStringLiteral("--crs"), QStringLiteral("EPSG:0")});
        checkLastErrorLine(r, {QStringLiteral("unknown CRS 'EPSG:0'")});
        CHECK_FALSE(QFileInfo::exists(atlas));
    }
    SECTION("an unknown command")
    {
        const CliResult r = runCli({QStringLiteral("paint")});
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(QStringLiteral("usage: atlas-cli")));
        CHECK(r.out.isEmpty());
    }
}
