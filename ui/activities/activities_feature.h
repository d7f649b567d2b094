#pragma once
// The activity database in the window: its panel, the form that adds and edits an
// activity (its location picked on the map with a sketch tool) and the activities drawn
// on the map. Each save writes the activity and its change-log row at once.

#include "core/model/activity.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace atlas::ui {

class ActivitiesDock;
class ActivityFormDialog;
class ActivityOverlay;
class MapCanvas;
class ObservatorySession;
class SketchTool;

class ActivitiesFeature : public QObject {
    Q_OBJECT
public:
    ActivitiesFeature(ObservatorySession* session, MapCanvas* canvas, QMainWindow* window);

    ActivitiesDock* dock() const { return m_dock; }
    ActivityOverlay* overlay() const { return m_overlay; }
    SketchTool* locationTool() const { return m_tool; }
    // The form open now, if any (one at a time).
    ActivityFormDialog* form() const;

    // Opens the form on `activity` (a new one when its UUID is not stored yet).
    void openForm(const core::Activity& activity);
    // Saves and shows it; false (with the reason in a message box) when the atlas refused.
    bool save(const core::Activity& activity);
    bool remove(const core::Activity& activity);

signals:
    void saved(const atlas::core::Activity& activity);

private:
    void pickLocation(bool area);
    void locationSketched(const QList<QPointF>& mapPoints);
    void showError(const QString& message);

    ObservatorySession* m_session;
    MapCanvas* m_canvas;
    QMainWindow* m_window;
    ActivitiesDock* m_dock;
    ActivityOverlay* m_overlay;
    SketchTool* m_tool;
    QPointer<ActivityFormDialog> m_form;
};

}  // namespace atlas::ui
