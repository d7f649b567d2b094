#include "gis/render/lod_renderer.h"

#include "gis/render/feature_painter.h"
#include "gis/render/render_pool.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace atlas::gis {
namespace {

// Rows per strip: a strip of a full HD frame stays in a core's cache while its features are drawn.
constexpr int kStripRows = 64;
constexpr std::size_t kCancelCheckInterval = 512;

// Map from quantized coordinates to a strip's pixels: px = qx * a + bx, py = by - qy * a.
struct PixelMap {
    double a, bx, by;
    QPointF operator()(const std::int32_t* q) const { return {q[0] * a + bx, by - q[1] * a}; }
};

// A strip takes its features in layer order, scattered through the copy: their points are
// asked for this many features ahead, so that they are in the cache when drawn.
constexpr std::size_t kPrefetchDistance = 8;

struct Strip {
    int y0 = 0, y1 = 0;
    std::vector<std::uint32_t> features;  // in layer order
};

PixelMap pixelMap(const LodLayer& lod, const MapSettings& settings, int y0)
{
    const double upp = settings.unitsPerPixel();
    return {lod.quantum / upp, (lod.originX - settings.extent.xMin) / upp,
            (settings.extent.yMax - lod.originY) / upp - y0};
}

// Each feature within `margin` of the frame goes to every strip its pixel box, widened by
// `stripMargin`, touches.
void bucket(const LodLayer& lod, const PixelMap& map, int width, int height, double margin, double stripMargin,
            std::vector<Strip>& strips, const std::atomic<bool>& cancel)
{
    const std::size_t n = lod.featureCount();
    const auto last = int(strips.size()) - 1;
    for (std::size_t f = 0; f < n; ++f) {
        if (f % (64 * kCancelCheckInterval) == 0 && cancel.load())
            return;
        const std::int32_t* lo = lod.pointsOnly ? lod.xy.data() + 2 * f : lod.featureBox.data() + 4 * f;
        const std::int32_t* hi = lod.pointsOnly ? lo : lo + 2;
        const QPointF topLeft = map(std::array<std::int32_t, 2>{lo[0], hi[1]}.data());
        const QPointF bottomRight = map(std::array<std::int32_t, 2>{hi[0], lo[1]}.data());
        if (bottomRight.x() < -margin || topLeft.x() > width + margin || bottomRight.y() < -margin ||
            topLeft.y() > height + margin)
            continue;
        const int s0 = std::clamp(int(std::floor((topLeft.y() - stripMargin) / kStripRows)), 0, last);
        const int s1 = std::clamp(int(std::floor((bottomRight.y() + stripMargin) / kStripRows)), 0, last);
        for (int s = s0; s <= s1; ++s)
            strips[std::size_t(s)].features.push_back(std::uint32_t(f));
    }
}

void prefetchPoints(const LodLayer& lod, std::uint32_t f)
{
    if (lod.pointsOnly) {
        __builtin_prefetch(lod.xy.data() + 2 * f);
        return;
    }
    const std::uint32_t firstPart = f == 0 ? 0 : lod.featureEnd[f - 1];
    if (lod.featureEnd[f] == firstPart)
        return;
    const std::uint32_t begin = firstPart == 0 ? 0 : lod.partEnd[firstPart - 1];
    const std::uint32_t end = lod.partEnd[lod.featureEnd[f] - 1];
    const char* p = reinterpret_cast<const char*>(lod.xy.data() + 2 * begin);
    const char* last = reinterpret_cast<const char*>(lod.xy.data() + 2 * end);
    for (int line = 0; line < 8 && p < last; ++line, p += 64)
        __builtin_prefetch(p);
}

// Marks in `drawn` the features that put something in the strip.
void drawStrip(const LodLayer& lod, const core::LayerStyle& style, const MapSettings& settings, QImage& target,
               const Strip& strip, std::atomic<std::uint8_t>* drawn, const std::atomic<bool>& cancel)
{
    // The strip's rows of the target, shared: threads write disjoint rows.
    QImage image(target.bits() + std::ptrdiff_t(strip.y0) * target.bytesPerLine(), target.width(),
                 strip.y1 - strip.y0, target.bytesPerLine(), target.format());
    FeaturePainter painter(image, style, settings.dpi, nullptr);
    const PixelMap map = pixelMap(lod, settings, strip.y0);
    const bool single = lod.symbol.empty();
    QPolygonF line;
    std::vector<QPolygonF> rings;  // reused: the first `used` hold the feature's rings
    const std::size_t count = strip.features.size();
    for (std::size_t k = 0; k < count; ++k) {
        if ((k + 1) % kCancelCheckInterval == 0 && cancel.load())
            break;
        const std::uint32_t f = strip.features[k];
        if (k + kPrefetchDistance < count)
            prefetchPoints(lod, strip.features[k + kPrefetchDistance]);
        const std::size_t symbol = single ? 0 : lod.symbol[f];
        if (lod.pointsOnly) {
            if (painter.drawPoint(map(lod.xy.data() + 2 * f), symbol, QString()))
                drawn[f].store(1, std::memory_order_relaxed);
            continue;
        }
        bool any = false;
        std::size_t used = 0;
        for (std::uint32_t pi = f == 0 ? 0 : lod.featureEnd[f - 1]; pi < lod.featureEnd[f]; ++pi) {
            const std::uint32_t begin = pi == 0 ? 0 : lod.partEnd[pi - 1], end = lod.partEnd[pi];
            const PartRole role = lod.partRole[pi];
            if (role == PartRole::Point) {
                any = painter.drawPoint(map(lod.xy.data() + 2 * begin), symbol, QString()) || any;
                continue;
            }
            if (role != PartRole::Line && rings.size() == used)
                rings.emplace_back();
            QPolygonF& out = role == PartRole::Line ? line : rings[used];
            out.clear();
            for (std::uint32_t i = begin; i < end; ++i)
                appendPixel(out, map(lod.xy.data() + 2 * i), i + 1 == end);
            if (role == PartRole::Line)
                any = painter.drawLine(out, symbol) || any;
            else if (out.size() >= 2)
                ++used;
        }
        if (used > 0)
            any = painter.drawPolygon(rings.data(), used, symbol, QString()) || any;
        if (any)
            drawn[f].store(1, std::memory_order_relaxed);
    }
}

}  // namespace

