// XYZ basemaps against a tile server on loopback: drawn (pixel colour), kept on disk and
// drawn again once the server is gone, credited on the map, stored in the atlas.

#include "gis/render/attribution_painter.h"
#include "gis/store/atlas_store.h"
#include "gis/tiles/basemap_layers.h"
#include "gis/tiles/basemap_presets.h"
#include "support/image_compare.h"
#include "support/loopback_tile_server.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "basemap_fixtures.h"

#include <QPainter>

using namespace atlas;

namespace {

const QColor kTileColour(200, 40, 40);

}  // namespace

TEST_CASE("an XYZ basemap is drawn from the tile server, then from its disk cache without it", "[basemap]")
{
    test::TempDir dir;
    const QString cache = dir.makeDir(QStringLiteral("tile-cache"));
    test::LoopbackTileServer server(kTileColour);
    REQUIRE(server.isListening());

    auto layer = gis::xyzBasemapLayer(QStringLiteral("Test tiles"), server.urlTemplate(),
                                      QStringLiteral("© Test tile makers"), 14);
    REQUIRE(layer);
    core::AtlasDocument doc;
    doc.crs = QStringLiteral("EPSG:2154");
    gis::insertBasemap(doc, layer.value());
    const QString atlas = dir.filePath(QStringLiteral("fond.atlas"));
    REQUIRE(gis::createAtlas(atlas, doc));

    const gis::RenderResult first = test::renderDocument(doc, atlas, cache);
    INFO((first.errors.isEmpty() ? QString() : first.errors.first().message()).toStdString());
    CHECK(first.errors.isEmpty());
    CHECK(test::colourNear(test::centrePixel(first.image), kTileColour.rgba(), 6));
    CHECK(test::colourNear(first.image.pixel(3, 3), kTileColour.rgba(), 6));
    const int served = server.tilesServed();
    CHECK(served >= 1);
    CHECK(served <= 16);  // one zoom level's few tiles, not the pyramid
    CHECK(test::countFiles(cache) >= served);

    server.stop();
    const gis::RenderResult offline = test::renderDocument(doc, atlas, cache);
    CHECK(offline.errors.isEmpty());
    CHECK(test::colourNear(test::centrePixel(offline.image), kTileColour.rgba(), 6));
    CHECK(server.tilesServed() == served);

    SECTION("with neither server nor cache the frame still renders, with the basemap's error named")
    {
        const gis::RenderResult lost = test::renderDocument(doc, atlas, dir.makeDir(QStringLiteral("empty-cache")));
        REQUIRE(lost.errors.size() == 1);
        CHECK(lost.errors.first().location == QStringLiteral("Test tiles"));
        CHECK_FALSE(lost.errors.first().message().contains(QStringLiteral("GDAL_WMS")));
        CHECK(test::colourNear(test::centrePixel(lost.image), QColor(Qt::white).rgba(), 0));
    }
}

TEST_CASE("the basemap's attribution is drawn in the map's corner", "[basemap]")
{
    core::AtlasDocument doc;
    gis::insertBasemap(doc, gis::presetBasemapLayer(QStringLiteral("osm")).value());
    gis::insertBasemap(doc, gis::presetBasemapLayer(QStringLiteral("osm")).value());  // the same credit once
    const QStringList credits = gis::attributionsOf(gis::renderLayersOf(doc, {}, {}));
    REQUIRE(credits == QStringList{QStringLiteral("© OpenStreetMap contributors")});

    QImage map(400, 300, QImage::Format_ARGB32_Premultiplied);
    map.fill(Qt::white);
    QPainter painter(&map);
    const QRect band = gis::paintAttribution(painter, map.rect(), credits);
    painter.end();
    REQUIRE_FALSE(band.isEmpty());
    CHECK(band.right() == map.width() - 1);
    CHECK(band.bottom() == map.height() - 1);
    CHECK(band.width() < map.width() / 2);
    int dark = 0;
    for (int y = band.top(); y <= band.bottom(); ++y)
        for (int x = band.left(); x <= band.right(); ++x)
            dark += qGray(map.pixel(x, y)) < 128;
    CHECK(dark > 30);  // the text, not only the band
    CHECK(qGray(map.pixel(10, 10)) == 255);  // the rest of the map untouched
}

TEST_CASE("basemaps are kept in the atlas, under the data layers, and survive reopening", "[basemap]")
{
    test::TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    core::AtlasDocument doc;
    core::LayerSpec data;
    data.name = QStringLiteral("zones");
    data.sourcePath = dir.writeFile(QStringLiteral("zones.geojson"), "{}");
    doc.layers << data;
    REQUIRE(gis::createAtlas(atlas, doc));
    CHECK(gis::loadAtlas(atlas).value().layers.size() == 1);  // no basemap unless one is added

    CHECK(gis::insertBasemap(doc, gis::presetBasemapLayer(QStringLiteral("ign-plan")).value()) == 0);
    auto custom = gis::xyzBasemapLayer(QStringLiteral("Mine"), QStringLiteral("http://127.0.0.1:9/t?z={z}&x={x}&y={y}"),
                                       QStringLiteral("© me"), 12);
    REQUIRE(custom);
    CHECK(gis::insertBasemap(doc, custom.value()) == 1);
    REQUIRE(gis::saveAtlas(atlas, doc));

    auto back = gis::loadAtlas(atlas);
    REQUIRE(back);
    const QList<core::LayerSpec>& layers = back.value().layers;
    REQUIRE(layers.size() == 3);
    CHECK(layers[0].kind == core::LayerKind::Basemap);
    CHECK(layers[0].basemap == gis::basemapPreset(QStringLiteral("ign-plan"))->spec);
    CHECK(layers[1].basemap.url == QStringLiteral("http://127.0.0.1:9/t?z={z}&x={x}&y={y}"));
    CHECK(layers[1].basemap.attribution == QStringLiteral("© me"));
    CHECK(layers[1].basemap.maxZoom == 12);
    CHECK(layers[1].sourcePath.isEmpty());
    CHECK_FALSE(layers[1].isOwnedByAtlas());
    CHECK(layers[2].name == QStringLiteral("zones"));
    CHECK(layers[2].kind == core::LayerKind::Vector);

    // Saving again unchanged writes nothing new.
    const int version = back.value().identity.version;
    REQUIRE(gis::saveAtlas(atlas, back.value()));
    CHECK(gis::loadAtlas(atlas).value().identity.version == version);
}

TEST_CASE("the presets are the public services asked for, and bad basemaps say why", "[basemap]")
{
    QStringList ids;
    for (const gis::BasemapPreset& p : gis::basemapPresets()) {
        ids << p.id;
        CHECK(core::xyzTemplateProblem(p.spec.url).isEmpty());
        CHECK_FALSE(p.spec.attribution.isEmpty());
        CHECK(p.spec.preset == p.id);
    }
    CHECK(ids == QStringList{"osm", "ign-plan", "ign-ortho", "vl-grb", "vl-ortho"});

    auto noZ = gis::xyzBasemapLayer({}, QStringLiteral("https://tiles.example/{x}/{y}.png"), {});
    REQUIRE_FALSE(noZ);
    CHECK(noZ.error().reason.contains(QStringLiteral("{z}")));
    auto notHttp = gis::xyzBasemapLayer({}, QStringLiteral("ftp://tiles.example/{z}/{x}/{y}.png"), {});
    REQUIRE_FALSE(notHttp);
    CHECK(notHttp.error().reason.contains(QStringLiteral("http")));
    auto unknown = gis::presetBasemapLayer(QStringLiteral("google"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().reason.contains(QStringLiteral("vl-ortho")));
}
