#include "ui/window/measure_actions.h"

#include "ui/canvas/map_canvas.h"
#include "ui/tools/measure_tool.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace atlas::ui {

MeasureActions::MeasureActions(MapCanvas* canvas, QMainWindow* window)
    : QObject(window), m_canvas(canvas), m_window(window),
      m_distanceTool(new MeasureTool(canvas, MeasureTool::Mode::Distance)),
      m_areaTool(new MeasureTool(canvas, MeasureTool::Mode::Area)), m_distance(new QAction(this)),
      m_area(new QAction(this))
{
    for (auto [action, tool] : {std::pair{m_distance, m_distanceTool}, std::pair{m_area, m_areaTool}}) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, action, tool](bool on) { choose(action, tool, on); });
        connect(tool, &MeasureTool::measured, this, [this, tool] {
            m_window->statusBar()->showMessage(tool->resultText());
        });
    }
    // Another tool taking the canvas (marking a fiche…) unchecks ours.
    connect(canvas, &MapCanvas::mapToolChanged, this, [this](MapTool* tool) {
        m_distance->setChecked(tool == m_distanceTool);
        m_area->setChecked(tool == m_areaTool);
    });
    window->installEventFilter(this);
    retranslate();
}

void MeasureActions::populate(QMenu* menu)
{
    menu->addAction(m_distance);
    menu->addAction(m_area);
}

void MeasureActions::choose(QAction* action, MeasureTool* tool, bool on)
{
    if (on) {
        (action == m_distance ? m_area : m_distance)->setChecked(false);
        m_canvas->setMapTool(tool);
    } else if (m_canvas->mapTool() == tool) {
        m_canvas->setMapTool(nullptr);
        m_window->statusBar()->clearMessage();
    }
}

bool MeasureActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MeasureActions::retranslate()
{
    m_distance->setText(tr("Measure &distance"));
    m_distance->setToolTip(tr("Click points on the map, double-click to finish (on the ellipsoid)"));
    m_area->setText(tr("Measure &area"));
    m_area->setToolTip(tr("Click the corners of an area, double-click to finish (on the ellipsoid)"));
}

}  // namespace atlas::ui