VectorRenderStats drawLodLayer(const LodLayer& lod, const core::LayerStyle& style, const MapSettings& settings,
                               QImage& target, const std::atomic<bool>& cancel)
{
    const int height = target.height();
    std::vector<Strip> strips(std::size_t(std::max(1, (height + kStripRows - 1) / kStripRows)));
    for (std::size_t i = 0; i < strips.size(); ++i) {
        strips[i].y0 = int(i) * kStripRows;
        strips[i].y1 = std::min(height, strips[i].y0 + kStripRows);
    }
    const double scale = style.pixelsPerUnit(settings.dpi);
    // As far as a marker or a stroke reaches beyond a feature's box. Features that near the frame
    // count as drawn, as in the exact render; only those with points need the marker's reach
    // within it, lines and areas put in strips they do not touch would be drawn for nothing.
    const double stroke = 2 + 2 * std::max(style.strokeWidth, 0.0) * scale;
    const double margin = stroke + std::max(style.markerSize, 0.0) * scale;
    const bool points = lod.pointsOnly || std::find(lod.partRole.begin(), lod.partRole.end(), PartRole::Point) !=
                                              lod.partRole.end();
    bucket(lod, pixelMap(lod, settings, 0), target.width(), height, margin, points ? margin : stroke, strips, cancel);
    target.bits();  // detach once, before the threads share the pixels
    // A feature across strips is drawn by each of them but counted once.
    const std::size_t n = lod.featureCount();
    const std::unique_ptr<std::atomic<std::uint8_t>[]> drawn(new std::atomic<std::uint8_t>[n]());
    QList<const Strip*> list;
    for (const Strip& s : strips)
        list << &s;
    QtConcurrent::blockingMap(renderThreadPool(), list, [&](const Strip* s) { drawStrip(lod, style, settings, target, *s, drawn.get(), cancel); });
    VectorRenderStats total;
    total.featuresRead = qint64(n);
    for (std::size_t f = 0; f < n; ++f)
        total.featuresDrawn += drawn[f].load(std::memory_order_relaxed);
    return total;
}

}  // namespace atlas::gis
