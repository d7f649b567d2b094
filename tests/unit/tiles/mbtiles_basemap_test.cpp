// Offline MBTiles basemaps: read from a generated file, drawn without any network,
// stored by relative path in the atlas; files that are not MBTiles are refused.

#include "gis/render/attribution_painter.h"
#include "gis/store/atlas_store.h"
#include "gis/store/sqlite_database.h"
#include "gis/tiles/basemap_layers.h"
#include "support/image_compare.h"
#include "support/temp_dir.h"
#include "support/test_support.h"
#include "basemap_fixtures.h"

#include <QFile>

using namespace atlas;

TEST_CASE("an MBTiles file is an offline basemap, drawn and kept in the atlas", "[basemap][mbtiles]")
{
    test::TempDir dir;
    const QColor blue(30, 90, 200);
    const QString file = dir.filePath(QStringLiteral("fonds/nord.mbtiles"));
    dir.makeDir(QStringLiteral("fonds"));
    REQUIRE(test::writeMbtiles(file, blue, 3, QStringLiteral("<a href=\"https://example.org\">© Fond test</a>")));

    auto layer = gis::mbtilesBasemapLayer(file);
    REQUIRE(layer);
    CHECK(layer.value().name == QStringLiteral("Fond test"));
    CHECK(layer.value().kind == core::LayerKind::Basemap);
    CHECK(layer.value().basemap.type == core::BasemapType::MBTiles);
    CHECK(layer.value().basemap.attribution == QStringLiteral("© Fond test"));  // the link's text
    CHECK(layer.value().basemap.maxZoom == 3);

    core::AtlasDocument doc;
    doc.crs = QStringLiteral("EPSG:2154");
    gis::insertBasemap(doc, layer.value());
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    REQUIRE(gis::createAtlas(atlas, doc));
    {
        auto db = gis::SqliteDatabase::open(atlas, gis::SqliteDatabase::Mode::ReadOnly);
        REQUIRE(db);
        auto q = db.value()->prepare(QStringLiteral("SELECT source_path || ' ' || kind FROM atlas_layers"));
        REQUIRE((q && q.value().step()));
        CHECK(q.value().text(0) == QStringLiteral("fonds/nord.mbtiles basemap"));  // relative, beside the atlas
    }

    auto back = gis::loadAtlas(atlas);
    REQUIRE(back);
    REQUIRE(back.value().layers.size() == 1);
    CHECK(back.value().layers[0].sourcePath == file);
    const gis::RenderResult result = test::renderDocument(back.value(), atlas, dir.filePath(QStringLiteral("unused")));
    INFO((result.errors.isEmpty() ? QString() : result.errors.first().message()).toStdString());
    CHECK(result.errors.isEmpty());
    CHECK(test::colourNear(result.image.pixel(128, 128), blue.rgba(), 6));
    CHECK(gis::attributionsOf(gis::renderLayersOf(back.value(), atlas)) == QStringList{QStringLiteral("© Fond test")});
}

TEST_CASE("files that are not raster MBTiles are refused with the reason", "[basemap][mbtiles]")
{
    test::TempDir dir;
    auto missing = gis::mbtilesBasemapLayer(dir.filePath(QStringLiteral("none.mbtiles")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file.endsWith(QStringLiteral("none.mbtiles")));

    const QString text = dir.writeFile(QStringLiteral("notes.mbtiles"), "not a database");
    auto notSqlite = gis::mbtilesBasemapLayer(text);
    REQUIRE_FALSE(notSqlite);
    CHECK(notSqlite.error().file == text);

    const QString vector = dir.filePath(QStringLiteral("vector.mbtiles"));
    REQUIRE(test::writeMbtiles(vector, Qt::red, 0, {}));
    {
        auto db = gis::SqliteDatabase::open(vector, gis::SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("UPDATE metadata SET value = 'pbf' WHERE name = 'format'")));
    }
    auto pbf = gis::mbtilesBasemapLayer(vector);
    REQUIRE_FALSE(pbf);
    CHECK(pbf.error().reason.contains(QStringLiteral("pbf")));
}
