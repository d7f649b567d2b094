#pragma once
// Edit › Split features: the user draws a line, and every selected line or polygon of the
// layer it crosses (every one it crosses when nothing is selected) is split along it.
// Each keeps its first piece and its id; the other pieces are new features with its
// attributes. One undo step.

#include "ui/tools/feature_edit_sketch_tool.h"

namespace atlas::ui {

class SplitFeaturesTool : public FeatureEditSketchTool {
    Q_OBJECT
public:
    SplitFeaturesTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table);

protected:
    void shapeFinished(const QList<QPointF>& mapPoints) override;
};

}  // namespace atlas::ui
