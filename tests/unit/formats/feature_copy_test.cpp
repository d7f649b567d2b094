// Copy and paste of features: read by id from a file, fitted to an owned layer's CRS and
// fields; a geometry of another kind is refused naming the feature.

#include "format_fixtures.h"
#include "gis/formats/feature_copy.h"
#include "gis/store/owned_layer_schema.h"

using namespace atlas;
using namespace atlas::test;

TEST_CASE("Copied features fit a layer's CRS and fields; another geometry kind is refused", "[formats][edit]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    const QString file = dir.writeFile(QStringLiteral("lieux.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"nom":"Cassel","hauteur":176},"geometry":{"type":"Point","coordinates":[2.4853,50.8003]}},
{"type":"Feature","properties":{"nom":"Kemmel","hauteur":156},"geometry":{"type":"Point","coordinates":[2.8280,50.7830]}}]})");
    const auto copied = gis::copyFeatures(file, {}, {1});
    REQUIRE(copied);
    CHECK(copied.value().crs == QStringLiteral("EPSG:4326"));
    REQUIRE(copied.value().features.size() == 1);
    CHECK(copied.value().features.first().attributes.value(QStringLiteral("nom")) == QStringLiteral("Kemmel"));
    CHECK_FALSE(gis::copyFeatures(file, {}, {7}));

    gis::NewLayerRequest points{atlas, QStringLiteral("Sommets"), gis::EditableGeometry::Point, QStringLiteral("EPSG:2154"),
                                {{QStringLiteral("nom"), gis::FieldKind::Text}}};
    auto layer = gis::createOwnedLayer(points);
    REQUIRE(layer);
    const gis::LayerEditor editor(atlas, layer.value().sourceLayer);
    const auto fitted = gis::fitFeatures(copied.value(), editor);
    REQUIRE(fitted);
    REQUIRE(fitted.value().size() == 1);
    CHECK(fitted.value().first().attributes.keys() == QStringList{QStringLiteral("nom")});  // no "hauteur" there
    REQUIRE(editor.insert(fitted.value().first()));
    // Kemmel in Lambert-93 (cs2cs EPSG:4326 -> EPSG:2154): 687846.8, 7076288.1.
    const QStringList xy = sqlRows(atlas, QStringLiteral("SELECT round(X(geom)), round(Y(geom)) FROM %1").arg(layer.value().sourceLayer));
    REQUIRE(xy.size() == 1);
    CHECK(xy.first().section(QLatin1Char('|'), 0, 0).toDouble() == Approx(687847).margin(1));
    CHECK(xy.first().section(QLatin1Char('|'), 1, 1).toDouble() == Approx(7076288).margin(1));

    points.name = QStringLiteral("Zones");
    points.geometry = gis::EditableGeometry::Polygon;
    auto zones = gis::createOwnedLayer(points);
    REQUIRE(zones);
    const auto refused = gis::fitFeatures(copied.value(), gis::LayerEditor(atlas, zones.value().sourceLayer));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(QStringLiteral("feature 1")));
}
