// The .atlas store: create, add external and owned layers, save, reload, save-as,
// versions and tombstones, checked both through the API and in the raw SQLite rows.

#include "gis/datasource/layer_source.h"
#include "gis/datasource/layers_from_file.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"
#include "gis_fixtures.h"
#include "support/extent_string_maker.h"

#include <QDir>
#include <QFileInfo>

using namespace atlas;
using namespace atlas::test;

namespace {

// A temp folder with an atlas holding an external GeoJSON layer (data/zones.geojson,
// labelled) and an owned table imported from import/places.geojson (hidden, styled).
struct SavedAtlas {
    TempDir dir;
    QString atlas = dir.filePath(QStringLiteral("atlas.atlas"));
    QString zones = dir.writeFile(QStringLiteral("data/zones.geojson"), zonesGeoJson());
    QString places = dir.writeFile(QStringLiteral("import/places.geojson"), placesGeoJson());
    core::AtlasDocument doc;

    SavedAtlas()
    {
        doc.title = QStringLiteral("Métropole européenne de Lille");
        doc.crs = QStringLiteral("EPSG:2154");
        doc.initialView = {698000.5, 7052000.25, 712000, 7066000};
        REQUIRE(gis::createAtlas(atlas, doc));

        auto external = gis::layerSpecsFromFile(zones, 0);
        REQUIRE(external);
        REQUIRE(external.value().size() == 1);
        core::LayerSpec zonesLayer = external.value().first();
        zonesLayer.style.labelField = QStringLiteral("name");

        auto owned = gis::importVectorLayer({atlas, places, {}, {}, 1});
        REQUIRE(owned);
        core::LayerSpec placesLayer = owned.value();
        placesLayer.visible = false;
        placesLayer.style.marker = core::MarkerShape::Square;
        placesLayer.style.opacity = 0.5;
        placesLayer.style.fill = QColor(10, 20, 30, 40);

        doc.layers << zonesLayer << placesLayer;
        REQUIRE(gis::saveAtlas(atlas, doc));
    }

    core::AtlasDocument load(const QString& path) const
    {
        auto loaded = gis::loadAtlas(path);
        INFO((loaded ? QString() : loaded.error().message()).toStdString());
        REQUIRE(loaded);
        return loaded.value();
    }
};

QString rowOf(const QString& atlas, const core::LayerSpec& layer, const QString& columns)
{
    return sqlText(atlas, QStringLiteral("SELECT %1 FROM atlas_layers WHERE uuid = '%2'")
                              .arg(columns, layer.identity.uuid.toString(QUuid::WithoutBraces)));
}

void checkSameLayers(const core::AtlasDocument& loaded, const core::AtlasDocument& saved)
{
    REQUIRE(loaded.layers.size() == saved.layers.size());
    for (int i = 0; i < saved.layers.size(); ++i) {
        const core::LayerSpec& a = loaded.layers[i];
        const core::LayerSpec& b = saved.layers[i];
        INFO("layer " << i << " " << b.name.toStdString());
        CHECK(a.identity.uuid == b.identity.uuid);
        CHECK(a.name == b.name);
        CHECK(a.sourcePath == b.sourcePath);
        CHECK(a.sourceLayer == b.sourceLayer);
        CHECK(a.kind == b.kind);
        CHECK(a.visible == b.visible);
        // Colours are stored as #aarrggbb, 8 bits per channel: compare at that precision.
        CHECK(a.style.fill.rgba() == b.style.fill.rgba());
        CHECK(a.style.stroke.rgba() == b.style.stroke.rgba());
        CHECK(a.style.strokeWidth == b.style.strokeWidth);
        CHECK(a.style.markerSize == b.style.markerSize);
        CHECK(a.style.marker == b.style.marker);
        CHECK(a.style.opacity == b.style.opacity);
        CHECK(a.style.labelField == b.style.labelField);
    }
}

}  // namespace

TEST_CASE("An atlas saved and reloaded equals the document", "[gis][store]")
{
    SavedAtlas s;
    const core::AtlasDocument loaded = s.load(s.atlas);

    CHECK(loaded.identity.uuid == s.doc.identity.uuid);
    CHECK(loaded.title == s.doc.title);
    CHECK(loaded.crs == QStringLiteral("EPSG:2154"));
    CHECK(loaded.initialView.xMin == Approx(698000.5));
    CHECK(loaded.initialView.yMin == Approx(7052000.25));
    CHECK(loaded.initialView.xMax == Approx(712000));
    CHECK(loaded.initialView.yMax == Approx(7066000));
    checkSameLayers(loaded, s.doc);

    SECTION("the external layer is stored relative and comes back absolute")
    {
        const core::LayerSpec& zones = loaded.layers[0];
        CHECK(zones.name == QStringLiteral("zones"));
        CHECK(zones.sourcePath == QFileInfo(s.zones).absoluteFilePath());
        CHECK(QFileInfo(zones.sourcePath).isAbsolute());
        CHECK(rowOf(s.atlas, zones, QStringLiteral("source_path")) == QStringLiteral("data/zones.geojson"));
        CHECK(zones.style.labelField == QStringLiteral("name"));
    }
    SECTION("the owned layer is a table inside the atlas, readable as a layer")
    {
        const core::LayerSpec& places = loaded.layers[1];
        CHECK(places.isOwnedByAtlas());
        CHECK_FALSE(places.visible);
        CHECK(places.style.marker == core::MarkerShape::Square);
        CHECK(places.style.opacity == 0.5);
        CHECK(places.style.fill == QColor(10, 20, 30, 40));
        auto source = gis::openLayerSource(s.atlas, places.sourceLayer, core::LayerKind::Vector);
        REQUIRE(source);
        CHECK(source.value()->featureCount() == 3);
        CHECK(source.value()->crs() == QStringLiteral("EPSG:4326"));
    }
}

