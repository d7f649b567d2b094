#include "gis/render/lod_layer.h"

#include "gis/crs/crs_transform.h"
#include "gis/render/thematic_lookup.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas::gis {
namespace {

constexpr int kCancelCheckInterval = 1024;
// Quantized steps per tolerance: positions stay within a sixteenth of the tolerance.
constexpr double kStepsPerTolerance = 8;

std::int32_t quantize(double v)
{
    constexpr double lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
    return std::int32_t(std::clamp(std::round(v), lo, hi));
}

// Squared distance from p to the segment a-b, in quantized units.
double segmentDistance2(const std::int32_t* p, const std::int32_t* a, const std::int32_t* b)
{
    const double ax = a[0], ay = a[1], dx = double(b[0]) - ax, dy = double(b[1]) - ay;
    const double px = p[0] - ax, py = p[1] - ay;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp((px * dx + py * dy) / len2, 0.0, 1.0) : 0.0;
    const double ex = px - t * dx, ey = py - t * dy;
    return ex * ex + ey * ey;
}

// Douglas–Peucker over pts[0..n): keeps the ends and every point needed to stay within
// sqrt(epsilon2); appends the kept points to `out`.
void simplify(const std::int32_t* pts, std::size_t n, double epsilon2, std::vector<std::uint8_t>& keep,
              std::vector<std::pair<std::size_t, std::size_t>>& stack, std::vector<std::int32_t>& out)
{
    keep.assign(n, 0);
    keep[0] = keep[n - 1] = 1;
    stack.clear();
    stack.emplace_back(0, n - 1);
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double worst = -1;
        std::size_t index = 0;
        for (std::size_t i = first + 1; i < last; ++i) {
            const double d = segmentDistance2(pts + 2 * i, pts + 2 * first, pts + 2 * last);
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (worst > epsilon2) {
            keep[index] = 1;
            stack.emplace_back(first, index);
            stack.emplace_back(index, last);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            out.insert(out.end(), {pts[2 * i], pts[2 * i + 1]});
}

}  // namespace

std::size_t LodLayer::bytes() const
{
    return xy.capacity() * sizeof(std::int32_t) + partEnd.capacity() * sizeof(std::uint32_t) +
           partRole.capacity() + featureEnd.capacity() * sizeof(std::uint32_t) +
           featureBox.capacity() * sizeof(std::int32_t) + symbol.capacity() * sizeof(std::uint16_t);
}

void LodLayer::makeGeneral()
{
    if (!pointsOnly)
        return;
    const std::size_t n = featureCount();
    for (std::size_t i = 0; i < n; ++i) {
        partEnd.push_back(std::uint32_t(i + 1));
        partRole.push_back(PartRole::Point);
        featureEnd.push_back(std::uint32_t(i + 1));
        featureBox.insert(featureBox.end(), {xy[2 * i], xy[2 * i + 1], xy[2 * i], xy[2 * i + 1]});
    }
    pointsOnly = false;
}

void LodLayer::append(const LodLayer& other)
{
    const std::size_t before = featureCount();
    if (!symbol.empty() || !other.symbol.empty()) {
        symbol.resize(before, 0);
        symbol.insert(symbol.end(), other.symbol.begin(), other.symbol.end());
        symbol.resize(before + other.featureCount(), 0);
    }
    if (pointsOnly && other.pointsOnly) {
        xy.reserve(xy.size() + other.xy.size());
        xy.insert(xy.end(), other.xy.begin(), other.xy.end());
        return;
    }
    makeGeneral();
    LodLayer converted;
    const LodLayer* o = &other;
    if (other.pointsOnly) {
        converted.xy = other.xy;
        converted.makeGeneral();
        o = &converted;
    }
    const auto pointBase = std::uint32_t(xy.size() / 2), partBase = std::uint32_t(partEnd.size());
    xy.reserve(xy.size() + o->xy.size());  // one allocation of the final size, not doublings
    partEnd.reserve(partEnd.size() + o->partEnd.size());
    featureEnd.reserve(featureEnd.size() + o->featureEnd.size());
    featureBox.reserve(featureBox.size() + o->featureBox.size());
    for (std::uint32_t e : o->partEnd)
        partEnd.push_back(pointBase + e);
    partRole.insert(partRole.end(), o->partRole.begin(), o->partRole.end());
    for (std::uint32_t e : o->featureEnd)
        featureEnd.push_back(partBase + e);
    featureBox.insert(featureBox.end(), o->featureBox.begin(), o->featureBox.end());
    xy.insert(xy.end(), o->xy.begin(), o->xy.end());
}

core::Result<LodLayer> buildLodLayer(LayerSource& source, const FeatureRequest& request, const CrsTransform& transform,
                                     const LodBuildParams& params, const std::atomic<bool>& cancel)
{
    LodLayer lod;
    lod.tolerance = params.tolerance;
    lod.quantum = params.tolerance / kStepsPerTolerance;
    lod.originX = params.originX;
    lod.originY = params.originY;
    const double epsilon2 = kStepsPerTolerance * kStepsPerTolerance;
    FeatureRequest cancellable = request;
    cancellable.cancel = &cancel;
    auto it = source.features(cancellable);
    if (!it)
        return core::Error{{}, {}, QCoreApplication::translate("atlas::gis", "the layer cannot be read")};

    Feature feature;
    std::vector<std::int32_t> part;
    std::vector<std::uint8_t> keep;
    std::vector<std::pair<std::size_t, std::size_t>> stack;
    LodLayer general;  // filled only once a feature is more than one point
    general.pointsOnly = false;
    qint64 read = 0;
    while (it->next(feature)) {
        if (++read % kCancelCheckInterval == 0) {
            if (cancel.load())
                return core::Error{{}, {}, QStringLiteral("cancelled")};
            if (params.byteBudget > 0 && lod.bytes() + general.bytes() > params.byteBudget)
                return core::Error{{}, {}, QStringLiteral("over the memory budget")};
        }
        PathGeometry& g = feature.geometry;
        if (g.isEmpty())
            continue;
        transform.transformInterleaved(g.xy.data(), g.pointCount());
        const auto symbol = std::uint16_t(
            params.thematicField < 0 || !params.lookup
                ? 0
                : std::min(65535, 1 + params.lookup->indexOf(feature.attributes.value(params.thematicField))));
        const bool onePoint = g.parts.size() == 1 && g.parts.front().role == PartRole::Point;
        if (onePoint && general.featureEnd.empty() && std::isfinite(g.xy[0]) && std::isfinite(g.xy[1])) {
            lod.xy.insert(lod.xy.end(), {quantize((g.xy[0] - lod.originX) / lod.quantum),
                                         quantize((g.xy[1] - lod.originY) / lod.quantum)});
            if (params.thematicField >= 0)
                lod.symbol.push_back(symbol);
            continue;
        }
        if (lod.featureCount() > 0 && general.featureEnd.empty()) {
            general.append(lod);  // the layer has more than points: switch to the general form
            lod.xy.clear();
            lod.symbol.clear();
        }
        std::int32_t box[4] = {std::numeric_limits<std::int32_t>::max(), std::numeric_limits<std::int32_t>::max(),
                               std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::min()};
        for (const GeometryPart& gp : g.parts) {
            part.clear();
            for (std::uint32_t i = gp.begin; i < gp.end; ++i) {
                const double x = g.xy[2 * i], y = g.xy[2 * i + 1];
                if (!std::isfinite(x) || !std::isfinite(y))
                    continue;
                const std::int32_t qx = quantize((x - lod.originX) / lod.quantum);
                const std::int32_t qy = quantize((y - lod.originY) / lod.quantum);
                if (part.size() >= 2 && part[part.size() - 2] == qx && part.back() == qy)
                    continue;
                part.insert(part.end(), {qx, qy});
            }
            if (part.empty())
                continue;
            if (gp.role != PartRole::Point && part.size() == 2)
                part.insert(part.end(), {part[0], part[1]});  // a collapsed part still shows as a dot
            const std::size_t n = part.size() / 2;
            if (gp.role == PartRole::Point || n <= 2)
                general.xy.insert(general.xy.end(), part.begin(), part.end());
            else
                simplify(part.data(), n, epsilon2, keep, stack, general.xy);
            for (std::size_t i = 0; i < n; ++i) {
                box[0] = std::min(box[0], part[2 * i]);
                box[1] = std::min(box[1], part[2 * i + 1]);
                box[2] = std::max(box[2], part[2 * i]);
                box[3] = std::max(box[3], part[2 * i + 1]);
            }
            general.partEnd.push_back(std::uint32_t(general.xy.size() / 2));
            general.partRole.push_back(gp.role);
        }
        if (general.partEnd.size() == (general.featureEnd.empty() ? 0 : general.featureEnd.back()))
            continue;  // nothing drawable
        general.featureEnd.push_back(std::uint32_t(general.partEnd.size()));
        general.featureBox.insert(general.featureBox.end(), box, box + 4);
        if (params.thematicField >= 0)
            general.symbol.push_back(symbol);
    }
    if (cancel.load())
        return core::Error{{}, {}, QStringLiteral("cancelled")};
    if (general.featureEnd.empty())
        return lod;
    general.tolerance = lod.tolerance;
    general.quantum = lod.quantum;
    general.originX = lod.originX;
    general.originY = lod.originY;
    return general;
}

}  // namespace atlas::gis
