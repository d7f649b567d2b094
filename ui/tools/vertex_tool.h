#pragma once
// Edits the vertices of one feature of a layer the atlas owns: a click picks the feature
// and shows its vertices; dragging a vertex moves it (snapping to other layers), a double
// click on an edge inserts one there, a right click or Delete removes the one under the
// cursor. Each change is one undo step; an edit that would make the shape invalid is refused.

#include "gis/store/editable_feature.h"
#include "ui/tools/map_tool.h"

#include <QList>
#include <QPolygonF>

class QUndoStack;

namespace atlas::ui {

class VertexTool : public MapTool {
    Q_OBJECT
public:
    VertexTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table);

    // The feature being edited (-1: none) and its vertex sequences in the canvas CRS.
    qint64 featureId() const { return m_feature.fid; }
    const QList<QPolygonF>& sequences() const { return m_sequences; }
    // Shows the vertices of feature `fid` (or none for -1).
    void editFeature(qint64 fid);

    void deactivate() override;
    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

signals:
    void changed(qint64 fid);
    void failed(const QString& message);

private:
    struct VertexAt {
        int sequence = -1, index = -1;
        bool valid() const { return sequence >= 0; }
    };
    VertexAt vertexNear(const QPointF& widgetPosition) const;
    // The edge under the cursor: the vertex index it would insert before, and where.
    VertexAt edgeNear(const QPointF& widgetPosition, QPointF& onEdge) const;
    // Writes `wkb` (layer CRS) as one undo step named `text`.
    void commit(const std::optional<QByteArray>& wkb, const QString& text);
    bool toLayer(QPointF& mapPoint) const;

    QUndoStack* m_undo;
    QString m_atlas, m_table, m_layerCrs;
    gis::FeatureRecord m_feature;
    QList<QPolygonF> m_sequences;  // canvas CRS
    VertexAt m_dragged, m_hovered;
    QPointF m_dragTo;  // canvas CRS
};

}  // namespace atlas::ui
