#pragma once
// Moves or rotates features of a layer the atlas owns by dragging: the selected features
// when there is a selection, otherwise the one under the cursor. The shapes follow the
// mouse as an outline; the release writes them as one undo step. Esc drops the drag.

#include "gis/store/editable_feature.h"
#include "ui/tools/map_tool.h"

#include <QList>
#include <QPolygonF>

class QUndoStack;

namespace atlas::ui {

class TransformFeaturesTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Move, Rotate };
    TransformFeaturesTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table, Mode mode);

    Mode mode() const { return m_mode; }
    // The features a drag moves; empty: the one under the cursor when the drag starts.
    void setSelection(const QList<qint64>& ids) { m_selection = ids; }

    void deactivate() override;
    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

signals:
    void transformed(const QList<qint64>& ids);
    void failed(const QString& message);

private:
    struct Grabbed {
        gis::FeatureRecord record;  // as stored, in the layer's CRS
        QList<QPolygonF> parts;     // in the canvas CRS, for the outline
        bool closed = false;        // polygon rings
    };
    // Reads the features to drag; false (after `failed`) when there are none.
    bool grab(const QPointF& widgetPosition);
    // The drag's move or rotation applied to a point of the canvas CRS.
    QPointF dragged(const QPointF& mapPoint) const;
    void finish();
    void drop();

    QUndoStack* m_undo;
    QString m_atlas, m_table, m_layerCrs;
    Mode m_mode;
    QList<qint64> m_selection;
    QList<Grabbed> m_grabbed;
    QPointF m_from, m_to, m_pivot;  // canvas CRS
};

}  // namespace atlas::ui
