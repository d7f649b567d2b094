// New layers from a user schema: the fields come back with their types and choice lists,
// the table refuses a value outside a choice list, a bad schema is refused with the reason,
// and a feature's geometry can be replaced (moved) with the index following.

#include "format_fixtures.h"
#include "gis/store/layer_editor.h"
#include "gis/store/owned_layer_schema.h"

using namespace atlas;
using namespace atlas::test;

namespace {

gis::NewLayerRequest surveyLayer(const QString& atlas)
{
    gis::NewLayerRequest r;
    r.atlasPath = atlas;
    r.name = QStringLiteral("Relevés de terrain");
    r.geometry = gis::EditableGeometry::Polygon;
    r.crs = QStringLiteral("EPSG:2154");
    r.fields = {{QStringLiteral("nom"), gis::FieldKind::Text},
                {QStringLiteral("niveaux"), gis::FieldKind::Integer},
                {QStringLiteral("surface"), gis::FieldKind::Real},
                {QStringLiteral("visite"), gis::FieldKind::Date},
                {QStringLiteral("protege"), gis::FieldKind::Boolean},
                {QStringLiteral("etat"), gis::FieldKind::Choice, {QStringLiteral("bon"), QStringLiteral("moyen"), QStringLiteral("ruine")}}};
    return r;
}

}  // namespace

TEST_CASE("A layer created from a schema has its typed fields and choice lists", "[formats][edit][schema]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    auto created = gis::createOwnedLayer(surveyLayer(atlas));
    REQUIRE(created);
    CHECK(created.value().name == QStringLiteral("Relevés de terrain"));
    CHECK(created.value().isOwnedByAtlas());
    const gis::LayerEditor editor(atlas, created.value().sourceLayer);
    CHECK(editor.crs().value() == QStringLiteral("EPSG:2154"));
    CHECK(editor.geometryKind().value() == gis::EditableGeometry::Polygon);
    const auto fields = editor.fields();
    REQUIRE(fields);
    REQUIRE(fields.value().size() == 6);
    QStringList types;
    for (const gis::EditableField& f : fields.value())
        types << f.type;
    CHECK(types == QStringList{"TEXT", "INTEGER", "REAL", "DATE", "BOOLEAN", "TEXT"});
    CHECK(fields.value().last().choices == QStringList{"bon", "moyen", "ruine"});
    CHECK(fields.value().first().choices.isEmpty());

    gis::FeatureRecord ok;
    ok.wkb = wkbFromWkt("POLYGON ((700000 7000000, 700100 7000000, 700100 7000100, 700000 7000000))");
    ok.attributes = {{QStringLiteral("nom"), QStringLiteral("Ferme")}, {QStringLiteral("etat"), QStringLiteral("ruine")},
                     {QStringLiteral("protege"), 1}};
    const auto fid = editor.insert(ok);
    REQUIRE(fid);
    gis::FeatureRecord wrong = ok;
    wrong.attributes[QStringLiteral("etat")] = QStringLiteral("excellent");
    const auto refused = editor.insert(wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason.contains(QStringLiteral("CHECK")));
    CHECK(editor.count().value() == 1);

    // A second layer of the same name gets its own table; its choices are its own.
    auto again = gis::createOwnedLayer(surveyLayer(atlas));
    REQUIRE(again);
    CHECK(again.value().sourceLayer != created.value().sourceLayer);
}

TEST_CASE("A bad schema is refused with the reason and creates nothing", "[formats][edit][schema]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    gis::NewLayerRequest r = surveyLayer(atlas);
    r.fields << gis::NewField{QStringLiteral("NOM"), gis::FieldKind::Text};
    auto twice = gis::createOwnedLayer(r);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().reason.contains(QStringLiteral("NOM")));
    r = surveyLayer(atlas);
    r.fields << gis::NewField{QStringLiteral("geom"), gis::FieldKind::Text};
    CHECK_FALSE(gis::createOwnedLayer(r));
    r = surveyLayer(atlas);
    r.fields.last().choices.clear();
    auto noChoices = gis::createOwnedLayer(r);
    REQUIRE_FALSE(noChoices);
    CHECK(noChoices.error().reason.contains(QStringLiteral("etat")));
    r = surveyLayer(atlas);
    r.crs = QStringLiteral("EPSG:999999");
    CHECK_FALSE(gis::createOwnedLayer(r));
    r.name = QStringLiteral("  ");
    CHECK_FALSE(gis::createOwnedLayer(r));
    CHECK(sqlRows(atlas, QStringLiteral("SELECT count(*) FROM geometry_columns WHERE f_table_name LIKE 'releves%'")) ==
          QStringList{QStringLiteral("0")});
}

TEST_CASE("Replacing a geometry moves the feature and its index entry; a bad one is refused", "[formats][edit]")
{
    TempDir dir;
    const QString atlas = newAtlas(dir);
    gis::NewLayerRequest r = surveyLayer(atlas);
    r.geometry = gis::EditableGeometry::Point;
    auto created = gis::createOwnedLayer(r);
    REQUIRE(created);
    const QString table = created.value().sourceLayer;
    const gis::LayerEditor editor(atlas, table);
    const auto fid = editor.insert({-1, wkbFromWkt("POINT (700000 7000000)"), {}});
    REQUIRE(fid);
    REQUIRE(editor.replaceGeometry(fid.value(), wkbFromWkt("POINT (710000 7010000)")));
    CHECK(sqlRows(atlas, QStringLiteral("SELECT X(geom), Y(geom) FROM %1").arg(table)) ==
          QStringList{QStringLiteral("710000.0|7010000.0")});
    // The spatial index answers for the new place only.
    const QString inBox = QStringLiteral("SELECT count(*) FROM idx_%1_geom WHERE xmin <= %2 AND xmax >= %2").arg(table);
    CHECK(sqlRows(atlas, inBox.arg(710000)) == QStringList{QStringLiteral("1")});
    CHECK(sqlRows(atlas, inBox.arg(700000)) == QStringList{QStringLiteral("0")});
    CHECK_FALSE(editor.replaceGeometry(fid.value(), wkbFromWkt("LINESTRING (0 0, 1 1)")).ok());
    CHECK_FALSE(editor.replaceGeometry(fid.value() + 99, wkbFromWkt("POINT (1 1)")).ok());
    CHECK(sqlRows(atlas, QStringLiteral("SELECT X(geom) FROM %1").arg(table)) == QStringList{QStringLiteral("710000.0")});
}