TEST_CASE("Save-as copies owned tables and rewrites relative paths", "[gis][store]")
{
    SavedAtlas s;
    const core::AtlasDocument loaded = s.load(s.atlas);
    const QString copy = s.dir.makeDir(QStringLiteral("elsewhere/deeper")) + QStringLiteral("/copy.atlas");

    REQUIRE(gis::saveAtlasAs(s.atlas, copy, loaded));
    const core::AtlasDocument reloaded = s.load(copy);
    checkSameLayers(reloaded, loaded);

    const core::LayerSpec& zones = reloaded.layers[0];
    CHECK(zones.sourcePath == QFileInfo(s.zones).absoluteFilePath());
    CHECK(rowOf(copy, zones, QStringLiteral("source_path")) == QStringLiteral("../../data/zones.geojson"));
    CHECK(rowOf(s.atlas, zones, QStringLiteral("source_path")) == QStringLiteral("data/zones.geojson"));

    const QString table = reloaded.layers[1].sourceLayer;
    CHECK(sqlText(copy, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) == QStringLiteral("3"));
    auto source = gis::openLayerSource(copy, table, core::LayerKind::Vector);
    REQUIRE(source);
    CHECK(source.value()->featureCount() == 3);
    CHECK(sqlText(copy, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
}

TEST_CASE("Layer versions bump only when the layer changes", "[gis][store]")
{
    SavedAtlas s;
    core::AtlasDocument doc = s.load(s.atlas);
    REQUIRE(doc.layers.size() == 2);
    const int zonesVersion = doc.layers[0].identity.version;
    const int placesVersion = doc.layers[1].identity.version;
    const QDateTime placesModified = doc.layers[1].identity.modified;

    // Unchanged save: nothing moves.
    REQUIRE(gis::saveAtlas(s.atlas, doc));
    doc = s.load(s.atlas);
    CHECK(doc.layers[0].identity.version == zonesVersion);
    CHECK(doc.layers[1].identity.version == placesVersion);
    CHECK(doc.layers[1].identity.modified == placesModified);

    // A style change bumps that layer alone.
    doc.layers[0].style.fill = QColor(200, 0, 0);
    REQUIRE(gis::saveAtlas(s.atlas, doc));
    doc = s.load(s.atlas);
    CHECK(doc.layers[0].identity.version == zonesVersion + 1);
    CHECK(doc.layers[1].identity.version == placesVersion);
    CHECK(doc.layers[0].style.fill == QColor(200, 0, 0));

    // Hiding is a change too.
    doc.layers[0].visible = false;
    REQUIRE(gis::saveAtlas(s.atlas, doc));
    doc = s.load(s.atlas);
    CHECK(doc.layers[0].identity.version == zonesVersion + 2);
    CHECK(doc.layers[1].identity.version == placesVersion);
}

TEST_CASE("Removed layers become tombstones", "[gis][store]")
{
    SavedAtlas s;
    core::AtlasDocument doc = s.load(s.atlas);
    const core::LayerSpec removed = doc.layers[0];
    REQUIRE(doc.removeLayer(removed.identity.uuid));
    REQUIRE(gis::saveAtlas(s.atlas, doc));

    const core::AtlasDocument reloaded = s.load(s.atlas);
    REQUIRE(reloaded.layers.size() == 1);
    CHECK(reloaded.layers[0].identity.uuid == doc.layers[0].identity.uuid);
    CHECK(reloaded.indexOfLayer(removed.identity.uuid) == -1);

    // The row stays, flagged deleted, one version later: sync can tell the deletion.
    CHECK(rowOf(s.atlas, removed, QStringLiteral("deleted || ',' || version")) ==
          QStringLiteral("1,%1").arg(removed.identity.version + 1));
    CHECK(sqlText(s.atlas, QStringLiteral("SELECT count(*) FROM atlas_layers")) == QStringLiteral("2"));
}

TEST_CASE("Moving a layer is saved as the new drawing order", "[gis][store]")
{
    SavedAtlas s;
    core::AtlasDocument doc = s.load(s.atlas);
    const QUuid places = doc.layers[1].identity.uuid;
    REQUIRE(doc.moveLayer(places, 0));
    REQUIRE(gis::saveAtlas(s.atlas, doc));
    const core::AtlasDocument reloaded = s.load(s.atlas);
    REQUIRE(reloaded.layers.size() == 2);
    CHECK(reloaded.layers[0].identity.uuid == places);
    CHECK(reloaded.layers[1].name == QStringLiteral("zones"));
}
