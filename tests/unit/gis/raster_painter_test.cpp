// RasterPainter's even-odd fill against the rule it implements, pixel by pixel: a pixel is
// filled when a ray from its centre crosses the rings an odd number of times. Stars, rings
// with holes, several parts, bow ties, shapes across the image's edges.
#include "gis/render/raster_painter.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using atlas::gis::RasterPainter;

namespace {

constexpr QRgb kFill = 0xff2060a0;
constexpr QRgb kWhite = 0xffffffff;

QPolygonF star(std::mt19937& rnd, QPointF centre, double radius, int corners)
{
    std::uniform_real_distribution<double> jitter(0.4, 1.0);
    QPolygonF ring;
    for (int i = 0; i < corners; ++i) {
        const double a = 2 * M_PI * i / corners;
        const double r = radius * jitter(rnd);
        ring << centre + QPointF(r * std::cos(a), r * std::sin(a));
    }
    return ring;
}

bool insideEvenOdd(const std::vector<QPolygonF>& rings, QPointF p)
{
    bool inside = false;
    for (const QPolygonF& ring : rings)
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF a = ring[i], b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()))
                inside = !inside;
        }
    return inside;
}

// Pixels filled by RasterPainter where the rule says empty, or the other way round.
int wrongPixels(const std::vector<QPolygonF>& rings, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    RasterPainter(image).fillEvenOdd(rings.data(), rings.size(), kFill);
    int wrong = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            const bool filled = px == kFill;
            wrong += (filled != insideEvenOdd(rings, QPointF(x + 0.5, y + 0.5))) || (!filled && px != kWhite);
        }
    return wrong;
}

}  // namespace

TEST_CASE("The even-odd fill covers the pixel centres inside the rings, holes and parts", "[gis][render][raster]")
{
    std::mt19937 rnd(7);
    std::uniform_real_distribution<double> coordinate(-20, 120);
    const QSize size(100, 80);
    int wrong = 0;
    for (int shape = 0; shape < 300; ++shape) {
        const QPointF centre(coordinate(rnd), coordinate(rnd));
        std::vector<QPolygonF> rings{star(rnd, centre, 2 + shape % 40, 5 + shape % 30)};
        if (shape % 3 == 0)  // a hole
            rings.push_back(star(rnd, centre, 1 + shape % 40 / 3.0, 6));
        if (shape % 5 == 0)  // a second part, overlapping the first sometimes
            rings.push_back(star(rnd, centre + QPointF(15, 9), 6 + shape % 20, 7));
        wrong += wrongPixels(rings, size);
    }
    CHECK(wrong == 0);
    // Both loops of a bow tie (corners off the pixel grid: no crossing on a pixel centre).
    CHECK(wrongPixels({QPolygonF({{5.1, 5.3}, {55.2, 35.1}, {55.3, 5.2}, {5.2, 35.3}})}, QSize(60, 40)) == 0);
}

TEST_CASE("Degenerate, far-off and invalid rings are filled without harm", "[gis][render][raster]")
{
    QImage image(60, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    RasterPainter painter(image);
    const std::vector<QPolygonF> rings{QPolygonF({{10, 10.5}, {30, 10.5}, {50, 10.5}}),  // flat
                                       QPolygonF({{-1e12, -1e12}, {1e12, -1e12}, {1e12, 1e12}}),
                                       QPolygonF({{5, 5}, {std::nan(""), 20}, {20, 30}, {40, 2}}),
                                       QPolygonF({{5, 5}, {30, INFINITY}, {20, 30}, {40, -INFINITY}})};
    painter.fillEvenOdd(rings.data(), 1, kFill);
    CHECK(image.pixel(30, 10) == kWhite);
    // A triangle a trillion pixels wide covers the image above its diagonal y = x.
    painter.fillEvenOdd(rings.data() + 1, 1, kFill);
    CHECK(image.pixel(50, 5) == kFill);
    CHECK(image.pixel(5, 35) == kWhite);
    // Rings with a NaN or infinite corner neither crash nor flood the rows below them.
    image.fill(Qt::white);
    painter.fillEvenOdd(rings.data() + 2, 1, kFill);
    CHECK(image.pixel(30, 38) == kWhite);
    CHECK(image.pixel(5, 38) == kWhite);
    painter.fillEvenOdd(rings.data() + 3, 1, kFill);
    CHECK(image.pixel(30, 38) == kWhite);
}
