// Rendering real files through gis::renderMap, checked pixel by pixel. The fixture is
// in EPSG:4326 and drawn in EPSG:4326 on a 200x200 image of 0..20 degrees, so one
// degree is ten pixels and expected positions are easy to read.

#include "gis/render/map_renderer.h"
#include "gis/render/render_job.h"
#include "gis_fixtures.h"
#include "support/image_compare.h"

#include <QEventLoop>
#include <QTimer>

using namespace atlas;
using namespace atlas::test;

namespace {

const QRgb kWhite = qRgb(255, 255, 255);
const QColor kRed(220, 30, 30), kGreen(0, 160, 0), kBlue(0, 0, 220);

core::LayerStyle style(QColor fill, QColor stroke, double strokeWidth)
{
    core::LayerStyle s;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidth = strokeWidth;
    return s;
}

struct Scene {
    TempDir dir;
    QList<gis::RenderLayer> layers;
    gis::MapSettings settings;

    Scene()
    {
        using namespace geojson;
        const QString polygons = dir.writeFile(
            QStringLiteral("polygons.geojson"),
            featureCollection({feature(polygon({{{1, 1}, {9, 1}, {9, 9}, {1, 9}, {1, 1}},
                                                {{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}}}))}));
        const QString lines = dir.writeFile(QStringLiteral("lines.geojson"),
                                            featureCollection({feature(lineString({{11, 11}, {19, 13}}))}));
        const QString points = dir.writeFile(
            QStringLiteral("points.geojson"),
            featureCollection({feature(point({15, 5}), R"({"name":"Sud"})"),
                               feature(point({3, 16}), R"({"name":"Nord"})")}));

        core::LayerStyle pointStyle = style(kBlue, kBlue, 0);
        pointStyle.markerSize = 12;
        layers = {{QStringLiteral("polygons"), polygons, {}, core::LayerKind::Vector, style(kRed, kRed, 0)},
                  {QStringLiteral("lines"), lines, {}, core::LayerKind::Vector, style(kGreen, kGreen, 4)},
                  {QStringLiteral("points"), points, {}, core::LayerKind::Vector, pointStyle}};
        settings.crs = QStringLiteral("EPSG:4326");
        settings.extent = {0, 0, 20, 20};
        settings.outputSize = {200, 200};
    }

    QRgb pixelAt(const QImage& image, double lon, double lat) const
    {
        const QPointF p = settings.toPixel(lon, lat);
        return image.pixel(int(p.x()), int(p.y()));
    }
};

std::string describe(QRgb c)
{
    return "rgba(" + std::to_string(qRed(c)) + "," + std::to_string(qGreen(c)) + "," + std::to_string(qBlue(c)) +
           "," + std::to_string(qAlpha(c)) + ")";
}

#define CHECK_COLOUR(pixel, expected, delta)                                      \
    do {                                                                          \
        INFO("pixel " << describe(pixel) << " expected " << describe(expected)); \
        CHECK(colourNear(pixel, expected, delta));                                \
    } while (false)

}  // namespace

TEST_CASE("renderMap draws polygons with holes, lines and point markers", "[gis][render]")
{
    Scene scene;
    const std::atomic<bool> cancel{false};
    const gis::RenderResult r = gis::renderMap(scene.layers, scene.settings, cancel);

    REQUIRE(r.errors.isEmpty());
    CHECK_FALSE(r.cancelled);
    CHECK(r.featuresDrawn == 4);
    REQUIRE(r.image.size() == QSize(200, 200));

    CHECK_COLOUR(scene.pixelAt(r.image, 2.5, 2.5), kRed.rgb(), 2);    // polygon interior
    CHECK_COLOUR(scene.pixelAt(r.image, 5.0, 5.0), kWhite, 2);         // the hole
    CHECK_COLOUR(scene.pixelAt(r.image, 7.5, 7.5), kRed.rgb(), 2);    // interior past the hole
    CHECK_COLOUR(scene.pixelAt(r.image, 15.0, 12.0), kGreen.rgb(), 2); // on the line
    CHECK_COLOUR(scene.pixelAt(r.image, 15.0, 13.5), kWhite, 2);       // beside the line
    CHECK_COLOUR(scene.pixelAt(r.image, 15.0, 5.0), kBlue.rgb(), 2);   // point marker
    CHECK_COLOUR(scene.pixelAt(r.image, 3.0, 16.0), kBlue.rgb(), 2);   // other marker
    CHECK_COLOUR(scene.pixelAt(r.image, 15.0, 8.0), kWhite, 2);        // empty map
}

