// Bad files given to probeFile and loadAtlas: each is refused with an Error naming the
// file and saying why, nothing crashes, and nothing is written to the file.

#include "gis/datasource/file_probe.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"
#include "gis_fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <algorithm>

using namespace atlas;
using namespace atlas::test;

namespace {

struct BadFile {
    QString path;
    QStringList probeReasons;  // probeFile's message must contain one of these
    QStringList loadReasons;   // loadAtlas's message must contain one of these
};

QString truncatedCopy(const TempDir& dir, const QString& source, const QString& name)
{
    QByteArray bytes = readAll(source);
    REQUIRE(bytes.size() > 1024);
    bytes.truncate(bytes.size() / 2);
    return dir.writeFile(name, bytes);
}

QString geoPackage(const TempDir& dir)
{
    const QString json = dir.writeFile(QStringLiteral("src/zones.geojson"), zonesGeoJson());
    const QString gpkg = dir.filePath(QStringLiteral("zones.gpkg"));
    REQUIRE(writeGeoPackage(json, gpkg));
    return gpkg;
}

void checkRefused(const core::Error& error, const QString& path, const QStringList& reasons)
{
    const QString message = error.message();
    INFO("message: " << message.toStdString());
    CHECK(message.contains(QFileInfo(path).fileName()));
    CHECK(std::any_of(reasons.begin(), reasons.end(),
                      [&](const QString& r) { return message.contains(r, Qt::CaseInsensitive); }));
}

}  // namespace

TEST_CASE("probeFile and loadAtlas refuse bad files with the file name and a reason", "[gis][badinput]")
{
    TempDir dir;
    QImage png(16, 16, QImage::Format_RGB32);
    png.fill(Qt::darkGreen);
    const QString pngPath = dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(png.save(pngPath));

    const QStringList notAtlas = {QStringLiteral("not an atlas")};
    const QStringList damaged = {QStringLiteral("damaged"), QStringLiteral("truncated"),
                                 QStringLiteral("malformed"), QStringLiteral("not an atlas")};
    const QList<BadFile> files = {
        {dir.filePath(QStringLiteral("missing.geojson")), {QStringLiteral("not found")}, {QStringLiteral("not found")}},
        {dir.writeFile(QStringLiteral("empty.gpkg"), {}), {QStringLiteral("empty")}, {QStringLiteral("empty")}},
        {truncatedCopy(dir, geoPackage(dir), QStringLiteral("half.gpkg")),
         {QStringLiteral("damaged"), QStringLiteral("truncated"), QStringLiteral("malformed")},
         damaged},
        {dir.writeFile(QStringLiteral("prose.geojson"), "Lille is a city in the north of France.\n"),
         {QStringLiteral("not a geographic file"), QStringLiteral("cannot be read")},
         notAtlas},
        {pngPath, {QStringLiteral("no georeferencing")}, notAtlas},
    };

    for (const BadFile& f : files) {
        INFO("file: " << QFileInfo(f.path).fileName().toStdString());
        const bool existed = QFileInfo::exists(f.path);
        const QString before = fileDigest(f.path);

        auto probed = gis::probeFile(f.path);
        REQUIRE_FALSE(probed.ok());
        checkRefused(probed.error(), f.path, f.probeReasons);

        auto loaded = gis::loadAtlas(f.path);
        REQUIRE_FALSE(loaded.ok());
        checkRefused(loaded.error(), f.path, f.loadReasons);

        CHECK(fileDigest(f.path) == before);
        CHECK(QFileInfo::exists(f.path) == existed);  // a missing file is not created
    }
}

TEST_CASE("A GeoPackage that is not an atlas is refused by loadAtlas and left as it was", "[gis][badinput]")
{
    TempDir dir;
    const QString gpkg = geoPackage(dir);
    const QString before = fileDigest(gpkg);
    REQUIRE(gis::probeFile(gpkg).ok());  // a good geographic file...
    CHECK_FALSE(gis::isAtlasFile(gpkg));

    auto loaded = gis::loadAtlas(gpkg);  // ...but not an atlas
    REQUIRE_FALSE(loaded.ok());
    checkRefused(loaded.error(), gpkg, {QStringLiteral("not an atlas")});
    CHECK(fileDigest(gpkg) == before);

    const core::Status saved = gis::saveAtlas(gpkg, core::AtlasDocument{});
    REQUIRE_FALSE(saved.ok());
    CHECK(fileDigest(gpkg) == before);
}

TEST_CASE("A truncated atlas is reported as damaged", "[gis][badinput]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("whole.atlas"));
    REQUIRE(gis::createAtlas(atlas, core::AtlasDocument{}));
    const QString places = dir.writeFile(QStringLiteral("places.geojson"), placesGeoJson());
    REQUIRE(gis::importVectorLayer({atlas, places, {}, {}, 0}));
    const QString half = truncatedCopy(dir, atlas, QStringLiteral("half.atlas"));

    auto loaded = gis::loadAtlas(half);
    REQUIRE_FALSE(loaded.ok());
    checkRefused(loaded.error(), half, {QStringLiteral("damaged"), QStringLiteral("malformed")});
}

TEST_CASE("Importing a bad file leaves the atlas without a new table", "[gis][badinput]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    REQUIRE(gis::createAtlas(atlas, core::AtlasDocument{}));
    const QString tablesBefore = sqlText(atlas, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const QString prose = dir.writeFile(QStringLiteral("prose.csv"), "");

    auto imported = gis::importVectorLayer({atlas, prose, {}, {}, 0});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message().contains(QStringLiteral("prose.csv")));
    CHECK(sqlText(atlas, QStringLiteral("SELECT count(*) FROM sqlite_master")) == tablesBefore);
}
