#pragma once
// Editing WKB in place of a geometry library: every vertex mapped (moved, rotated,
// reprojected), the vertex sequences of a geometry (a point, a line, each ring), and copies
// with one vertex moved, inserted or removed. Types, parts, byte order, Z and M are kept
// (an inserted vertex takes its neighbour's Z and M); rings stay closed.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <functional>
#include <optional>

namespace atlas::gis {

// `map` changes one vertex in place and returns false to abandon the whole geometry.
using VertexMap = std::function<bool(double& x, double& y)>;

// The geometry with every vertex mapped; nullopt if `wkb` is not valid (ISO, OGC or
// extended) WKB or if `map` refused a vertex. Empty points (NaN) are left alone.
std::optional<QByteArray> mapWkbVertices(const QByteArray& wkb, const VertexMap& map);

struct VertexSequence {
    QList<QPointF> points;  // as stored; a ring repeats its first point last
    bool ring = false;
};

// The sequences in WKB order; empty if `wkb` is not valid WKB.
QList<VertexSequence> vertexSequences(const QByteArray& wkb);

// Vertex `index` of sequence `sequence` moved to `to` (a ring's first and last move together).
std::optional<QByteArray> withVertexMoved(const QByteArray& wkb, int sequence, int index, const QPointF& to);
// A new vertex at `at` before vertex `index` (index = count appends to a line).
std::optional<QByteArray> withVertexInserted(const QByteArray& wkb, int sequence, int index, const QPointF& at);
// Vertex `index` removed; refused when a line would keep fewer than 2 vertices or a ring
// fewer than 4 (a triangle and its closing point).
std::optional<QByteArray> withVertexRemoved(const QByteArray& wkb, int sequence, int index);

}  // namespace atlas::gis
