// The cartographic style through gis::renderMap, checked on pixels: dashes leave gaps, millimetre sizes
// follow the dpi, blend modes mix with the layers below, scale ranges hide layers and labels, label
// priority wins collisions across layers, line labels are drawn, a missing icon falls back with a warning.
// EPSG:4326 on a 200x200 image of 0..20 degrees: one degree is ten pixels.

#include "gis/render/map_renderer.h"
#include "generated_layers.h"
#include "gis_fixtures.h"
#include "support/image_compare.h"

using namespace atlas;
using namespace atlas::test;

namespace {

struct Frame {
    TempDir dir;
    gis::MapSettings settings;
    Frame()
    {
        settings.crs = QStringLiteral("EPSG:4326");
        settings.extent = {0, 0, 20, 20};
        settings.outputSize = {200, 200};
    }
    gis::RenderLayer layer(const QString& name, const QByteArray& features, const core::LayerStyle& style) const
    {
        return {name, dir.writeFile(name + QStringLiteral(".geojson"), features), {}, core::LayerKind::Vector, style};
    }
    QImage render(const QList<gis::RenderLayer>& layers, gis::RenderResult* out = nullptr) const
    {
        const std::atomic<bool> cancel{false};
        gis::RenderResult r = gis::renderMap(layers, settings, cancel);
        INFO((r.errors.isEmpty() ? std::string() : r.errors.first().message().toStdString()));
        CHECK(r.errors.isEmpty());
        if (out)
            *out = r;
        return r.image;
    }
};

core::LayerStyle lineStyle(QColor colour, double width, core::StrokeDash dash)
{
    core::LayerStyle s;
    s.stroke = colour;
    s.strokeWidth = width;
    s.dash = dash;
    return s;
}

// Pixels of row `y` darker than light grey.
int inkInRow(const QImage& image, int y)
{
    int n = 0;
    for (int x = 0; x < image.width(); ++x)
        n += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
    return n;
}

// Width in pixels of the ink on row `y`, from the first inked pixel to the last.
int inkSpan(const QImage& image, int y)
{
    int first = -1, last = -1;
    for (int x = 0; x < image.width(); ++x)
        if (qGray(image.pixel(x, y)) < 160) {
            first = first < 0 ? x : first;
            last = x;
        }
    return first < 0 ? 0 : last - first + 1;
}

int pixelsNear(const QImage& image, QColor colour, int delta)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += colourNear(image.pixel(x, y), colour.rgb(), delta) ? 1 : 0;
    return n;
}

const QByteArray kHorizontal = geojson::featureCollection({geojson::feature(geojson::lineString({{1, 10.05}, {19, 10.05}}), R"({"ref":"A25"})")});

}  // namespace

TEST_CASE("dashed strokes leave gaps, thin or thick, where solid ones do not", "[gis][render][style]")
{
    Frame f;
    for (const double width : {1.0, 3.0}) {
        INFO("width " << width);
        const QImage solid = f.render({f.layer(QStringLiteral("solid"), kHorizontal, lineStyle(Qt::black, width, core::StrokeDash::Solid))});
        const QImage dashed = f.render({f.layer(QStringLiteral("dashed"), kHorizontal, lineStyle(Qt::black, width, core::StrokeDash::Dash))});
        const QImage dotted = f.render({f.layer(QStringLiteral("dotted"), kHorizontal, lineStyle(Qt::black, width, core::StrokeDash::Dot))});
        const int row = 99;  // y = 10.05 degrees
        const int full = inkInRow(solid, row);
        CHECK(full >= 175);
        CHECK(inkInRow(dashed, row) > full / 2);
        CHECK(inkInRow(dashed, row) < full * 0.8);
        CHECK(inkInRow(dotted, row) > full / 5);
        CHECK(inkInRow(dotted, row) < full * 0.6);
    }
}

