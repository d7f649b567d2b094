#pragma once
// Layer › Build overviews… for a raster layer (File menu and the layers panel's context menu): GDAL's reduced
// copies are built in a worker behind a progress dialog with Cancel, then the map is drawn again from them.
// A large raster added without overviews gets the offer to build them at once.

#include <QObject>
#include <QSet>
#include <QUuid>

class QAction;
class QMainWindow;
class QMenu;

namespace atlas::ui {

class DocumentController;
class LayersDock;
class MapCanvas;

class RasterActions : public QObject {
    Q_OBJECT
public:
    RasterActions(DocumentController* document, LayersDock* layers, MapCanvas* canvas, QMainWindow* window);
    // Adds "Build overviews…" to `fileMenu` and to the layers panel's context menu.
    void populate(QMenu* fileMenu);

    QAction* buildOverviewsAction() const { return m_buildOverviews; }
    // Builds the overviews of the current raster layer (what the action does).
    void buildOverviews();

signals:
    // A build ended; `message` says what happened, in words for the user.
    void finished(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();
    // Offers overviews for the large raster layers added since the last call.
    void offerForNewLayers();
    void retranslate();

    DocumentController* m_document;
    LayersDock* m_layers;
    MapCanvas* m_canvas;
    QMainWindow* m_window;
    QAction* m_buildOverviews;
    QSet<QUuid> m_known;  // layers already seen: only new ones get the offer
};

}  // namespace atlas::ui
