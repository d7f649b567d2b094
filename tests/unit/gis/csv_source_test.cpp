// CSV files with lon/lat columns open as point layers in WGS 84, and import as such.

#include "gis/datasource/file_probe.h"
#include "gis/datasource/layer_source.h"
#include "gis/formats/vector_import.h"
#include "gis/store/atlas_store.h"
#include "gis_fixtures.h"

using namespace atlas;
using namespace atlas::test;

namespace {

QString writeTownsCsv(const TempDir& dir)
{
    return dir.writeFile(QStringLiteral("towns.csv"),
                         csv({{"name", "lon", "lat", "population"},
                              {"Lille", "3.0573", "50.6292", "236710"},
                              {"Dunkerque", "2.3768", "51.0343", "86279"}}));
}

}  // namespace

TEST_CASE("A CSV with lon/lat columns is a point layer in EPSG:4326", "[gis][csv]")
{
    TempDir dir;
    const QString path = writeTownsCsv(dir);

    auto probed = gis::probeFile(path);
    INFO((probed ? QString() : probed.error().message()).toStdString());
    REQUIRE(probed);
    REQUIRE(probed.value().layers.size() == 1);
    const gis::LayerInfo& layer = probed.value().layers.first();
    CHECK(layer.kind == core::LayerKind::Vector);
    CHECK(layer.geometryType == QStringLiteral("Point"));
    CHECK(layer.featureCount == 2);
    CHECK(layer.crs == QStringLiteral("EPSG:4326"));
    CHECK(layer.extent.xMin == Approx(2.3768));
    CHECK(layer.extent.yMax == Approx(51.0343));

    auto source = gis::openLayerSource(path, {}, core::LayerKind::Vector);
    REQUIRE(source);
    gis::FeatureRequest request;
    request.fields = {QStringLiteral("name"), QStringLiteral("population")};
    auto it = source.value()->features(request);
    REQUIRE(it);
    gis::Feature f;
    REQUIRE(it->next(f));
    REQUIRE(f.geometry.parts.size() == 1);
    CHECK(f.geometry.parts[0].role == gis::PartRole::Point);
    CHECK(f.geometry.xy[0] == Approx(3.0573));
    CHECK(f.geometry.xy[1] == Approx(50.6292));
    CHECK(f.attributes.value(0).toString() == QStringLiteral("Lille"));
    CHECK(f.attributes.value(1).toLongLong() == 236710);
}

TEST_CASE("A CSV imported into an atlas keeps its points in WGS 84", "[gis][csv]")
{
    TempDir dir;
    const QString csvPath = writeTownsCsv(dir);
    const QString atlas = dir.filePath(QStringLiteral("a.atlas"));
    REQUIRE(gis::createAtlas(atlas, core::AtlasDocument{}));

    auto imported = gis::importVectorLayer({atlas, csvPath, {}, QStringLiteral("Towns of Nord"), 0});
    INFO((imported ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported);
    CHECK(imported.value().isOwnedByAtlas());
    CHECK(imported.value().sourceLayer == QStringLiteral("towns_of_nord"));

    auto source = gis::openLayerSource(atlas, imported.value().sourceLayer, core::LayerKind::Vector);
    REQUIRE(source);
    CHECK(source.value()->crs() == QStringLiteral("EPSG:4326"));
    CHECK(source.value()->featureCount() == 2);
    CHECK(source.value()->geometryType() == QStringLiteral("Point"));
}
