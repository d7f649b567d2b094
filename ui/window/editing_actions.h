#pragma once
// The Edit menu: undo/redo of the atlas, and drawing new features into the current layer
// when the atlas owns it (a point, line or polygon as the layer holds; rectangles and
// circles for polygon layers). Unavailable tools say why in their tooltip.

#include "ui/window/tool_action_group.h"

#include <QObject>
#include <QUuid>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace atlas::ui {

class DocumentController;
class LayersDock;
class MapCanvas;

class EditingActions : public QObject {
    Q_OBJECT
public:
    EditingActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers, QUndoStack* undo,
                   QMainWindow* window);
    // Adds the Edit menu after the File menu.
    void populate();

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* addFeatureAction() const { return m_addFeature; }
    QAction* addRectangleAction() const { return m_addRectangle; }
    QAction* addCircleAction() const { return m_addCircle; }
    QMenu* menu() const { return m_menu; }
    // Why features of the current layer cannot be edited; empty when they can.
    const QString& unavailableReason() const { return m_unavailable; }
    // The gis::EditableGeometry of the current layer as a number; -1 when it cannot be edited.
    int currentGeometry() const { return m_geometry; }

signals:
    void availabilityChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateAvailability();
    // The drawing tool for `action` on the current layer; none when it cannot draw there.
    ToolActionGroup::Started startDrawing(QAction* action);
    void retranslate();

    DocumentController* m_document;
    MapCanvas* m_canvas;
    LayersDock* m_layers;
    QUndoStack* m_undoStack;
    QMainWindow* m_window;
    QMenu* m_menu;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_addFeature;
    QAction* m_addRectangle;
    QAction* m_addCircle;
    ToolActionGroup* m_tools;
    QString m_unavailable;  // why drawing is off for the current layer; empty when on
    int m_geometry = -1;    // gis::EditableGeometry of the current layer, -1: none
};

}  // namespace atlas::ui
