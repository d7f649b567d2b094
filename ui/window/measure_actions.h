#pragma once
// View › Measure distance / Measure area: switches the canvas to the measure tool and
// shows the result in the status bar; unchecking returns to panning.

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace atlas::ui {

class MapCanvas;
class MeasureTool;

class MeasureActions : public QObject {
    Q_OBJECT
public:
    MeasureActions(MapCanvas* canvas, QMainWindow* window);
    void populate(QMenu* menu);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(QAction* action, MeasureTool* tool, bool on);
    void retranslate();

    MapCanvas* m_canvas;
    QMainWindow* m_window;
    MeasureTool* m_distanceTool;
    MeasureTool* m_areaTool;
    QAction* m_distance;
    QAction* m_area;
};

}  // namespace atlas::ui
