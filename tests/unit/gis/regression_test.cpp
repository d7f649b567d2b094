// Regression tests for product bugs found while writing the suite; each states the
// expected behaviour.

#include "core/model/default_styles.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/render/map_renderer.h"
#include "gis/store/atlas_schema.h"
#include "gis/store/atlas_store.h"
#include "gis/store/sqlite_database.h"
#include "gis/store/style_codec.h"
#include "gis_fixtures.h"
#include "support/image_compare.h"

#include <QFileInfo>

using namespace atlas;
using namespace atlas::test;

TEST_CASE("Axis-aligned lines are drawn", "[gis][render][regression]")
{
    // VectorLayerRenderer culls line parts with ring.boundingRect().intersects(visible);
    // a horizontal or vertical line has an empty bounding rect, so it never intersects.
    TempDir dir;
    using namespace geojson;
    const QString lines = dir.writeFile(QStringLiteral("lines.geojson"),
                                        featureCollection({feature(lineString({{2, 10}, {18, 10}})),
                                                           feature(lineString({{10, 2}, {10, 8}}))}));
    core::LayerStyle style;
    style.stroke = QColor(0, 160, 0);
    style.strokeWidth = 4;
    gis::MapSettings settings;
    settings.crs = QStringLiteral("EPSG:4326");
    settings.extent = {0, 0, 20, 20};
    settings.outputSize = {200, 200};
    const std::atomic<bool> cancel{false};
    const gis::RenderResult r = gis::renderMap(
        {{QStringLiteral("lines"), lines, {}, core::LayerKind::Vector, style}}, settings, cancel);

    CHECK(r.featuresDrawn == 2);
    const QPointF horizontal = settings.toPixel(6, 10), vertical = settings.toPixel(10, 5);
    CHECK(colourNear(r.image.pixel(horizontal.toPoint()), qRgb(0, 160, 0), 2));
    CHECK(colourNear(r.image.pixel(vertical.toPoint()), qRgb(0, 160, 0), 2));
}

TEST_CASE("A style survives the atlas round trip unchanged", "[gis][store][regression]")
{
    // defaultLayerStyle builds strokes with QColor::darker(), whose 16-bit channels are
    // not exact 8-bit values; encodeStyle stores #aarrggbb, so the decoded style is not
    // == to the saved one (LayerStyle::operator== compares QColor exactly).
    for (int i = 0; i < 7; ++i) {
        INFO("default style " << i);
        const core::LayerStyle style = core::defaultLayerStyle(i, true);
        CHECK(gis::decodeStyle(gis::encodeStyle(style)) == style);
    }
}

TEST_CASE("Saving an unchanged document does not bump its version", "[gis][store][regression]")
{
    // writeDocument always writes version = stored version + 1, even when nothing changed,
    // unlike layers, whose version moves only when their content does.
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    core::AtlasDocument doc;
    doc.title = QStringLiteral("same");
    REQUIRE(gis::createAtlas(atlas, doc));
    auto first = gis::loadAtlas(atlas);
    REQUIRE(first);
    REQUIRE(gis::saveAtlas(atlas, first.value()));
    auto second = gis::loadAtlas(atlas);
    REQUIRE(second);
    CHECK(second.value().identity.version == first.value().identity.version);
    CHECK(second.value().identity.modified == first.value().identity.modified);
}

TEST_CASE("A layer restored after removal gets a version above its tombstone", "[gis][store][regression]")
{
    // Undoing a removal re-adds the spec with its old version; the upsert writes that
    // old version over the tombstone's, so the version goes backwards and a sync peer
    // that saw the tombstone would ignore the restored layer.
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    const QString zones = dir.writeFile(QStringLiteral("zones.geojson"), zonesGeoJson());
    core::AtlasDocument doc;
    REQUIRE(gis::createAtlas(atlas, doc));
    auto specs = gis::layerSpecsFromFile(zones, 0);
    REQUIRE(specs);
    doc.layers = specs.value();
    REQUIRE(gis::saveAtlas(atlas, doc));
    const core::LayerSpec layer = doc.layers.first();
    const QString uuid = layer.identity.uuid.toString(QUuid::WithoutBraces);
    const QString versionSql = QStringLiteral("SELECT version FROM atlas_layers WHERE uuid = '%1'").arg(uuid);

    doc.layers.clear();
    REQUIRE(gis::saveAtlas(atlas, doc));
    const int tombstoneVersion = sqlText(atlas, versionSql).toInt();
    REQUIRE(tombstoneVersion == layer.identity.version + 1);

    doc.layers << layer;  // undo
    REQUIRE(gis::saveAtlas(atlas, doc));
    CHECK(sqlText(atlas, versionSql).toInt() > tombstoneVersion);
}

TEST_CASE("saveAtlasAs keeps the existing target when the source cannot be copied", "[gis][store][regression]")
{
    // saveAtlasAs removes `to` before it opens `from`; when `from` is missing or not an
    // atlas, it returns an error and the file the user chose to replace is already gone.
    TempDir dir;
    const QString target = dir.filePath(QStringLiteral("keep.atlas"));
    REQUIRE(gis::createAtlas(target, core::AtlasDocument{}));
    const QString before = fileDigest(target);

    const core::Status s =
        gis::saveAtlasAs(dir.filePath(QStringLiteral("missing.atlas")), target, core::AtlasDocument{});
    REQUIRE_FALSE(s.ok());
    CHECK(QFileInfo::exists(target));
    CHECK(fileDigest(target) == before);
}

TEST_CASE("saveAtlas refuses an atlas written by a newer version", "[gis][store][regression]")
{
    // loadAtlas refuses a newer schema, but saveAtlas does not check the version and
    // writes rows into a file whose format it does not know.
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("future.atlas"));
    REQUIRE(gis::createAtlas(atlas, core::AtlasDocument{}));
    {
        auto db = gis::SqliteDatabase::open(atlas, gis::SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("INSERT INTO atlas_schema_version VALUES (%1, 'x')")
                                     .arg(gis::latestAtlasSchemaVersion() + 1)));
    }
    const QString before = fileDigest(atlas);
    const core::Status s = gis::saveAtlas(atlas, core::AtlasDocument{});
    CHECK_FALSE(s.ok());
    CHECK(fileDigest(atlas) == before);
}
