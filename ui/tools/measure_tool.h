#pragma once
// Measures a distance (a path) or an area (a ring) on the ellipsoid: each click adds a
// vertex, the mouse drags the last segment, a double click ends, Esc starts over.

#include "ui/tools/map_tool.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace atlas::ui {

class MeasureTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    MeasureTool(MapCanvas* canvas, Mode mode);

    Mode mode() const { return m_mode; }
    // Clicked vertices in the canvas CRS.
    const QList<QPointF>& points() const { return m_points; }
    bool isFinished() const { return m_finished; }
    double length() const { return m_length; }  // metres, path or perimeter
    double area() const { return m_area; }      // square metres (Area mode)
    // What the overlay shows, e.g. "12.40 km" or "4.52 km² (perimeter 8.10 km)".
    QString resultText() const;

    void deactivate() override;
    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

signals:
    // After every change; `finished` once the measure was ended by a double click.
    void measured(double metres, double squareMetres, bool finished);

private:
    void recompute();
    void clear();

    Mode m_mode;
    QList<QPointF> m_points;
    QPointF m_hover;
    bool m_hasHover = false;
    bool m_finished = false;
    double m_length = 0;
    double m_area = 0;
};

}  // namespace atlas::ui
