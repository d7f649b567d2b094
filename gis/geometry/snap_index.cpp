#include "gis/geometry/snap_index.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"

#include <algorithm>
#include <cmath>

namespace atlas::gis {
namespace {

constexpr int kGridSide = 128;         // cells across the view
constexpr int kMaxCellsPerSegment = 64;

double squaredDistance(const QPointF& a, const QPointF& b)
{
    const QPointF d = a - b;
    return QPointF::dotProduct(d, d);
}

// The point of segment ab nearest to p.
QPointF nearestOnSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    if (length2 == 0)
        return a;
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    return a + ab * t;
}

}  // namespace

SnapIndex SnapIndex::build(const QList<SnapSource>& sources, const core::Extent& extent, const QString& crs,
                           std::size_t maxVertices, const std::atomic<bool>* cancel)
{
    SnapIndex index;
    index.m_crs = crs;
    index.m_extent = extent;
    index.m_cellSize = std::max(extent.width(), extent.height()) / kGridSide;
    if (extent.isNull() || !(index.m_cellSize > 0))
        return index;
    for (const SnapSource& s : sources) {
        auto source = openLayerSource(s.path, s.layer, core::LayerKind::Vector);
        if (!source)
            continue;  // a layer that cannot be read is not snapped to
        const CrsTransform toCanvas(source.value()->crs(), crs);
        if (!toCanvas.isValid())
            continue;
        FeatureRequest request;
        request.filter = toCanvas.transformExtent(extent, true);
        auto features = source.value()->features(request);
        if (!features)
            continue;
        Feature feature;
        while (features->next(feature)) {
            if (cancel && cancel->load())
                return index;
            PathGeometry& g = feature.geometry;
            if (index.m_vertices.size() + g.pointCount() > maxVertices) {
                index.m_truncated = true;
                return index;
            }
            toCanvas.transformInterleaved(g.xy.data(), g.pointCount());
            for (const GeometryPart& part : g.parts) {
                for (std::uint32_t i = part.begin; i < part.end; ++i) {
                    index.addVertex(QPointF(g.xy[2 * i], g.xy[2 * i + 1]));
                    if (i > part.begin && part.role != PartRole::Point)
                        index.addSegment(int(index.m_vertices.size()) - 2, int(index.m_vertices.size()) - 1);
                }
            }
        }
    }
    return index;
}

SnapIndex::Cell SnapIndex::cellOf(double x, double y) const
{
    const auto cx = std::int64_t(std::floor((x - m_extent.xMin) / m_cellSize));
    const auto cy = std::int64_t(std::floor((y - m_extent.yMin) / m_cellSize));
    return (Cell(std::uint32_t(cx)) << 32) | Cell(std::uint32_t(cy));
}

void SnapIndex::addVertex(const QPointF& p)
{
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
        return;
    m_vertices.push_back(p);
    m_vertexCells[cellOf(p.x(), p.y())].push_back(int(m_vertices.size()) - 1);
}

void SnapIndex::addSegment(int from, int to)
{
    const QPointF a = m_vertices[std::size_t(from)], b = m_vertices[std::size_t(to)];
    m_segments.emplace_back(from, to);
    const int id = int(m_segments.size()) - 1;
    const double x0 = std::floor((std::min(a.x(), b.x()) - m_extent.xMin) / m_cellSize);
    const double x1 = std::floor((std::max(a.x(), b.x()) - m_extent.xMin) / m_cellSize);
    const double y0 = std::floor((std::min(a.y(), b.y()) - m_extent.yMin) / m_cellSize);
    const double y1 = std::floor((std::max(a.y(), b.y()) - m_extent.yMin) / m_cellSize);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCellsPerSegment) {
        m_longSegments.push_back(id);
        return;
    }
    for (double cx = x0; cx <= x1; ++cx)
        for (double cy = y0; cy <= y1; ++cy)
            m_segmentCells[(Cell(std::uint32_t(std::int64_t(cx))) << 32) | Cell(std::uint32_t(std::int64_t(cy)))].push_back(id);
}

std::optional<SnapHit> SnapIndex::snap(const QPointF& at, double tolerance) const
{
    if (m_vertices.empty() || !(tolerance > 0))
        return std::nullopt;
    const int reach = int(std::ceil(tolerance / m_cellSize));
    const auto centre = cellOf(at.x(), at.y());
    const auto cx = std::int32_t(centre >> 32), cy = std::int32_t(centre & 0xffffffffu);
    const double limit = tolerance * tolerance;
    std::optional<SnapHit> best;
    double bestDistance = limit;
    std::vector<int> segments = m_longSegments;
    for (int dx = -reach; dx <= reach; ++dx)
        for (int dy = -reach; dy <= reach; ++dy) {
            const Cell cell = (Cell(std::uint32_t(cx + dx)) << 32) | Cell(std::uint32_t(cy + dy));
            if (auto it = m_vertexCells.find(cell); it != m_vertexCells.end())
                for (int v : it->second)
                    if (const double d = squaredDistance(at, m_vertices[std::size_t(v)]); d <= bestDistance) {
                        bestDistance = d;
                        best = SnapHit{m_vertices[std::size_t(v)], true};
                    }
            if (auto it = m_segmentCells.find(cell); it != m_segmentCells.end())
                segments.insert(segments.end(), it->second.begin(), it->second.end());
        }
    if (best)
        return best;  // vertices first: they are what people aim at
    for (int s : segments) {
        const auto& [from, to] = m_segments[std::size_t(s)];
        const QPointF p = nearestOnSegment(at, m_vertices[std::size_t(from)], m_vertices[std::size_t(to)]);
        if (const double d = squaredDistance(at, p); d <= bestDistance) {
            bestDistance = d;
            best = SnapHit{p, false};
        }
    }
    return best;
}

}  // namespace atlas::gis
