#pragma once
// A sketch that edits existing features of a layer the atlas owns (a ring cut as a hole,
// a line that splits): what was drawn comes in the layer's CRS, and the features to edit
// are the selected ones, or else those the sketch passes over.

#include "ui/tools/sketch_tool.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QUndoStack;

namespace atlas::ui {

class FeatureEditSketchTool : public SketchTool {
    Q_OBJECT
public:
    FeatureEditSketchTool(MapCanvas* canvas, ShapeSketch::Shape shape, QUndoStack* undoStack, QString atlasPath,
                          QString table);

    // The features to edit; empty: those under the sketch.
    void setSelection(const QList<qint64>& ids) { m_selection = ids; }
    const QString& table() const { return m_table; }

signals:
    // The features written (changed or added) by one undo step.
    void edited(const QList<qint64>& ids);
    // Nothing was changed, in words for the user.
    void failed(const QString& message);

protected:
    QUndoStack* undoStack() const { return m_undo; }
    const QString& atlasPath() const { return m_atlas; }
    // `mapPoints` (canvas CRS) in the layer's CRS; nullopt after failed() when they cannot be.
    std::optional<QList<QPointF>> inLayerCrs(const QList<QPointF>& mapPoints);
    // The selection, or the features met within `mapPoints`' box (`click`: under its first
    // point), topmost first.
    QList<qint64> candidates(const QList<QPointF>& mapPoints, bool click) const;

private:
    QUndoStack* m_undo;
    QString m_atlas, m_table;
    QList<qint64> m_selection;
};

}  // namespace atlas::ui
