#pragma once
// A map tool receives the canvas's mouse and key events while it is active (pan,
// identify, draw, edit, measure, mark an observation…). The canvas keeps wheel zoom
// and middle-button pan for every tool; a tool may paint an overlay over the map.

#include <QObject>
#include <QPointF>
#include <optional>
#include <utility>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace atlas::ui {

class MapCanvas;

class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);
    ~MapTool() override;

    MapCanvas* canvas() const { return m_canvas; }

    virtual void activate() {}
    virtual void deactivate() {}
    // Return true when the event was used.
    virtual bool mousePress(QMouseEvent*) { return false; }
    virtual bool mouseMove(QMouseEvent*) { return false; }
    virtual bool mouseRelease(QMouseEvent*) { return false; }
    virtual bool mouseDoubleClick(QMouseEvent*) { return false; }
    virtual bool keyPress(QKeyEvent*) { return false; }
    // Drawn over the map image, in widget coordinates (rubber bands, sketches).
    virtual void paintOverlay(QPainter&) {}

protected:
    // The map position (canvas CRS) under a widget position.
    QPointF toMap(const QPointF& widgetPosition) const;
    QPointF toWidget(const QPointF& mapPosition) const;
    // The same, drawn to a vertex or segment of a visible layer within the snapping
    // tolerance; what it snapped to is kept for paintSnapMarker().
    QPointF snappedToMap(const QPointF& widgetPosition);
    // A square on a snapped vertex, a cross on a snapped segment.
    void paintSnapMarker(QPainter& painter) const;
    void clearSnap() { m_snap.reset(); }

private:
    MapCanvas* m_canvas;
    std::optional<std::pair<QPointF, bool>> m_snap;  // map point, vertex (else segment)
};

}  // namespace atlas::ui
