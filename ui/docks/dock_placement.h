#pragma once
// Where the observatory's companion panels go: right side, tabbed behind the observations
// (the Observations panel stays in front when the window opens).

#include <QDockWidget>
#include <QMainWindow>

namespace atlas::ui {

inline void addBesideObservations(QMainWindow* window, QDockWidget* dock)
{
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* observations = window->findChild<QDockWidget*>(QStringLiteral("ObservationsDock"))) {
        window->tabifyDockWidget(observations, dock);
        observations->raise();
    }
}

}  // namespace atlas::ui
