#pragma once
// Snapping for the canvas's drawing tools: while a tool is active, keeps a SnapIndex of
// the visible vector layers around the view, read again in a worker after each render (a
// pan, a zoom, an edit), and answers which vertex or segment is within a tolerance in
// pixels of the cursor.

#include "gis/geometry/snap_index.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>
#include <optional>

namespace atlas::ui {

class MapCanvas;

class Snapper : public QObject {
    Q_OBJECT
public:
    explicit Snapper(MapCanvas* canvas);
    ~Snapper() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    double tolerancePixels() const { return m_tolerance; }
    void setTolerancePixels(double pixels) { m_tolerance = pixels; }
    // The layers to snap to (the visible vector layers).
    void setSources(const QList<gis::SnapSource>& sources);

    // The vertex or segment point near `widgetPosition` (in the canvas CRS), if any.
    std::optional<gis::SnapHit> snap(const QPointF& widgetPosition) const;
    // Vertices in the current index (0 while it is being read).
    std::size_t vertexCount() const { return m_index ? m_index->vertexCount() : 0; }
    bool isBuilding() const { return m_watcher.isRunning(); }

signals:
    void indexReady();

private:
    // Reads the index again (in a worker) for the view, while a tool is active.
    void update();

    QPointer<MapCanvas> m_canvas;
    bool m_enabled = true;
    double m_tolerance = 10;
    QList<gis::SnapSource> m_sources;
    std::shared_ptr<const gis::SnapIndex> m_index;
    QFutureWatcher<gis::SnapIndex> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_again = false;
};

}  // namespace atlas::ui
