#pragma once
// The mediatheque dock: every photo and document of the atlas as a thumbnail grid with
// search, type filter and details; files dropped on it (or chosen with Import…) are copied
// in, and geotagged photos can become landmark fiches at their positions.

#include "core/model/media_item.h"
#include "core/model/observation.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QSet>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace atlas::ui {

class ObservatorySession;

class MediathequeDock : public QDockWidget {
    Q_OBJECT
public:
    MediathequeDock(ObservatorySession* session, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QListWidget* grid() const { return m_grid; }
    QLabel* details() const { return m_details; }
    // Copies the files in (in a worker); geotagged photos become fiches when `place`.
    void importFiles(const QStringList& files, bool place);

signals:
    void listRefreshed();
    // Files were imported: `fiches` are the landmarks made from geotagged photos.
    void imported(const QList<atlas::core::Observation>& fiches, const QStringList& errors);
    void showFicheRequested(const QUuid& fiche);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Import {
        QList<core::Observation> fiches;
        QStringList errors;
    };
    void retranslate();
    void showDetails();
    void updateThumbnails();

    ObservatorySession* m_session;
    QLineEdit* m_search;
    QComboBox* m_type;
    QListWidget* m_grid;
    QLabel* m_details;
    QLabel* m_count;
    QToolButton* m_import;
    QCheckBox* m_place;
    QTimer m_debounce;
    QFutureWatcher<QList<core::MediaItem>> m_watcher;
    QFutureWatcher<Import> m_importWatcher;
    QSet<QString> m_thumbnailsPending;
    bool m_queryQueued = false;
};

}  // namespace atlas::ui
