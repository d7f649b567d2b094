#pragma once
// Edit › Move features, Rotate features and Edit vertices on the current layer when the
// atlas owns it (the selected features, or the one under the cursor; one undo step per
// drag or vertex), and Snap to layers: drawing tools snap to the visible vector layers.

#include "ui/window/tool_action_group.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace atlas::ui {

class AttributeTableFeature;
class DocumentController;
class EditingActions;
class LayersDock;
class MapCanvas;
class MapTool;
class Snapper;

class TransformActions : public QObject {
    Q_OBJECT
public:
    TransformActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers, QUndoStack* undo,
                     EditingActions* editing, AttributeTableFeature* table, QMainWindow* window);
    // Adds the actions to the Edit menu.
    void populate();

    QAction* moveAction() const { return m_move; }
    QAction* rotateAction() const { return m_rotate; }
    QAction* verticesAction() const { return m_vertices; }
    QAction* snapAction() const { return m_snap; }
    MapTool* tool() const { return m_tools->tool(); }
    Snapper* snapper() const { return m_snapper; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The tool for `action` on the current layer; none when the layer cannot be edited.
    ToolActionGroup::Started start(QAction* action);
    void updateAvailability();
    // The visible vector layers are what tools snap to.
    void updateSnapSources();
    void retranslate();

    DocumentController* m_document;
    MapCanvas* m_canvas;
    LayersDock* m_layers;
    QUndoStack* m_undo;
    EditingActions* m_editing;
    AttributeTableFeature* m_table;
    QMainWindow* m_window;
    QAction* m_move;
    QAction* m_rotate;
    QAction* m_vertices;
    QAction* m_snap;
    Snapper* m_snapper;
    ToolActionGroup* m_tools;
};

}  // namespace atlas::ui
