#pragma once
// A map tool receives the canvas's mouse and key events while it is active (pan,
// identify, draw, edit, measure, mark an observation…). The canvas keeps wheel zoom
// and middle-button pan for every tool; a tool may paint an overlay over the map.

#include <QObject>
#include <QPointF>

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

private:
    MapCanvas* m_canvas;
};

}  // namespace atlas::ui
