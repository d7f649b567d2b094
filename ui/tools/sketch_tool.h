#pragma once
// Draws a point, line, polygon, rectangle or circle on the map: clicks add vertices, the
// mouse drags the next one, Shift+click closes a polygon's ring and starts a hole in it
// (where holes are allowed), a double click, Enter or a right click ends, Backspace takes the last vertex back and Esc
// starts over (or leaves the tool when nothing is drawn).

#include "ui/tools/map_tool.h"
#include "ui/tools/shape_sketch.h"

#include <QColor>

namespace atlas::ui {

class SketchTool : public MapTool {
    Q_OBJECT
public:
    SketchTool(MapCanvas* canvas, ShapeSketch::Shape shape);

    ShapeSketch::Shape shape() const { return m_sketch.shape(); }
    void setShape(ShapeSketch::Shape shape);
    const ShapeSketch& sketch() const { return m_sketch; }
    void setInk(const QColor& ink) { m_ink = ink; }
    // Whether Shift+click starts a hole in a polygon; off by default.
    void setHolesAllowed(bool allowed) { m_holesAllowed = allowed; }

    void deactivate() override;
    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

signals:
    // A finished shape: its vertices in the canvas CRS (rings open), for the tool's owner.
    void sketched(const QList<QPointF>& mapPoints, atlas::ui::ShapeSketch::Shape shape);
    // Esc with nothing drawn: the user wants out.
    void cancelled();

protected:
    // Hands a finished shape over; the default emits sketched().
    virtual void shapeFinished(const QList<QPointF>& mapPoints);
    // The holes of the polygon being handed over (open rings, canvas CRS); empty for others.
    const QList<QList<QPointF>>& holes() const { return m_holes; }

private:
    void finish();

    ShapeSketch m_sketch;
    QList<QList<QPointF>> m_holes;  // of the shape being handed over
    QColor m_ink{200, 30, 60};
    bool m_holesAllowed = false;
};

}  // namespace atlas::ui
