// The web bundle exporter: what it writes (page, CSP, library, data in lon/lat, tiles, zip),
// what it escapes, and what it refuses or leaves untouched.

#include "gis/datasource/layers_from_file.h"
#include "gis/formats/web_bundle_exporter.h"
#include "gis/formats/web_bundle_layer_writer.h"
#include "gis/formats/web_bundle_tiles.h"
#include "gis/store/atlas_store.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <unzip.h>

using namespace atlas;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/") + QLatin1String(name);
}

// An atlas in Lambert-93 referencing the Nord fixtures: zones, routes, 10 towns.
QString makeAtlas(const test::TempDir& dir, core::AtlasDocument& doc)
{
    doc.title = QStringLiteral("<img src=x onerror=alert(1)>");
    doc.crs = QStringLiteral("EPSG:2154");
    for (const char* name : {"nord_zones.geojson", "nord_routes.geojson", "nord_villes.geojson"}) {
        auto specs = gis::layerSpecsFromFile(dataFile(name), int(doc.layers.size()));
        REQUIRE(specs.ok());
        doc.layers << specs.value();
    }
    const QString path = dir.filePath(QStringLiteral("nord.atlas"));
    REQUIRE(gis::createAtlas(path, doc).ok());
    return path;
}

// The Nord atlas and the options of a bundle beside it, for each test.
struct NordBundle {
    test::TempDir dir;
    core::AtlasDocument doc;
    QString atlas = makeAtlas(dir, doc);
    gis::WebBundleOptions options = [this] {
        gis::WebBundleOptions o;
        o.outputDir = dir.filePath(QStringLiteral("bundle"));
        return o;
    }();
};

gis::WebBundleReport exportOk(const core::AtlasDocument& doc, const QString& atlas, const gis::WebBundleOptions& o)
{
    const std::atomic<bool> never{false};
    auto report = gis::exportWebBundle(doc, atlas, o, {}, never);
    INFO((report.ok() ? QString() : report.error().message()).toStdString());
    REQUIRE(report.ok());
    return report.value();
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

}  // namespace

TEST_CASE("JSON strings are escaped so data text can never become markup or code", "[web]")
{
    CHECK(gis::jsonString(QStringLiteral("a\"b\\c")) == QByteArray(R"("a\"b\\c")"));
    CHECK(gis::jsonString(QStringLiteral("<img src=x onerror=alert(1)>")) ==
          QByteArray(R"("\u003cimg src=x onerror=alert(1)\u003e")"));
    CHECK(gis::jsonString(QStringLiteral("</script>&")) == QByteArray(R"("\u003c/script\u003e\u0026")"));
    CHECK(gis::jsonString(QString(QChar(0x2028)) + QChar(0x01)) == QByteArray(R"("\u2028\u0001")"));
    CHECK(gis::jsonString(QStringLiteral("Étang\n")) == QByteArray("\"\xc3\x89tang\\n\""));
}

TEST_CASE("XYZ tiles cover the extent asked for, rows counted from the north", "[web]")
{
    CHECK(gis::tilesCovering({-180, -85, 180, 85}, 0, 0).size() == 1);
    const auto lille = gis::tilesCovering({3.0573, 50.6292, 3.0573, 50.6292}, 10, 10);
    REQUIRE(lille.size() == 1);
    CHECK(lille.first().x == 520);  // as computed by the slippy-map formulas
    CHECK(lille.first().y == 344);
    CHECK(gis::tilesCovering({2.0, 50.3, 3.5, 51.4}, 6, 8).size() > 3);
    const core::Extent nw = gis::tileExtent({1, 0, 0});
    CHECK(nw.xMin == Approx(-20037508.34));
    CHECK(nw.xMax == Approx(0).margin(1e-6));
    CHECK(nw.yMax == Approx(20037508.34));
}

TEST_CASE("A bundle has the page, a strict CSP, the map library and the data in lon/lat", "[web]")
{
    NordBundle f;
    auto& [dir, doc, atlas, o] = f;
    o.author = QStringLiteral("Équipe <b>");
    o.zip = true;
    const gis::WebBundleReport r = exportOk(doc, atlas, o);
    CHECK(r.vectorLayers == 3);
    CHECK(r.features == 4 + 4 + 10);
    CHECK(r.tiledLayers == 0);

    const QByteArray index = test::readAll(o.outputDir + QStringLiteral("/index.html"));
    CHECK(index.contains("<title>&lt;img src=x onerror=alert(1)&gt;</title>"));
    CHECK(index.contains("content=\"default-src 'none'; script-src 'self';"));
    CHECK_FALSE(index.contains("https:"));  // no online source without the basemap
    CHECK_FALSE(index.contains("http:"));
    CHECK(QFileInfo(o.outputDir + QStringLiteral("/lib/leaflet.js")).size() > 100000);
    CHECK(QFileInfo::exists(o.outputDir + QStringLiteral("/lib/leaflet.markercluster.js")));
    CHECK(QFileInfo::exists(o.outputDir + QStringLiteral("/lib/LICENSE-leaflet.txt")));
    CHECK(QFileInfo::exists(o.outputDir + QStringLiteral("/lib/images/layers.png")));

    const QByteArray data = test::readAll(o.outputDir + QStringLiteral("/data/atlas-data.js"));
    CHECK(data.contains("window.ATLAS_DATA = {"));
    CHECK(data.contains(R"("title":"\u003cimg src=x onerror=alert(1)\u003e")"));
    CHECK(data.contains(R"("author":"Équipe \u003cb\u003e")"));
    CHECK(data.contains("[3.0573,50.6292]"));  // Lille, back in lon/lat from the GeoJSON
    CHECK(data.contains(R"("basemap":false)"));

    // The zip holds the same files under the bundle's folder name.
    unzFile zip = unzOpen64(QFile::encodeName(r.zipPath).constData());
    REQUIRE(zip);
    QStringList entries;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        char name[512];
        unz_file_info64 info;
        REQUIRE(unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK);
        entries << QString::fromUtf8(name);
    }
    unzClose(zip);
    entries.sort();
    QStringList expected;
    for (const QString& f : filesUnder(o.outputDir))
        expected << QStringLiteral("bundle/") + f;
    CHECK(entries == expected);
}