TEST_CASE("renderMap applies layer opacity over the layers below", "[gis][render]")
{
    Scene scene;
    scene.layers[0].style.opacity = 0.5;
    const std::atomic<bool> cancel{false};
    const gis::RenderResult r = gis::renderMap(scene.layers, scene.settings, cancel);
    REQUIRE(r.errors.isEmpty());
    // Half red over white.
    CHECK_COLOUR(scene.pixelAt(r.image, 2.5, 2.5), qRgb(238, 142, 142), 3);
}

TEST_CASE("renderMap draws labels beside point markers", "[gis][render]")
{
    Scene scene;
    scene.layers[2].style.labelField = QStringLiteral("name");
    const std::atomic<bool> cancel{false};
    const gis::RenderResult r = gis::renderMap(scene.layers, scene.settings, cancel);
    REQUIRE(r.errors.isEmpty());

    // The label of "Nord" (3, 16) sits to the right of its marker: dark text pixels there.
    const QPointF anchor = scene.settings.toPixel(3, 16);
    int dark = 0;
    for (int x = int(anchor.x()) + 8; x < int(anchor.x()) + 50; ++x)
        for (int y = int(anchor.y()) - 8; y <= int(anchor.y()) + 8; ++y)
            dark += qGray(r.image.pixel(x, y)) < 100 ? 1 : 0;
    CHECK(dark > 10);
}

TEST_CASE("A pre-set cancel flag yields a cancelled, empty render", "[gis][render]")
{
    Scene scene;
    const std::atomic<bool> cancel{true};
    const gis::RenderResult r = gis::renderMap(scene.layers, scene.settings, cancel);
    CHECK(r.cancelled);
    CHECK(r.featuresDrawn == 0);
    CHECK(r.errors.isEmpty());
    CHECK_COLOUR(scene.pixelAt(r.image, 2.5, 2.5), kWhite, 0);
}

TEST_CASE("A layer that cannot be opened is reported; the others still draw", "[gis][render]")
{
    Scene scene;
    const QString missing = scene.dir.filePath(QStringLiteral("gone.geojson"));
    scene.layers.insert(1, {QStringLiteral("ghost"), missing, {}, core::LayerKind::Vector, core::LayerStyle{}});
    const std::atomic<bool> cancel{false};
    const gis::RenderResult r = gis::renderMap(scene.layers, scene.settings, cancel);

    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().location == QStringLiteral("ghost"));
    CHECK(r.errors.first().message().contains(QStringLiteral("gone.geojson")));
    CHECK(r.featuresDrawn == 4);
    CHECK_COLOUR(scene.pixelAt(r.image, 15.0, 12.0), kGreen.rgb(), 2);
}

TEST_CASE("RenderJob renders on a worker thread and reports finished", "[gis][render]")
{
    Scene scene;
    gis::RenderJob job(scene.layers, scene.settings);
    gis::RenderResult result;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &gis::RenderJob::finished, &loop, [&](const gis::RenderResult& r) {
        result = r;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);  // a hang fails instead of blocking
    job.start();
    loop.exec();

    REQUIRE(finished);
    CHECK_FALSE(job.isRunning());
    CHECK(result.featuresDrawn == 4);
    CHECK(result.settings == scene.settings);
    CHECK_COLOUR(scene.pixelAt(result.image, 2.5, 2.5), kRed.rgb(), 2);
}
