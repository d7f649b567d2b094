#pragma once
// What a drawing tool snaps to: the vertices and segments of the visible vector layers in
// the view, read once (in a worker) into a grid so that each mouse move asks only the
// cells around the cursor.

#include "core/model/extent.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <atomic>
#include <optional>
#include <unordered_map>
#include <vector>

namespace atlas::gis {

struct SnapSource {
    QString path;   // the atlas for its own tables, or the layer's file
    QString layer;  // table or OGR layer
};

struct SnapHit {
    QPointF point;  // in the index's CRS
    bool vertex = true;  // false: a point on a segment
};

class SnapIndex {
public:
    // Reads `sources` within `extent` (in `crs`, the canvas CRS), keeping at most
    // `maxVertices` vertices (the rest of a dense view is not snapped to).
    static SnapIndex build(const QList<SnapSource>& sources, const core::Extent& extent, const QString& crs,
                           std::size_t maxVertices = 400000, const std::atomic<bool>* cancel = nullptr);

    // The nearest vertex within `tolerance` (map units), else the nearest point of a segment.
    std::optional<SnapHit> snap(const QPointF& at, double tolerance) const;
    std::size_t vertexCount() const { return m_vertices.size(); }
    bool truncated() const { return m_truncated; }
    const QString& crs() const { return m_crs; }
    const core::Extent& extent() const { return m_extent; }

private:
    using Cell = std::uint64_t;
    Cell cellOf(double x, double y) const;
    void addVertex(const QPointF& p);
    void addSegment(int from, int to);

    QString m_crs;
    core::Extent m_extent = core::Extent::null();
    double m_cellSize = 1;
    std::vector<QPointF> m_vertices;
    std::vector<std::pair<int, int>> m_segments;
    std::unordered_map<Cell, std::vector<int>> m_vertexCells, m_segmentCells;
    std::vector<int> m_longSegments;  // crossing too many cells: always looked at
    bool m_truncated = false;
};

}  // namespace atlas::gis
