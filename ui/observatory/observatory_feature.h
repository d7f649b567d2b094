#pragma once
// Registers the observatory in a main window: the observations and mediatheque docks, the
// "mark observation" map tool and its form, the symbols drawn over the map (click to pick,
// double-click to open, drop photos on it), an Observatory menu. The window only constructs it.

#include "core/model/observation.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace atlas::ui {

class DocumentController;
class FicheMapInteraction;
class MapCanvas;
class MarkObservationTool;
class MediathequeDock;
class ObservationFormDialog;
class ObservationOverlay;
class ObservationsDock;
class ObservatorySession;
class SketchTool;

class ObservatoryFeature : public QObject {
    Q_OBJECT
public:
    ObservatoryFeature(DocumentController* document, MapCanvas* canvas, QMainWindow* window);

    ObservatorySession* session() const { return m_session; }
    ObservationsDock* dock() const { return m_dock; }
    MediathequeDock* mediatheque() const { return m_mediatheque; }
    ObservationOverlay* overlay() const { return m_overlay; }
    MarkObservationTool* markTool() const { return m_tool; }
    // Draws line and area fiches (its shape follows the action chosen).
    SketchTool* shapeTool() const { return m_shapeTool; }
    QAction* markLineAction() const { return m_markLine; }
    QAction* markAreaAction() const { return m_markArea; }

    // Opens the fiche form for a new fiche at `lonLat`; adds it when accepted.
    void createAt(const QPointF& lonLat);
    // The same for a fiche drawn as `wkb` (point, line or polygon in WGS 84).
    void createWith(const QByteArray& wkb);
    void edit(const core::Observation& observation);
    // Asks which polygon layer and field name the communes of the fiches.
    void chooseBoundaries();
    void remove(const core::Observation& observation);

signals:
    // The fiche form is about to open (tests use it to fill the dialog).
    void formOpened(QWidget* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void setMarking(bool on);
    void setShapeMarking(QAction* action, bool on);
    // A line or area drawn on the map (canvas CRS) becomes a new fiche.
    void createFromSketch(const QList<QPointF>& mapPoints, bool area);
    // Lets the form show and edit the fiches `observation` links to.
    void offerRelations(ObservationFormDialog& form, const core::Observation& observation);
    // Clicks on fiches select or open them; files dropped on the map become fiches.
    void connectMapInteraction(FicheMapInteraction* map);
    // Imports files for a fiche in a worker, then refreshes the views.
    void attachFiles(const QUuid& observation, const QStringList& files);
    void showError(const QString& message);

    QMainWindow* m_window;
    MapCanvas* m_canvas;
    ObservatorySession* m_session;
    ObservationsDock* m_dock;
    MediathequeDock* m_mediatheque;
    ObservationOverlay* m_overlay;
    MarkObservationTool* m_tool;
    QMenu* m_menu;
    QAction* m_markAction;
    SketchTool* m_shapeTool;
    QAction* m_markLine;
    QAction* m_markArea;
    QAction* m_showDock;
    QAction* m_showMediatheque;
    QAction* m_boundaries;
};

}  // namespace atlas::ui
