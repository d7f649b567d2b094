// Thematic styles end to end in gis: stored in the style JSON (old styles still load),
// kept by save/reopen, built from a layer's field, and drawn colour by colour.

#include "gis/datasource/layers_from_file.h"
#include "gis/print/legend_symbol.h"
#include "gis/render/layer_classifier.h"
#include "gis/render/map_renderer.h"
#include "gis/store/atlas_store.h"
#include "gis/store/sqlite_database.h"
#include "gis/store/style_codec.h"
#include "gis_fixtures.h"
#include "support/image_compare.h"

using namespace atlas;
using namespace atlas::test;

namespace {

const QColor kFaune(200, 0, 0), kFlore(0, 150, 0), kBase(20, 20, 200);

core::LayerStyle categorizedStyle()
{
    core::LayerStyle s;
    s.fill = kBase;
    s.stroke = kBase;
    s.strokeWidth = 0;
    s.thematic.kind = core::ClassificationKind::Categorized;
    s.thematic.field = QStringLiteral("kind");
    s.thematic.ramp = QStringLiteral("Set2");
    s.thematic.categories = {{QStringLiteral("faune"), kFaune, QStringLiteral("Faune")},
                             {QStringLiteral("flore"), kFlore, {}}};
    return s;
}

// Four squares along the x axis: faune, flore, NULL, a value without a category; the
// "score" field is 1, 2, 3, 4.
QString squares(const TempDir& dir)
{
    using namespace geojson;
    auto square = [](double x) { return polygon({{{x, 1}, {x + 3, 1}, {x + 3, 4}, {x, 4}, {x, 1}}}); };
    return dir.writeFile(QStringLiteral("squares.geojson"),
                         featureCollection({feature(square(1), R"({"kind":"faune","score":1})"),
                                            feature(square(5), R"({"kind":"flore","score":2})"),
                                            feature(square(9), R"({"kind":null,"score":3})"),
                                            feature(square(13), R"({"kind":"bati","score":4})")}));
}

gis::RenderResult render(const QString& path, const core::LayerStyle& style)
{
    gis::MapSettings settings;
    settings.crs = QStringLiteral("EPSG:4326");
    settings.extent = {0, 0, 20, 20};
    settings.outputSize = {200, 200};
    const std::atomic<bool> cancel{false};
    return gis::renderMap({{QStringLiteral("squares"), path, {}, core::LayerKind::Vector, style}}, settings, cancel);
}

QRgb at(const gis::RenderResult& r, double lon, double lat)
{
    return r.image.pixel(int(lon * 10), int((20 - lat) * 10));
}

}  // namespace

TEST_CASE("A style written before thematic styles existed still loads", "[gis][store][thematic]")
{
    const QString old = QStringLiteral(
        R"({"fill":"#a0102030","stroke":"#ff405060","strokeWidth":1.5,"markerSize":9,"marker":"square",)"
        R"("opacity":0.8,"labelField":"name"})");
    const core::LayerStyle s = gis::decodeStyle(old);
    CHECK(s.fill == QColor(0x10, 0x20, 0x30, 0xa0));
    CHECK(s.strokeWidth == 1.5);
    CHECK(s.marker == core::MarkerShape::Square);
    CHECK(s.labelField == QStringLiteral("name"));
    CHECK(s.thematic.kind == core::ClassificationKind::Single);
    CHECK_FALSE(s.thematic.isThematic());
    // A single-symbol style is written as before: no thematic key for old readers to trip on.
    CHECK_FALSE(gis::encodeStyle(s).contains(QStringLiteral("thematic")));
}

