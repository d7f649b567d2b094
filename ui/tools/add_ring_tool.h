#pragma once
// Edit › Add ring: the user draws a ring inside a polygon (the selected one, or the one
// under the ring's first vertex) and it is cut out as a hole, as one undo step.

#include "ui/tools/feature_edit_sketch_tool.h"

namespace atlas::ui {

class AddRingTool : public FeatureEditSketchTool {
    Q_OBJECT
public:
    AddRingTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table);

protected:
    void shapeFinished(const QList<QPointF>& mapPoints) override;
};

}  // namespace atlas::ui
