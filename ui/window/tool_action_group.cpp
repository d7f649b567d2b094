#include "ui/window/tool_action_group.h"

#include "ui/canvas/map_canvas.h"
#include "ui/tools/map_tool.h"

#include <QAction>
#include <QStatusBar>

namespace atlas::ui {

ToolActionGroup::ToolActionGroup(MapCanvas* canvas, QStatusBar* status, Factory factory, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_status(status), m_factory(std::move(factory))
{
    // Another tool taking the canvas (measure, select, another group…) ends this one.
    connect(m_canvas, &MapCanvas::mapToolChanged, this, [this](MapTool* tool) {
        if (m_tool && tool != m_tool)
            stop();
    });
}

void ToolActionGroup::add(QAction* action)
{
    action->setCheckable(true);
    m_actions << action;
    connect(action, &QAction::toggled, this, [this, action](bool on) { start(action, on); });
}

void ToolActionGroup::start(QAction* action, bool on)
{
    if (!on) {
        if (m_tool && m_active == action)
            stop();
        return;
    }
    stop();
    {
        const QSignalBlocker block(action);
        action->setChecked(true);  // stop() unchecked it
    }
    const Started started = m_factory(action);
    if (!started.tool) {
        const QSignalBlocker block(action);
        action->setChecked(false);
        return;
    }
    m_tool = started.tool;
    m_active = action;
    m_canvas->setMapTool(m_tool);
    m_status->showMessage(started.hint);
}

void ToolActionGroup::stop()
{
    for (QAction* action : m_actions) {
        const QSignalBlocker block(action);
        action->setChecked(false);
    }
    if (!m_tool)
        return;
    MapTool* tool = m_tool;
    m_tool = nullptr;
    m_active = nullptr;
    if (m_canvas->mapTool() == tool)
        m_canvas->setMapTool(nullptr);
    tool->deleteLater();
    m_status->clearMessage();
}

}  // namespace atlas::ui