TEST_CASE("Categorized and graduated styles survive the JSON round trip", "[gis][store][thematic]")
{
    const core::LayerStyle cat = categorizedStyle();
    CHECK(gis::decodeStyle(gis::encodeStyle(cat)) == cat);

    core::LayerStyle grad;
    grad.thematic = core::graduate(QStringLiteral("score"), {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, core::ClassMethod::Jenks,
                                   QStringLiteral("YlOrRd"));
    REQUIRE(grad.thematic.classes.size() == 3);
    const core::LayerStyle back = gis::decodeStyle(gis::encodeStyle(grad));
    CHECK(back == grad);
    CHECK(back.thematic.method == core::ClassMethod::Jenks);
}

TEST_CASE("Damaged thematic entries are dropped, the rest of the style loads", "[gis][store][thematic]")
{
    const core::LayerStyle s = gis::decodeStyle(QStringLiteral(
        R"({"fill":"#ff112233","thematic":{"kind":"graduated","field":"score","method":"quantile","classes":[)"
        R"({"lower":0,"upper":5,"colour":"#ff0000ff"},{"lower":5,"upper":2,"colour":"#ff00ff00"},)"
        R"({"lower":5,"upper":9,"colour":"not a colour"},{"lower":5,"upper":10,"colour":"#ffff0000"}]}})"));
    CHECK(s.fill == QColor(0x11, 0x22, 0x33));
    REQUIRE(s.thematic.classes.size() == 2);
    CHECK(s.thematic.classes[1].upper == 10);
    // A thematic style without a field is no thematic style.
    CHECK(gis::decodeStyle(QStringLiteral(R"({"thematic":{"kind":"categorized"}})")).thematic.kind ==
          core::ClassificationKind::Single);
}

TEST_CASE("Thematic styles survive save and reopen; old atlas rows still open", "[gis][store][thematic]")
{
    TempDir dir;
    const QString atlas = dir.filePath(QStringLiteral("t.atlas"));
    core::AtlasDocument doc;
    doc.crs = QStringLiteral("EPSG:4326");
    REQUIRE(gis::createAtlas(atlas, doc));
    auto specs = gis::layerSpecsFromFile(squares(dir), 0);
    REQUIRE(specs);
    core::LayerSpec layer = specs.value().first();
    layer.style = categorizedStyle();
    core::LayerSpec second = layer;
    second.identity = core::RecordIdentity::create();
    second.name = QStringLiteral("scores");
    second.style.thematic = core::graduate(QStringLiteral("score"), {1, 2, 3, 4}, 2, core::ClassMethod::Quantile,
                                           QStringLiteral("Blues"));
    doc.layers << layer << second;
    REQUIRE(gis::saveAtlas(atlas, doc));

    auto loaded = gis::loadAtlas(atlas);
    REQUIRE(loaded);
    REQUIRE(loaded.value().layers.size() == 2);
    CHECK(loaded.value().layers[0].style == layer.style);
    CHECK(loaded.value().layers[1].style == second.style);

    // A row as an older version wrote it (no thematic key) opens as a single symbol.
    {
        auto db = gis::SqliteDatabase::open(atlas, gis::SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral(
            R"(UPDATE atlas_layers SET style='{"fill":"#ff00ff00","stroke":"#ff000000","strokeWidth":1,)"
            R"("markerSize":7,"marker":"circle","opacity":1,"labelField":""}' WHERE name='scores')")));
    }
    auto old = gis::loadAtlas(atlas);
    REQUIRE(old);
    CHECK(old.value().layers[1].style.fill == QColor(0, 255, 0));
    CHECK(old.value().layers[1].style.thematic.kind == core::ClassificationKind::Single);
    CHECK(old.value().layers[0].style == layer.style);
}

TEST_CASE("Categorized polygons take their category's colour; NULL and others the base", "[gis][render][thematic]")
{
    TempDir dir;
    const gis::RenderResult r = render(squares(dir), categorizedStyle());
    REQUIRE(r.errors.isEmpty());
    CHECK(r.featuresDrawn == 4);
    CHECK(colourNear(at(r, 2.5, 2.5), kFaune.rgb(), 2));
    CHECK(colourNear(at(r, 6.5, 2.5), kFlore.rgb(), 2));
    CHECK(colourNear(at(r, 10.5, 2.5), kBase.rgb(), 2));
    CHECK(colourNear(at(r, 14.5, 2.5), kBase.rgb(), 2));
}

TEST_CASE("Graduated features take their class's colour, lines on their stroke", "[gis][render][thematic]")
{
    TempDir dir;
    core::LayerStyle style;
    style.strokeWidth = 0;
    style.thematic = core::graduate(QStringLiteral("score"), {1, 2, 3, 4}, 2, core::ClassMethod::EqualInterval, {});
    REQUIRE(style.thematic.classes.size() == 2);
    style.thematic.classes[0].colour = kFaune;
    style.thematic.classes[1].colour = kFlore;
    const gis::RenderResult polygons = render(squares(dir), style);
    CHECK(colourNear(at(polygons, 2.5, 2.5), kFaune.rgb(), 2));
    CHECK(colourNear(at(polygons, 6.5, 2.5), kFaune.rgb(), 2));  // 2 <= 2.5: first class
    CHECK(colourNear(at(polygons, 10.5, 2.5), kFlore.rgb(), 2));
    CHECK(colourNear(at(polygons, 14.5, 2.5), kFlore.rgb(), 2));

    using namespace geojson;
    const QString lines = dir.writeFile(QStringLiteral("lines.geojson"),
                                        featureCollection({feature(lineString({{1, 10}, {9, 10}}), R"({"score":1})"),
                                                           feature(lineString({{11, 10}, {19, 10}}), R"({"score":4})")}));
    style.strokeWidth = 4;
    const gis::RenderResult r = render(lines, style);
    CHECK(colourNear(at(r, 5, 10), kFaune.rgb(), 2));
    CHECK(colourNear(at(r, 15, 10), kFlore.rgb(), 2));
}

TEST_CASE("Classifying a layer's field", "[gis][thematic]")
{
    TempDir dir;
    auto source = gis::openLayerSource(squares(dir), {}, core::LayerKind::Vector);
    REQUIRE(source);
    auto cats = gis::categorizeLayer(*source.value(), QStringLiteral("kind"), QStringLiteral("Set2"));
    REQUIRE(cats);
    REQUIRE(cats.value().categories.size() == 3);  // NULL is not a category
    CHECK(cats.value().categories[0].value == QStringLiteral("bati"));

    auto classes = gis::graduateLayer(*source.value(), QStringLiteral("score"), 4, core::ClassMethod::Quantile,
                                      QStringLiteral("Viridis"));
    REQUIRE(classes);
    CHECK(classes.value().classes.size() == 4);
    CHECK(classes.value().classes.last().upper == 4);

    auto missing = gis::categorizeLayer(*source.value(), QStringLiteral("nope"), {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().reason.contains(QStringLiteral("kind")));  // lists the fields there are
    auto text = gis::graduateLayer(*source.value(), QStringLiteral("kind"), 3, core::ClassMethod::Jenks, {});
    REQUIRE_FALSE(text);
    CHECK(text.error().reason.contains(QStringLiteral("faune")));
}

TEST_CASE("A printed legend lists a thematic layer's rows under it", "[gis][print][thematic]")
{
    core::LayerStyle single;
    const QList<gis::LegendEntry> entries = gis::withThematicRows(
        {{QStringLiteral("zones"), gis::LegendSymbol::Area, categorizedStyle()},
         {QStringLiteral("places"), gis::LegendSymbol::Marker, single}});
    REQUIRE(entries.size() == 5);  // zones, faune, flore, other values, places
    CHECK(entries[1].name.trimmed() == QStringLiteral("Faune"));
    CHECK(entries[1].style.fill == kFaune);
    CHECK(entries[2].name.trimmed() == QStringLiteral("flore"));
    CHECK(entries[3].name.trimmed() == QStringLiteral("Other values"));
    CHECK(entries[3].style.fill == kBase);
    CHECK(entries[4].name == QStringLiteral("places"));
    // Lines carry the row colour on their stroke.
    const QList<gis::LegendRow> lines = gis::thematicLegendRows(categorizedStyle(), gis::LegendSymbol::Line);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].style.stroke == kFaune);
    CHECK(lines[0].style.fill == kBase);
}