TEST_CASE("millimetre sizes follow the dpi, pixel sizes are 1/96 inch", "[gis][render][style]")
{
    Frame f;
    const QByteArray one = geojson::featureCollection({geojson::feature(geojson::point({10, 10}))});
    core::LayerStyle mm;
    mm.sizeUnit = core::SizeUnit::Millimetres;
    mm.markerSize = 4;  // 15.1 px at 96 dpi
    mm.marker = core::MarkerShape::Square;
    mm.fill = Qt::black;
    mm.strokeWidth = 0;
    core::LayerStyle px = mm;
    px.sizeUnit = core::SizeUnit::Pixels;
    px.markerSize = 4;
    for (const double dpi : {96.0, 192.0}) {
        INFO("dpi " << dpi);
        f.settings.dpi = dpi;
        const double k = dpi / 96;
        const int mmSpan = inkSpan(f.render({f.layer(QStringLiteral("mm"), one, mm)}), 100);
        const int pxSpan = inkSpan(f.render({f.layer(QStringLiteral("px"), one, px)}), 100);
        CHECK(std::abs(mmSpan - 4 * 96 / 25.4 * k) <= 1.5);
        CHECK(std::abs(pxSpan - 4 * k) <= 1.5);
    }
}

TEST_CASE("a blend mode mixes a layer with the layers below", "[gis][render][style]")
{
    Frame f;
    const QByteArray square = geojson::featureCollection({geojson::feature(geojson::polygon({{{2, 2}, {18, 2}, {18, 18}, {2, 18}, {2, 2}}}))});
    core::LayerStyle below;
    below.fill = QColor(200, 40, 40);
    below.strokeWidth = 0;
    core::LayerStyle above = below;
    above.fill = QColor(128, 128, 255);
    const QPointF at(100, 100);
    for (const auto& [blend, expected] : {std::pair{core::BlendMode::Normal, qRgb(128, 128, 255)},
                                          std::pair{core::BlendMode::Multiply, qRgb(100, 20, 40)},
                                          std::pair{core::BlendMode::Darken, qRgb(128, 40, 40)},
                                          std::pair{core::BlendMode::Lighten, qRgb(200, 128, 255)}}) {
        above.blend = blend;
        const QImage image = f.render({f.layer(QStringLiteral("below"), square, below), f.layer(QStringLiteral("above"), square, above)});
        INFO("blend " << core::blendModeName(blend) << " pixel " << std::hex << image.pixel(at.toPoint()));
        CHECK(colourNear(image.pixel(at.toPoint()), expected, 3));
    }
}

