#pragma once
// The main window: wires the document, the map canvas, the docks and the menus.

#include "core/model/extent.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QMenu;

namespace atlas::ui {

class DocumentController;
class FileActions;
class LanguageManager;
class LayersDock;
class MapCanvas;
class MapStatusBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    DocumentController* document() const { return m_controller; }
    MapCanvas* canvas() const { return m_canvas; }
    LayersDock* layersDock() const { return m_layersDock; }
    MapStatusBar* mapStatusBar() const { return m_statusBar; }
    FileActions* fileActions() const { return m_fileActions; }

    // Opens an atlas (reports errors in a message box); false if it failed.
    bool openAtlas(const QString& path);
    void zoomToFullExtent();
    // True once the opened atlas's view is set and its render is on screen.
    bool isMapIdle() const;

signals:
    // The map shows the current view completely (used by --screenshot and tests).
    void mapIdle();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void onDocumentReplaced();
    void refreshLayers();
    void updateTitle();
    void zoomToLayer(const QUuid& id);
    void editLayerStyle(const QUuid& id);
    // Computes an extent off the UI thread, then shows it.
    void zoomToLayersAsync(const QList<QUuid>& ids);
    void showSettings();
    void showAbout();

    LanguageManager* m_languages;
    DocumentController* m_controller;
    MapCanvas* m_canvas;
    LayersDock* m_layersDock;
    MapStatusBar* m_statusBar;
    FileActions* m_fileActions;
    QFutureWatcher<core::Extent> m_extentWatcher;
    bool m_extentPending = false;  // until the watcher's result has been applied

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_zoomFull = nullptr;
    QAction* m_zoomLayer = nullptr;
    QAction* m_showLayers = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_about = nullptr;
};

}  // namespace atlas::ui
