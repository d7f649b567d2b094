#pragma once
// File › Print map…: the action and the dialog it opens on the canvas's current view.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace atlas::ui {

class DocumentController;
class MapCanvas;

class PrintActions : public QObject {
    Q_OBJECT
public:
    PrintActions(DocumentController* controller, MapCanvas* canvas, QWidget* window);

    // Adds the action to the File menu, before its last entry (Quit).
    void populate(QMenu* fileMenu);
    void printDialog();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    DocumentController* m_controller;
    MapCanvas* m_canvas;
    QWidget* m_window;
    QAction* m_print;
};

}  // namespace atlas::ui