TEST_CASE("a big layer's blend mode and opacity apply whether it is drawn in parts or from its level of detail",
          "[gis][render][style][lod]")
{
    // Multiply over an opaque layer B, with the layer's opacity o and the layer alone over white A:
    // the map is B * (o * A + 1 - o), pixel by pixel (edges included), however A was drawn.
    TempDir dir;
    const QString big = dir.filePath(QStringLiteral("polygons.gpkg"));
    REQUIRE(writeGeneratedLayer(big, GeneratedKind::Polygons, 30000));
    gis::MapSettings settings;
    settings.crs = QStringLiteral("EPSG:4326");
    settings.outputSize = QSize(320, 240);
    settings.extent = core::Extent{kGeneratedXMin, kGeneratedYMin, kGeneratedXMax, kGeneratedYMax};
    core::LayerStyle belowStyle;
    belowStyle.fill = QColor(200, 160, 40);
    belowStyle.strokeWidth = 0;
    const QByteArray all = geojson::featureCollection({geojson::feature(geojson::polygon(
        {{{1.0, 50.0}, {4.0, 50.0}, {4.0, 52.0}, {1.0, 52.0}, {1.0, 50.0}}}))});
    const gis::RenderLayer below{QStringLiteral("below"), dir.writeFile(QStringLiteral("below.geojson"), all), {},
                                 core::LayerKind::Vector, belowStyle};
    core::LayerStyle aboveStyle;
    aboveStyle.fill = QColor(60, 140, 230);
    aboveStyle.stroke = QColor(20, 40, 120);
    const std::atomic<bool> never{false};
    const auto render = [&](const QList<gis::RenderLayer>& layers) {
        const gis::RenderResult r = gis::renderMap(layers, settings, never);
        CHECK(r.errors.isEmpty());
        return r.image.convertToFormat(QImage::Format_RGB32);
    };
    for (const bool lod : {false, true}) {
        settings.levelOfDetail = lod;
        const QImage b = render({below});
        for (const double opacity : {1.0, 0.6}) {
            INFO((lod ? "level of detail" : "exact, in parts") << ", opacity " << opacity);
            gis::RenderLayer above{QStringLiteral("above"), big, {}, core::LayerKind::Vector, aboveStyle};
            const QImage a = render({above});
            above.style.blend = core::BlendMode::Multiply;
            above.style.opacity = opacity;
            const QImage m = render({below, above});
            qint64 covered = 0, off = 0;
            for (int y = 0; y < m.height(); ++y)
                for (int x = 0; x < m.width(); ++x) {
                    const QRgb pa = a.pixel(x, y), pb = b.pixel(x, y);
                    const auto mix = [&](int ca, int cb) { return int(cb * (opacity * ca / 255.0 + 1 - opacity) + 0.5); };
                    covered += pa != qRgb(255, 255, 255) ? 1 : 0;
                    off += colourNear(m.pixel(x, y), qRgb(mix(qRed(pa), qRed(pb)), mix(qGreen(pa), qGreen(pb)),
                                                          mix(qBlue(pa), qBlue(pb))),
                                      4)
                               ? 0
                               : 1;
                }
            INFO("covered " << covered << ", off " << off);
            CHECK(covered > m.width() * m.height() / 10);
            CHECK(off <= covered / 1000);
        }
    }
}

TEST_CASE("a layer outside its scale range is not drawn, nor are labels outside theirs", "[gis][render][style]")
{
    Frame f;
    const double scale = f.settings.scaleDenominator();
    const QByteArray pts = geojson::featureCollection({geojson::feature(geojson::point({10, 10}), R"({"name":"Lille"})")});
    core::LayerStyle s;
    s.fill = Qt::black;
    s.markerSize = 10;
    s.labelField = QStringLiteral("name");
    const auto inked = [&](const core::LayerStyle& style) {
        const QImage image = f.render({f.layer(QStringLiteral("pts"), pts, style)});
        return std::pair{inkInRow(image, 100) > 0, inkSpan(image, 100) > 20};  // marker, label beside it
    };
    CHECK(inked(s) == std::pair{true, true});
    s.visibleScales = {0, scale / 2};  // zoomed out beyond its limit
    CHECK(inked(s) == std::pair{false, false});
    s.visibleScales = {scale / 2, scale * 2};
    CHECK(inked(s) == std::pair{true, true});
    s.labelScales = {scale * 2, 0};  // labels only when zoomed out further
    CHECK(inked(s) == std::pair{true, false});
}

TEST_CASE("a label that would be cut by the image's edge goes to the other side of its marker", "[gis][render][style]")
{
    Frame f;
    core::LayerStyle s;
    s.fill = Qt::black;
    s.markerSize = 6;
    s.labelField = QStringLiteral("name");
    // Width in pixels of the dark ink on the rows of a point at longitude `lon`, left and right of its
    // marker (the marker aside): the label's width on the side it was put.
    const auto sides = [&](double lon) {
        const QByteArray pt = geojson::featureCollection({geojson::feature(geojson::point({lon, 10}), R"({"name":"Hazebrouck"})")});
        const QImage image = f.render({f.layer(QStringLiteral("pt"), pt, s)});
        const int x = int(lon * 10);
        int leftFirst = x, rightLast = x;
        for (int y = 94; y < 106; ++y)
            for (int c = 0; c < image.width(); ++c)
                if (qGray(image.pixel(c, y)) < 160) {
                    if (c < x - 5)
                        leftFirst = std::min(leftFirst, c);
                    if (c > x + 5)
                        rightLast = std::max(rightLast, c);
                }
        return std::pair{x - leftFirst, rightLast - x};
    };
    const auto [leftMiddle, rightMiddle] = sides(8);  // room on the right: the usual place
    CHECK(leftMiddle == 0);
    CHECK(rightMiddle > 50);
    const auto [leftEdge, rightEdge] = sides(18.5);  // 15 pixels from the edge: the label goes left, whole
    CHECK(rightEdge == 0);
    CHECK(std::abs(leftEdge - rightMiddle) <= 3);  // the same text, as wide: not cut
}

