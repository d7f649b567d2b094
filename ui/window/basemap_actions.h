#pragma once
// File › Add basemap…: the action, its dialog, and the layer it adds under the others.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace atlas::ui {

class DocumentController;

class BasemapActions : public QObject {
    Q_OBJECT
public:
    BasemapActions(DocumentController* controller, QWidget* window);

    // Adds the action to the File menu, after Add layer… (at the end without it).
    void populate(QMenu* fileMenu);
    QAction* addBasemapAction() const { return m_addBasemap; }
    void addBasemapDialog();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;  // language changes

private:
    void retranslate();

    DocumentController* m_controller;
    QWidget* m_window;
    QAction* m_addBasemap;
};

}  // namespace atlas::ui
