#pragma once
// "Mark observation": a click on the map places a new fiche there (in WGS 84, whatever the
// map CRS). Escape or a right click leaves the tool.

#include "ui/tools/map_tool.h"

#include <QPointF>

namespace atlas::ui {

class MarkObservationTool : public MapTool {
    Q_OBJECT
public:
    explicit MarkObservationTool(MapCanvas* canvas);

    void activate() override;
    void deactivate() override;
    bool mousePress(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

signals:
    // Longitude/latitude of the click; `mapPosition` in the canvas CRS.
    void pointMarked(const QPointF& lonLat, const QPointF& mapPosition);
    void failed(const QString& message);
    void finished();

private:
    QPointF m_pressAt;
    QPointF m_lastMark;  // widget position of the last mark, drawn until the form closes
    bool m_pressed = false;
};

}  // namespace atlas::ui
