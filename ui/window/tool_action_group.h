#pragma once
// Checkable menu actions that each put a map tool on the canvas, one at a time: checking
// one builds its tool and shows its hint; unchecking it, checking another, another tool
// taking the canvas or stop() removes the tool and clears the hint.

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QStatusBar;

namespace atlas::ui {

class MapCanvas;
class MapTool;

class ToolActionGroup : public QObject {
    Q_OBJECT
public:
    struct Started {
        MapTool* tool = nullptr;  // null: the action is unchecked again
        QString hint;             // shown in the status bar while the tool is on
    };
    using Factory = std::function<Started(QAction* action)>;

    ToolActionGroup(MapCanvas* canvas, QStatusBar* status, Factory factory, QObject* parent);

    // Makes `action` checkable and one of the group.
    void add(QAction* action);
    const QList<QAction*>& actions() const { return m_actions; }
    MapTool* tool() const { return m_tool; }
    // Removes the tool, if any, and unchecks every action.
    void stop();

private:
    void start(QAction* action, bool on);

    MapCanvas* m_canvas;
    QStatusBar* m_status;
    Factory m_factory;
    QList<QAction*> m_actions;
    MapTool* m_tool = nullptr;
    QAction* m_active = nullptr;
};

}  // namespace atlas::ui
