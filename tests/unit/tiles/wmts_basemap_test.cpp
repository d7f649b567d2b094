// WMTS basemaps against a service on loopback whose tile matrix set is in Lambert-93: the capabilities are
// read, checked and kept when the layer is added, the layer is drawn through GDAL's WMTS driver (in the
// atlas CRS and reprojected into WGS 84), then drawn again from the kept capabilities and cached tiles
// with the service gone; it survives the atlas; bad capabilities and unknown layers are refused.

#include "gis/store/atlas_store.h"
#include "gis/tiles/basemap_layers.h"
#include "gis/tiles/wmts_capabilities.h"
#include "support/image_compare.h"
#include "support/loopback_tile_server.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "basemap_fixtures.h"

#include <QFile>

using namespace atlas;

namespace {

const QColor kTileColour(40, 120, 200);

}  // namespace

TEST_CASE("a WMTS layer in Lambert-93 is drawn, kept with its capabilities, and drawn offline", "[basemap][wmts]")
{
    test::TempDir dir;
    const QString cache = dir.makeDir(QStringLiteral("tile-cache"));
    test::LoopbackTileServer server(kTileColour);
    REQUIRE(server.isListening());

    auto layer = gis::wmtsBasemapLayer({}, server.wmtsCapabilitiesUrl(), QStringLiteral("plan"), {},
                                       QStringLiteral("© Test cartographers"), cache);
    INFO((layer ? QString() : layer.error().message()).toStdString());
    REQUIRE(layer);
    CHECK(layer.value().name == QStringLiteral("Plan de test"));  // the layer's title
    CHECK(layer.value().basemap.wmtsMatrixSet == QStringLiteral("LAMB93"));
    CHECK(QFile::exists(gis::cachedCapabilitiesPath(server.wmtsCapabilitiesUrl(), cache)));
    CHECK(server.capabilitiesServed() == 1);

    core::AtlasDocument doc;
    doc.crs = QStringLiteral("EPSG:2154");
    gis::insertBasemap(doc, layer.value());
    const QString atlas = dir.filePath(QStringLiteral("wmts.atlas"));
    REQUIRE(gis::createAtlas(atlas, doc));
    auto reopened = gis::loadAtlas(atlas);
    REQUIRE(reopened);
    CHECK(reopened.value().layers.first().basemap == layer.value().basemap);

    const gis::RenderResult first = test::renderDocument(reopened.value(), atlas, cache);
    INFO((first.errors.isEmpty() ? QString() : first.errors.first().message()).toStdString());
    CHECK(first.errors.isEmpty());
    CHECK(test::colourNear(test::centrePixel(first.image), kTileColour.rgba(), 6));
    CHECK(test::colourNear(first.image.pixel(3, 3), kTileColour.rgba(), 6));
    const int served = server.tilesServed();
    CHECK(served >= 1);
    CHECK(served <= 16);

    // The same service in a WGS 84 map: GDAL reprojects the Lambert-93 tiles.
    core::AtlasDocument geographic = reopened.value();
    geographic.crs = QStringLiteral("EPSG:4326");
    gis::MapSettings settings = test::lilleFrame();
    settings.crs = geographic.crs;
    settings.extent = {2.95, 50.58, 3.15, 50.68};
    const std::atomic<bool> cancel{false};
    const gis::RenderResult wgs84 = gis::renderMap(gis::renderLayersOf(geographic, atlas, cache), settings, cancel);
    CHECK(wgs84.errors.isEmpty());
    CHECK(test::colourNear(test::centrePixel(wgs84.image), kTileColour.rgba(), 6));

    // Offline: capabilities and tiles from the disk, nothing asked of the (stopped) service.
    const int tilesBefore = server.tilesServed();
    server.stop();
    const gis::RenderResult offline = test::renderDocument(reopened.value(), atlas, cache);
    CHECK(offline.errors.isEmpty());
    CHECK(test::colourNear(test::centrePixel(offline.image), kTileColour.rgba(), 6));
    CHECK(server.tilesServed() == tilesBefore);
    CHECK(server.capabilitiesServed() == 1);
}

TEST_CASE("bad WMTS capabilities and unknown layers are refused with the reason", "[basemap][wmts]")
{
    test::TempDir dir;
    const QString cache = dir.makeDir(QStringLiteral("tile-cache"));

    auto truncated = gis::parseWmtsCapabilities("<Capabilities><Contents><Layer><ows:Identifier>a", QStringLiteral("cap.xml"));
    REQUIRE_FALSE(truncated);
    CHECK(truncated.error().location.contains(QStringLiteral("line 1")));
    CHECK(truncated.error().file == QStringLiteral("cap.xml"));
    auto other = gis::parseWmtsCapabilities("<WMS_Capabilities><Layer/></WMS_Capabilities>", QStringLiteral("wms.xml"));
    REQUIRE_FALSE(other);
    CHECK(other.error().reason.contains(QStringLiteral("not a WMTS capabilities")));

    test::LoopbackTileServer server(kTileColour);
    auto unknown = gis::wmtsBasemapLayer({}, server.wmtsCapabilitiesUrl(), QStringLiteral("ortho"), {}, {}, cache);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().reason.contains(QStringLiteral("layers: plan")));
    auto badSet = gis::wmtsBasemapLayer({}, server.wmtsCapabilitiesUrl(), QStringLiteral("plan"),
                                        QStringLiteral("PM"), {}, cache);
    REQUIRE_FALSE(badSet);
    CHECK(badSet.error().reason.contains(QStringLiteral("LAMB93")));
    server.stop();
    auto gone = gis::wmtsBasemapLayer({}, server.wmtsCapabilitiesUrl(), QStringLiteral("plan"), {}, {},
                                      dir.makeDir(QStringLiteral("other-cache")));
    REQUIRE_FALSE(gone);
    CHECK(gone.error().reason.contains(QStringLiteral("cannot be fetched")));
}
