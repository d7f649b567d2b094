#pragma once
// Where the observatory's companion panels go: right side, tabbed with the observations.

#include <QDockWidget>
#include <QMainWindow>

namespace atlas::ui {

inline void addBesideObservations(QMainWindow* window, QDockWidget* dock)
{
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* observations = window->findChild<QDockWidget*>(QStringLiteral("ObservationsDock")))
        window->tabifyDockWidget(observations, dock);
}

}  // namespace atlas::ui
