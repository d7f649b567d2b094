#pragma once
// Edit › Copy features and Paste features: the selected features of any vector layer are
// copied, and pasted into the current layer when the atlas owns it (in its CRS, with the
// attributes it has of the same name), as one undo step.

#include "gis/formats/feature_copy.h"

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

class ClipboardActions : public QObject {
    Q_OBJECT
public:
    ClipboardActions(DocumentController* document, MapCanvas* canvas, LayersDock* layers, QUndoStack* undo,
                     EditingActions* editing, AttributeTableFeature* table, QMainWindow* window);
    // Adds the actions to the Edit menu.
    void populate();

    QAction* copyAction() const { return m_copy; }
    QAction* pasteAction() const { return m_paste; }
    int copiedCount() const { return int(m_copied.features.size()); }

signals:
    void pasted(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copy();
    void paste();
    void updateAvailability();
    void retranslate();

    DocumentController* m_document;
    MapCanvas* m_canvas;
    LayersDock* m_layers;
    QUndoStack* m_undo;
    EditingActions* m_editing;
    AttributeTableFeature* m_table;
    QMainWindow* m_window;
    QAction* m_copy;
    QAction* m_paste;
    gis::CopiedFeatures m_copied;
};

}  // namespace atlas::ui
