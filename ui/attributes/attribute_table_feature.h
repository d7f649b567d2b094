#pragma once
// Wires the attribute table into the main window: View › Attribute table opens the
// current layer's table in a dock, the table's selection is highlighted on the map,
// View › Select features picks rows by clicking or dragging on the map (Select by polygon:
// those a drawn polygon meets), and Delete in the
// table removes the selected features of a layer the atlas owns (undoable).

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace atlas::ui {

class AttributeTableDock;
class DocumentController;
class LayersDock;
class MapCanvas;
class SelectFeatureTool;
class SelectPolygonTool;
class SelectionOverlay;

class AttributeTableFeature : public QObject {
    Q_OBJECT
public:
    AttributeTableFeature(DocumentController* document, MapCanvas* canvas, LayersDock* layers, QUndoStack* undo,
                          QMainWindow* window);
    // Adds the table and selection actions to `viewMenu` before `before` (null: at the end).
    void populate(QMenu* viewMenu, QAction* before = nullptr);

    AttributeTableDock* dock() const { return m_dock; }
    SelectionOverlay* overlay() const { return m_overlay; }
    SelectFeatureTool* selectTool() const { return m_tool; }
    SelectPolygonTool* polygonTool() const { return m_polygonTool; }
    QAction* openAction() const { return m_open; }
    QAction* selectAction() const { return m_select; }
    QAction* selectPolygonAction() const { return m_selectPolygon; }
    QAction* deleteAction() const { return m_delete; }
    // Opens the table of the layers dock's current layer.
    void openCurrentLayer();
    // The selected features when the table shows `layerName` of `path`; empty otherwise.
    QList<qint64> selectionOf(const QString& path, const QString& layerName) const;
    // The selected features of the layers dock's current layer when the atlas owns it.
    QList<qint64> selectionOfCurrentLayer() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void zoomToSelection();
    // Deletes the selected features (owned layers only), as one undo step.
    void deleteSelection();
    void updateDeleteAction();

    DocumentController* m_document;
    MapCanvas* m_canvas;
    LayersDock* m_layers;
    QMainWindow* m_window;
    AttributeTableDock* m_dock;
    SelectionOverlay* m_overlay;
    SelectFeatureTool* m_tool;
    SelectPolygonTool* m_polygonTool;
    QAction* m_open;
    QAction* m_select;
    QAction* m_selectPolygon;
    QAction* m_delete;
    QUndoStack* m_undo;
};

}  // namespace atlas::ui