TEST_CASE("label priority wins collisions across layers; lines are labelled", "[gis][render][style]")
{
    Frame f;
    // Two areas, one over the other, labelled at the same place: only one label fits.
    const QByteArray area = geojson::featureCollection(
        {geojson::feature(geojson::polygon({{{4, 4}, {16, 4}, {16, 16}, {4, 16}, {4, 4}}}), R"({"name":"MMMMMM"})")});
    core::LayerStyle red;
    red.fill = Qt::transparent;
    red.strokeWidth = 0;
    red.stroke = QColor(255, 0, 0).lighter(150);  // labels are drawn in the stroke, darker
    red.labelField = QStringLiteral("name");
    core::LayerStyle blue = red;
    blue.stroke = QColor(0, 0, 255).lighter(150);
    const QColor redText = red.stroke.darker(150), blueText = blue.stroke.darker(150);
    // By default the upper layer (blue) wins.
    QImage image = f.render({f.layer(QStringLiteral("red"), area, red), f.layer(QStringLiteral("blue"), area, blue)});
    CHECK(pixelsNear(image, blueText, 40) > 20);
    CHECK(pixelsNear(image, redText, 40) == 0);
    // A higher priority puts the lower layer's label first.
    red.labelPriority = 5;
    image = f.render({f.layer(QStringLiteral("red"), area, red), f.layer(QStringLiteral("blue"), area, blue)});
    CHECK(pixelsNear(image, redText, 40) > 20);
    CHECK(pixelsNear(image, blueText, 40) == 0);

    // A line gets its label along it, at its middle.
    core::LayerStyle road = lineStyle(QColor(120, 120, 120), 1, core::StrokeDash::Solid);
    road.labelField = QStringLiteral("ref");
    gis::RenderResult r;
    image = f.render({f.layer(QStringLiteral("road"), kHorizontal, road)}, &r);
    int text = 0;  // ink off the line's own rows (99, 100), near its middle
    for (int y = 90; y < 110; ++y)
        text += y == 99 || y == 100 ? 0 : inkInRow(image, y);
    CHECK(text > 15);
    road.labelField.clear();
    image = f.render({f.layer(QStringLiteral("road"), kHorizontal, road)}, &r);
    CHECK(inkInRow(image, 95) + inkInRow(image, 97) == 0);
}

TEST_CASE("a missing SVG icon is drawn as the marker shape, with a warning", "[gis][render][style]")
{
    Frame f;
    const QByteArray one = geojson::featureCollection({geojson::feature(geojson::point({10, 10}))});
    core::LayerStyle s;
    s.fill = Qt::black;
    s.markerSize = 10;
    s.markerSvg = f.dir.filePath(QStringLiteral("gone.svg"));
    gis::RenderResult r;
    const QImage image = f.render({f.layer(QStringLiteral("pts"), one, s)}, &r);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().message().contains(QStringLiteral("gone.svg")));
    CHECK(inkSpan(image, 100) >= 9);  // the circle
    // A built-in icon: drawn, no warning.
    s.markerSvg = QStringLiteral(":/markers/star.svg");
    const QImage star = f.render({f.layer(QStringLiteral("star"), one, s)}, &r);
    CHECK(r.warnings.isEmpty());
    CHECK(pixelsNear(star, QColor(0xf2, 0xb7, 0x05), 30) > 10);  // the star's yellow
}
