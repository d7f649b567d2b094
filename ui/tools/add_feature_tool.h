#pragma once
// Adds a feature to a layer the atlas owns: the user draws it (a click for a point;
// vertices for a line or polygon, Shift+click starting a hole; two clicks for a rectangle
// or circle), the attribute form asks for its values, and the addition goes on the undo
// stack in the layer's CRS.

#include "ui/tools/sketch_tool.h"

#include <QString>

class QUndoStack;

namespace atlas::ui {

class AddFeatureTool : public SketchTool {
    Q_OBJECT
public:
    // `shape` must suit the layer: Point for points, Line for lines, the area shapes for polygons.
    AddFeatureTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table, QString layerName,
                   ShapeSketch::Shape shape = ShapeSketch::Shape::Point);

signals:
    void featureAdded(qint64 fid);
    // The feature could not be added (invalid CRS, invalid geometry, store error…), in words for the user.
    void failed(const QString& message);

protected:
    void shapeFinished(const QList<QPointF>& mapPoints) override;

private:
    QUndoStack* m_undo;
    QString m_atlas;
    QString m_table;
    QString m_layerName;
};

}  // namespace atlas::ui
