#pragma once
// Edit › Add ring, Split features and Merge selected features on the current layer when
// the atlas owns it: holes cut in polygons, lines and polygons split along a drawn line,
// selected features merged into one. Each is one undo step.

#include "ui/window/tool_action_group.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QUndoStack;

namespace atlas::ui {

class AttributeTableFeature;
class DocumentController;
class EditingActions;
class LayersDock;
class MapCanvas;

class SplitMergeActions : public QObject {
    Q_OBJECT
public:
    SplitMergeActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers, QUndoStack* undo,
                      EditingActions* editing, AttributeTableFeature* table, QMainWindow* window);
    // Adds the actions to the Edit menu.
    void populate();

    QAction* addRingAction() const { return m_addRing; }
    QAction* splitAction() const { return m_split; }
    QAction* mergeAction() const { return m_merge; }
    MapTool* tool() const { return m_tools->tool(); }
    // Merges the selected features of the current layer, asking whose attributes to keep.
    void mergeSelection();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ToolActionGroup::Started start(QAction* action);
    void updateAvailability();
    // After an edit: the written features selected, the map redrawn, Undo named.
    void edited(const QList<qint64>& ids);
    void retranslate();

    DocumentController* m_document;
    MapCanvas* m_canvas;
    LayersDock* m_layers;
    QUndoStack* m_undo;
    EditingActions* m_editing;
    AttributeTableFeature* m_table;
    QMainWindow* m_window;
    QAction* m_addRing;
    QAction* m_split;
    QAction* m_merge;
    ToolActionGroup* m_tools;
};

}  // namespace atlas::ui
