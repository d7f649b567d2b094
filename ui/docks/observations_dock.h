#pragma once
// The observations dock: the fiches of the atlas filtered by kind, theme, status, commune,
// period and free text (FR and NL), a detail view with the photos, and the edit buttons.
// Queries run in a worker on their own connection; the list shows the first page.

#include "core/model/observation.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "gis/sync/sync_local_state.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QSet>
#include <QTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace atlas::ui {

class ObservatorySession;
class ObservationListModel;

class ObservationsDock : public QDockWidget {
    Q_OBJECT
public:
    ObservationsDock(ObservatorySession* session, QWidget* parent = nullptr);

    // The first page: enough to browse, quick with 100,000 fiches.
    static constexpr int kPageSize = 200;

    gis::ObservationFilter filter() const;
    QLineEdit* searchBox() const { return m_search; }
    QTableView* list() const { return m_list; }
    ObservationListModel* model() const { return m_model; }
    QTextBrowser* detail() const { return m_detail; }
    int totalMatches() const { return m_total; }
    // The fiche shown in the detail view, if any.
    const core::Observation* currentObservation() const;
    void selectObservation(const QUuid& uuid);
    // Actions the feature wires to its map tool and menus.
    QToolButton* markButton() const { return m_mark; }

signals:
    void filterChanged(const atlas::gis::ObservationFilter& filter);
    void currentChanged(const QUuid& uuid);
    void editRequested(const atlas::core::Observation& observation);
    void removeRequested(const atlas::core::Observation& observation);
    // A query finished and the list shows its result.
    void listRefreshed();

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Links to the fiches related to `o`, for the detail view.
    QString relatedFichesHtml(const core::Observation& o, const QString& lang) const;
    struct Page {
        QList<core::Observation> rows;
        QHash<QUuid, gis::FicheSyncState> states;
        int total = 0;
        QString error;
    };
    void retranslate();
    void fillThemesAndCommunes();
    void showDetail();
    void runQuery();

    ObservatorySession* m_session;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_theme;
    QComboBox* m_status;
    QComboBox* m_commune;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QTableView* m_list;
    ObservationListModel* m_model;
    QTextBrowser* m_detail;
    QToolButton* m_mark;
    QToolButton* m_edit;
    QToolButton* m_remove;
    QToolButton* m_undo;
    QToolButton* m_redo;
    QTimer m_debounce;
    QFutureWatcher<Page> m_watcher;
    bool m_queryQueued = false;
    int m_total = 0;
    QUuid m_wantSelected;
    QSet<QString> m_thumbnailsPending;
};

}  // namespace atlas::ui
