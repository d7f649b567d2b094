#pragma once
// Draws the activities that have a location over the map with their own symbol (a flag
// in the colour of their type; areas outlined with a dashed border). A child widget of
// the canvas that lets every mouse event through.

#include "core/model/activity.h"

#include <QPointer>
#include <QPolygonF>
#include <QWidget>

namespace atlas::ui {

class MapCanvas;

class ActivityOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ActivityOverlay(MapCanvas* canvas);

    // Places `activities` (locations in WGS 84) in the canvas CRS. Activities are few (a
    // team's missions), so this runs on the UI thread.
    void setActivities(const QList<core::Activity>& activities);
    int placedCount() const { return int(m_placed.size()); }
    // Where the symbol of the activity is drawn, in widget pixels; null if it is not placed.
    std::optional<QPointF> symbolPosition(const QUuid& activity) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Placed {
        QUuid uuid;
        core::ActivityType type;
        QPointF anchor;          // canvas CRS: the point, or the centre of the area
        QList<QPolygonF> rings;  // an area's rings in the canvas CRS
    };
    void place();

    QPointer<MapCanvas> m_canvas;
    QList<core::Activity> m_activities;
    QList<Placed> m_placed;
    QString m_placedCrs;
};

}  // namespace atlas::ui
