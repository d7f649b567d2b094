#pragma once
// Adds a point to a layer the atlas owns: a click places it (in the layer's CRS), the
// attribute form asks for its values, and the addition goes on the undo stack.

#include "ui/tools/map_tool.h"

#include <QString>

class QUndoStack;

namespace atlas::ui {

class AddPointTool : public MapTool {
    Q_OBJECT
public:
    AddPointTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath, QString table, QString layerName);

    bool mousePress(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;

signals:
    void featureAdded(qint64 fid);
    // The feature could not be added (invalid CRS, store error…), in words for the user.
    void failed(const QString& message);

private:
    QUndoStack* m_undo;
    QString m_atlas;
    QString m_table;
    QString m_layerName;
};

}  // namespace atlas::ui
