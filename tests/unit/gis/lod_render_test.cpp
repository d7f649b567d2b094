// Big generated layers drawn from their level-of-detail copy compared with the exact
// render of the same frame: the same pixels painted, near-identical colours.

#include "gis/render/lod_cache.h"
#include "gis/datasource/layer_source.h"
#include "gis/render/map_renderer.h"
#include "gis/render/vector_layer_renderer.h"
#include "generated_layers.h"
#include "support/image_compare.h"
#include "support/temp_dir.h"
#include "support/test_support.h"

#include <QPainter>
#include <algorithm>

using namespace atlas;
using namespace atlas::test;

namespace {

struct Comparison {
    double differing = 0;     // pixels whose colour differs by more than 24 on a channel
    double paintedOnlyOnce = 0;  // pixels painted in one image and left blank in the other
    int worstBlock = 0;       // largest channel difference of 8x8 block averages
};

bool painted(QRgb c)
{
    return std::max({std::abs(qRed(c) - 255), std::abs(qGreen(c) - 255), std::abs(qBlue(c) - 255)}) > 24;
}

Comparison compare(const QImage& a, const QImage& b)
{
    Comparison c;
    c.differing = compareImages(a, b, 24).fraction();
    qint64 once = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            once += painted(a.pixel(x, y)) != painted(b.pixel(x, y)) ? 1 : 0;
    c.paintedOnlyOnce = double(once) / double(a.width() * a.height());
    for (int by = 0; by + 8 <= a.height(); by += 8)
        for (int bx = 0; bx + 8 <= a.width(); bx += 8) {
            int sa[3] = {0, 0, 0}, sb[3] = {0, 0, 0};
            for (int y = by; y < by + 8; ++y)
                for (int x = bx; x < bx + 8; ++x) {
                    const QRgb pa = a.pixel(x, y), pb = b.pixel(x, y);
                    sa[0] += qRed(pa), sa[1] += qGreen(pa), sa[2] += qBlue(pa);
                    sb[0] += qRed(pb), sb[1] += qGreen(pb), sb[2] += qBlue(pb);
                }
            for (int i = 0; i < 3; ++i)
                c.worstBlock = std::max(c.worstBlock, std::abs(sa[i] - sb[i]) / 64);
        }
    return c;
}

// The exact render of one layer in one pass, in feature order, over white: what the
// level-of-detail render draws strip by strip.
QImage sequentialExact(const gis::RenderLayer& layer, const gis::MapSettings& settings)
{
    auto source = gis::openLayerSource(layer.path, layer.layerName, layer.kind);
    REQUIRE(source);
    gis::VectorLayerRenderer renderer(layer, settings, nullptr);
    auto request = renderer.requestFor(*source.value());
    REQUIRE(request);
    QImage layerImage(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    layerImage.fill(Qt::transparent);
    const std::atomic<bool> never{false};
    REQUIRE(renderer.render(*source.value(), request.value(), layerImage, never));
    QImage out(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    out.fill(settings.background);
    QPainter(&out).drawImage(0, 0, layerImage);
    return out;
}

// The generated layer at `path` in the benchmark's style: marker 1 mm, hairline strokes.
gis::RenderLayer benchmarkLayer(const QString& path)
{
    core::LayerStyle style;
    style.markerSize = 3.78;
    style.strokeWidth = 0.98;
    style.fill = QColor(166, 206, 227);
    style.stroke = QColor(31, 120, 180);
    return {QStringLiteral("generated"), path, {}, core::LayerKind::Vector, style};
}

gis::MapSettings fullExtent()
{
    gis::MapSettings settings;
    settings.crs = QStringLiteral("EPSG:4326");
    settings.outputSize = QSize(960, 540);
    settings.extent = core::Extent{kGeneratedXMin, kGeneratedYMin, kGeneratedXMax, kGeneratedYMax};
    return settings;
}

}  // namespace

TEST_CASE("a level-of-detail render matches the exact render of big generated layers", "[gis][render][lod]")
{
    TempDir dir;
    struct Case {
        const char* name;
        GeneratedKind kind;
        int count;
        double maxDiffering;
    };
    // Simplified by at most a quarter of a pixel, outlines and lines shift their
    // anti-aliasing here and there; points are only rounded to a 32nd of a pixel.
    const Case c = GENERATE(Case{"polygons", GeneratedKind::Polygons, 30000, 0.08},
                            Case{"lines", GeneratedKind::Lines, 30000, 0.12},
                            Case{"points", GeneratedKind::Points, 150000, 0.03});
    INFO(c.name);
    const QString path = dir.filePath(QStringLiteral("%1.gpkg").arg(QLatin1String(c.name)));
    REQUIRE(writeGeneratedLayer(path, c.kind, c.count));

    const QList<gis::RenderLayer> layers{benchmarkLayer(path)};
    gis::MapSettings settings = fullExtent();
    const std::atomic<bool> never{false};

    gis::LodCache::instance().clear();
    settings.levelOfDetail = false;
    const gis::RenderResult exact = gis::renderMap(layers, settings, never);
    REQUIRE(exact.errors.isEmpty());
    CHECK(gis::LodCache::instance().bytes() == 0);
    settings.levelOfDetail = true;
    const gis::RenderResult first = gis::renderMap(layers, settings, never);  // builds the level
    REQUIRE(first.errors.isEmpty());
    CHECK(gis::LodCache::instance().bytes() > 0);
    const gis::RenderResult warm = gis::renderMap(layers, settings, never);
    CHECK(compareImages(warm.image, first.image, 0).differing == 0);

    // The exact render draws big layers in two id ranges composited: where features overlap,
    // its pixels differ from a one-pass draw. The level is compared with the one-pass draw.
    const QImage reference = sequentialExact(layers.front(), settings);
    const Comparison d = compare(warm.image, reference);
    const Comparison parallel = compare(exact.image, reference);
    INFO("exact in two parts vs one pass: differing " << parallel.differing << ", painted in one only "
                                                      << parallel.paintedOnlyOnce << ", worst 8x8 block "
                                                      << parallel.worstBlock);
    INFO("differing " << d.differing << ", painted in one only " << d.paintedOnlyOnce << ", worst 8x8 block "
                      << d.worstBlock);
    CHECK(d.differing < c.maxDiffering);
    CHECK(d.paintedOnlyOnce < 0.015);
    CHECK(d.worstBlock <= 16);
    // Every feature in view is drawn (a point on a pixel already stamped may be skipped).
    if (c.kind != GeneratedKind::Points)
        CHECK(std::abs(warm.featuresDrawn - exact.featuresDrawn) <= exact.featuresDrawn / 1000);
    if (qEnvironmentVariableIsSet("ATLAS_LOD_TEST_PNG")) {
        exact.image.save(dir.filePath(QStringLiteral("exact.png")));
        warm.image.save(qEnvironmentVariable("ATLAS_LOD_TEST_PNG") + QLatin1Char('/') + QLatin1String(c.name) +
                        QStringLiteral("_lod.png"));
        exact.image.save(qEnvironmentVariable("ATLAS_LOD_TEST_PNG") + QLatin1Char('/') + QLatin1String(c.name) +
                         QStringLiteral("_exact.png"));
    }
}

TEST_CASE("a zoomed-in frame of a big point layer is drawn from the level built for the full extent",
          "[gis][render][lod]")
{
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("points.gpkg"));
    REQUIRE(writeGeneratedLayer(path, GeneratedKind::Points, 150000));
    const QList<gis::RenderLayer> layers{benchmarkLayer(path)};
    gis::MapSettings settings = fullExtent();
    settings.levelOfDetail = true;
    const std::atomic<bool> never{false};
    gis::LodCache::instance().clear();
    REQUIRE(gis::renderMap(layers, settings, never).errors.isEmpty());  // builds the level

    // A tenth of the width and height: 1,500 points in view, too few for a level of their own.
    const double w = (kGeneratedXMax - kGeneratedXMin) / 10, h = (kGeneratedYMax - kGeneratedYMin) / 10;
    const double x = kGeneratedXMin + 4 * w, y = kGeneratedYMin + 4 * h;
    settings.extent = core::Extent{x, y, x + w, y + h};
    const qint64 served = gis::LodCache::instance().framesServed();
    const gis::RenderResult zoomed = gis::renderMap(layers, settings, never);
    REQUIRE(zoomed.errors.isEmpty());
    CHECK(gis::LodCache::instance().framesServed() == served + 1);
    settings.levelOfDetail = false;
    const gis::RenderResult exact = gis::renderMap(layers, settings, never);
    // The same points, rounded to at most a sixth of this frame's pixel: a marker here and
    // there a pixel away, where its position falls near a pixel's edge.
    CHECK(std::abs(zoomed.featuresDrawn - exact.featuresDrawn) <= exact.featuresDrawn / 200);
    CHECK(exact.featuresDrawn > 1000);
    const Comparison d = compare(zoomed.image, exact.image);
    INFO("differing " << d.differing << ", painted in one only " << d.paintedOnlyOnce << ", worst 8x8 block "
                      << d.worstBlock);
    CHECK(d.paintedOnlyOnce < 0.01);
    CHECK(d.worstBlock <= 16);

    // Much further in, the level's rounding would show: drawn exactly.
    settings.levelOfDetail = true;
    settings.extent = core::Extent{x, y, x + w / 50, y + h / 50};
    const qint64 before = gis::LodCache::instance().framesServed();
    REQUIRE(gis::renderMap(layers, settings, never).errors.isEmpty());
    CHECK(gis::LodCache::instance().framesServed() == before);
}
