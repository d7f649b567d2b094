#pragma once
// File › Export interactive map…: the action and the dialog it opens.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace atlas::ui {

class DocumentController;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(DocumentController* controller, QWidget* window);

    // Adds the action to the File menu, before its last entry (Quit).
    void populate(QMenu* fileMenu);
    QAction* exportWebAction() const { return m_exportWeb; }
    void exportWebDialog();

protected:
    // Follows the window's language changes.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    DocumentController* m_controller;
    QWidget* m_window;
    QAction* m_exportWeb;
};

}  // namespace atlas::ui
