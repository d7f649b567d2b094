#pragma once
// The activity database panel: a sortable, filterable table of the atlas's activities,
// grouped by status, type or year, and the same activities on a timeline.

#include "core/model/activity.h"

#include <QDockWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace atlas::ui {

class ActivityTimeline;
class ObservatorySession;

class ActivitiesDock : public QDockWidget {
    Q_OBJECT
public:
    enum class Grouping { None, Status, Type, Year };
    enum Column { TitleColumn, TypeColumn, StatusColumn, OrganisationColumn, StartColumn, EndColumn, BudgetColumn };

    ActivitiesDock(ObservatorySession* session, QWidget* parent = nullptr);
    // Adds the dock to `window` (right side, tabbed with the others) and returns it.
    static ActivitiesDock* install(ObservatorySession* session, QMainWindow* window);

    // Reads the activities of the atlas again.
    void reload();
    void setGrouping(Grouping grouping);
    void setFilterText(const QString& text);
    QTreeView* table() const { return m_table; }
    QAbstractItemModel* tableModel() const;
    ActivityTimeline* timeline() const { return m_timeline; }
    QTabWidget* views() const { return m_views; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    // The activities the filter text lets through (for the timeline).
    QList<core::Activity> filtered() const;

    ObservatorySession* m_session;
    QLineEdit* m_filter;
    QComboBox* m_grouping;
    QLabel* m_count;
    QTabWidget* m_views;
    QTreeView* m_table;
    ActivityTimeline* m_timeline;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<core::Activity> m_activities;
};

}  // namespace atlas::ui
