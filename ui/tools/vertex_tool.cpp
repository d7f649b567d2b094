#include "ui/tools/vertex_tool.h"

#include "gis/store/layer_editor.h"
#include "gis/crs/crs_transform.h"
#include "gis/geometry/wkb_edit.h"
#include "ui/attributes/select_feature_tool.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/change_geometries_command.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>
#include <cmath>

namespace atlas::ui {
namespace {

constexpr double kGrab = 8.0;  // pixels around a vertex or an edge

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b, QPointF& nearest)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 == 0 ? 0 : std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    nearest = a + ab * t;
    return QLineF(p, nearest).length();
}

}  // namespace

VertexTool::VertexTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table)
    : MapTool(canvas), m_undo(undoStack), m_atlas(std::move(atlasPath)), m_table(std::move(table))
{
    if (const auto crs = gis::LayerEditor(m_atlas, m_table).crs())
        m_layerCrs = crs.value();
}

void VertexTool::deactivate()
{
    editFeature(-1);
}

void VertexTool::editFeature(qint64 fid)
{
    m_feature = {};
    m_sequences.clear();
    m_dragged = m_hovered = {};
    if (fid >= 0) {
        auto record = gis::LayerEditor(m_atlas, m_table).read(fid);
        if (!record) {
            emit failed(record.error().message());
        } else {
            m_feature = record.value();
            const gis::CrsTransform toCanvas(m_layerCrs, canvas()->mapSettings().crs);
            for (const gis::VertexSequence& s : gis::vertexSequences(m_feature.wkb)) {
                QPolygonF points;
                for (QPointF p : s.points) {
                    double x = p.x(), y = p.y();
                    toCanvas.transformPoint(x, y);
                    points << QPointF(x, y);
                }
                m_sequences << points;
            }
        }
    }
    canvas()->update();
}

VertexTool::VertexAt VertexTool::vertexNear(const QPointF& at) const
{
    VertexAt best;
    double bestDistance = kGrab;
    for (int s = 0; s < m_sequences.size(); ++s)
        for (int i = 0; i < m_sequences[s].size(); ++i)
            if (const double d = QLineF(toWidget(m_sequences[s][i]), at).length(); d <= bestDistance) {
                bestDistance = d;
                best = {s, i};
            }
    return best;
}

VertexTool::VertexAt VertexTool::edgeNear(const QPointF& at, QPointF& onEdge) const
{
    VertexAt best;
    double bestDistance = kGrab;
    for (int s = 0; s < m_sequences.size(); ++s)
        for (int i = 1; i < m_sequences[s].size(); ++i) {
            QPointF nearest;
            const double d = distanceToSegment(at, toWidget(m_sequences[s][i - 1]), toWidget(m_sequences[s][i]), nearest);
            if (d <= bestDistance) {
                bestDistance = d;
                best = {s, i};
                onEdge = toMap(nearest);
            }
        }
    return best;
}