TEST_CASE("Layers above the feature limit become PNG tiles drawn by our renderer", "[web]")
{
    NordBundle f;
    auto& [dir, doc, atlas, o] = f;
    o.tilesAbove = 5;  // the 10 towns only
    o.minZoom = 8;
    o.maxZoom = 9;
    int lastDone = -1, lastTotal = 0;
    const std::atomic<bool> never{false};
    auto report = gis::exportWebBundle(doc, atlas, o, [&](int done, int total, const QString&) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    }, never);
    REQUIRE(report.ok());
    CHECK(report.value().tiledLayers == 1);
    CHECK(report.value().vectorLayers == 2);
    CHECK(lastDone == lastTotal);
    const QStringList tiles = filesUnder(o.outputDir + QStringLiteral("/tiles"));
    REQUIRE(tiles.size() == report.value().tiles);
    REQUIRE_FALSE(tiles.isEmpty());
    const QImage tile(o.outputDir + QStringLiteral("/tiles/") + tiles.first());
    CHECK(tile.size() == QSize(256, 256));
    const QByteArray data = test::readAll(o.outputDir + QStringLiteral("/data/atlas-data.js"));
    CHECK(data.contains(R"("type":"tiles")"));
    // Every tile the page may ask for exists; empty ones are neither written nor listed.
    const QString first = tiles.first().section(QLatin1Char('/'), 1).chopped(4);
    CHECK(data.contains('"' + first.toUtf8() + '"'));
}

TEST_CASE("The exporter refuses a folder that is not a bundle and replaces its own", "[web]")
{
    NordBundle f;
    auto& [dir, doc, atlas, o] = f;
    const QString mine = dir.writeFile(QStringLiteral("precious/thesis.txt"), "do not delete");
    o.outputDir = dir.filePath(QStringLiteral("precious"));
    const std::atomic<bool> never{false};
    auto refused = gis::exportWebBundle(doc, atlas, o, {}, never);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == o.outputDir);
    CHECK(refused.error().reason.contains(QStringLiteral("not a map bundle")));
    CHECK(test::readAll(mine) == "do not delete");

    o.outputDir = dir.filePath(QStringLiteral("bundle"));
    exportOk(doc, atlas, o);
    o.title = QStringLiteral("Second");
    exportOk(doc, atlas, o);
    CHECK(test::readAll(o.outputDir + QStringLiteral("/index.html")).contains("<title>Second</title>"));
    CHECK(QDir(dir.path()).entryList(QStringList{QStringLiteral("*.partial-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST_CASE("A cancelled export leaves nothing, and bad options are refused with the reason", "[web]")
{
    NordBundle f;
    auto& [dir, doc, atlas, o] = f;
    const std::atomic<bool> cancelled{true};
    auto r = gis::exportWebBundle(doc, atlas, o, {}, cancelled);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().reason.contains(QStringLiteral("cancelled")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() == 1);  // the atlas

    const std::atomic<bool> never{false};
    o.language = QStringLiteral("de");
    CHECK(gis::exportWebBundle(doc, atlas, o, {}, never).error().reason.contains(QStringLiteral("fr, nl or en")));
    o.language = QStringLiteral("nl");
    o.minZoom = 12;
    o.maxZoom = 9;
    CHECK(gis::exportWebBundle(doc, atlas, o, {}, never).error().reason.contains(QStringLiteral("zoom")));
    CHECK(gis::webBundleContentSecurityPolicy(true).contains(QStringLiteral("img-src 'self' data: https://tile.openstreetmap.org")));
    CHECK_FALSE(gis::webBundleContentSecurityPolicy(false).contains(QStringLiteral("https")));
}

TEST_CASE("Fiches that cannot be read are reported and the map is still written", "[web]")
{
    NordBundle f;
    auto& [dir, doc, atlas, o] = f;
    // The layers are files of their own; the atlas the fiches would come from is gone.
    const QString gone = dir.filePath(QStringLiteral("moved-away.atlas"));
    const std::atomic<bool> never{false};
    auto report = gis::exportWebBundle(doc, gone, o, {}, never);
    REQUIRE(report.ok());
    CHECK(report.value().vectorLayers == 3);
    // The publications come from the same atlas: both are named.
    REQUIRE(report.value().warnings.size() == 2);
    CHECK(report.value().warnings[0].startsWith(QStringLiteral("publications not exported: ") + gone));
    CHECK(report.value().warnings[1].startsWith(QStringLiteral("fiches not exported: ") + gone));
}
