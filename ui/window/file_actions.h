#pragma once
// The File menu: new, open, recent, save, save as, add layer, quit; and the
// questions that go with them (unsaved changes, file names, errors).

#include "core/model/result.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace atlas::ui {

class DocumentController;
class MapCanvas;

class FileActions : public QObject {
    Q_OBJECT
public:
    QAction* addLayerAction() const { return m_addLayer; }
    FileActions(DocumentController* controller, MapCanvas* canvas, QWidget* window);

    void populate(QMenu* fileMenu);
    void retranslate();

    // Opens an atlas, or reports why not. Returns true on success.
    bool openAtlas(const QString& path);
    // Adds the layers of each file; atlas files are opened instead.
    void openOrAddFiles(const QStringList& paths);
    // Asks what to do with unsaved changes; false if the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    void addLayerDialog();

signals:
    void errorReported(const QString& message);

private:
    void newAtlas();
    void openDialog();
    void rebuildRecentMenu();
    void reportError(const QString& action, const core::Error& error);

    DocumentController* m_controller;
    MapCanvas* m_canvas;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_open;
    QMenu* m_recent;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_addLayer;
    QAction* m_quit;
};

}  // namespace atlas::ui
