#pragma once
// The activity database panel: a sortable, filterable table of the atlas's activities,
// grouped by status, type or year, and the same activities on a timeline; buttons ask
// for an activity to be added, edited or deleted (ActivitiesFeature does it).

#include "core/model/activity.h"

#include <QDockWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
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
    const QList<core::Activity>& activities() const { return m_activities; }
    // The activity of the selected row, if a row (not a group) is selected.
    std::optional<core::Activity> currentActivity() const;
    void selectActivity(const QUuid& uuid);
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }

signals:
    void newRequested();
    void editRequested(const atlas::core::Activity& activity);
    void removeRequested(const atlas::core::Activity& activity);
    // The activities were read again from the atlas.
    void reloaded();

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
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QTabWidget* m_views;
    QTreeView* m_table;
    ActivityTimeline* m_timeline;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<core::Activity> m_activities;
};

}  // namespace atlas::ui