bool VertexTool::mousePress(QMouseEvent* event)
{
    const QPointF at = event->position();
    if (event->button() == Qt::RightButton) {
        if (const VertexAt v = vertexNear(at); v.valid())
            commit(gis::withVertexRemoved(m_feature.wkb, v.sequence, v.index), tr("Remove vertex"));
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (const VertexAt v = vertexNear(at); v.valid()) {
        m_dragged = v;
        m_dragTo = m_sequences[v.sequence][v.index];
        return true;
    }
    // Elsewhere: the feature under the cursor becomes the one edited.
    const QRectF around(at - QPointF(kGrab, kGrab), QSizeF(2 * kGrab, 2 * kGrab));
    const QList<qint64> ids = SelectFeatureTool::featuresIn(m_atlas, m_table, canvas()->mapSettings(),
                                                            canvas()->devicePixelRatioF(), around, true);
    QPointF onEdge;
    if (!edgeNear(at, onEdge).valid())  // a press on its own edge keeps it (a double click may follow)
        editFeature(ids.isEmpty() ? -1 : ids.last());
    return true;
}

bool VertexTool::mouseMove(QMouseEvent* event)
{
    if (m_dragged.valid()) {
        m_dragTo = snappedToMap(event->position());
    } else {
        clearSnap();
        m_hovered = vertexNear(event->position());
    }
    canvas()->update();
    return true;
}

bool VertexTool::mouseRelease(QMouseEvent* event)
{
    if (!m_dragged.valid() || event->button() != Qt::LeftButton)
        return event->button() == Qt::LeftButton;
    const VertexAt v = m_dragged;
    m_dragged = {};
    clearSnap();
    QPointF to = m_dragTo;
    if (QLineF(toWidget(to), toWidget(m_sequences[v.sequence][v.index])).length() < 1 || !toLayer(to)) {
        canvas()->update();
        return true;
    }
    commit(gis::withVertexMoved(m_feature.wkb, v.sequence, v.index, to), tr("Move vertex"));
    return true;
}

bool VertexTool::mouseDoubleClick(QMouseEvent* event)
{
    QPointF at;
    const VertexAt edge = edgeNear(event->position(), at);
    if (!edge.valid() || vertexNear(event->position()).valid() || !toLayer(at))
        return true;
    commit(gis::withVertexInserted(m_feature.wkb, edge.sequence, edge.index, at), tr("Add vertex"));
    return true;
}

bool VertexTool::keyPress(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_feature.fid >= 0) {
        editFeature(-1);
        return true;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_hovered.valid()) {
        commit(gis::withVertexRemoved(m_feature.wkb, m_hovered.sequence, m_hovered.index), tr("Remove vertex"));
        return true;
    }
    return false;
}

bool VertexTool::toLayer(QPointF& p) const
{
    double x = p.x(), y = p.y();
    const gis::CrsTransform toCanvas(m_layerCrs, canvas()->mapSettings().crs);
    if (!toCanvas.transformPoint(x, y, true) || !std::isfinite(x) || !std::isfinite(y))
        return false;
    p = QPointF(x, y);
    return true;
}

void VertexTool::commit(const std::optional<QByteArray>& wkb, const QString& text)
{
    if (!wkb) {
        emit failed(tr("That vertex cannot go: a line keeps two vertices and a ring three corners."));
        return;
    }
    auto error = std::make_shared<QString>();
    m_undo->push(new ChangeGeometriesCommand(m_atlas, m_table, {{m_feature.fid, m_feature.wkb, *wkb}}, text, error));
    if (!error->isEmpty())
        emit failed(*error);
    const qint64 fid = m_feature.fid;
    editFeature(fid);  // as stored now, whichever way it went
    canvas()->refresh();
    if (error->isEmpty())
        emit changed(fid);
}

void VertexTool::paintOverlay(QPainter& painter)
{
    // The dragged vertex shows where it goes (a ring's closing point with its first one).
    QList<QPolygonF> shown = m_sequences;
    if (m_dragged.valid()) {
        QPolygonF& moved = shown[m_dragged.sequence];
        const int last = int(moved.size()) - 1;
        moved[m_dragged.index] = m_dragTo;
        if (last > 2 && m_sequences[m_dragged.sequence].first() == m_sequences[m_dragged.sequence].last() &&
            (m_dragged.index == 0 || m_dragged.index == last))
            moved.first() = moved.last() = m_dragTo;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0xe6, 0x00, 0x7e);
    for (int s = 0; s < shown.size(); ++s) {
        QPolygonF line;
        for (const QPointF& p : shown[s])
            line << toWidget(p);
        painter.setPen(QPen(ink, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
        painter.setPen(QPen(ink, 1.5));
        for (int i = 0; i < line.size(); ++i) {
            const bool hot = (m_hovered.sequence == s && m_hovered.index == i) || (m_dragged.sequence == s && m_dragged.index == i);
            painter.setBrush(hot ? QBrush(ink) : QBrush(Qt::white));
            painter.drawRect(QRectF(line[i] - QPointF(4, 4), QSizeF(8, 8)));
        }
    }
    painter.restore();
    paintSnapMarker(painter);
}

}  // namespace atlas::ui
