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
#include <optional>

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
    QToolButton* editDetailsButton() const { return m_editDetails; }
    // Opens the details form of the current item; OK saves it as one undo step.
    void editDetails();
    // Copies the files in (in a worker); geotagged photos become fiches when `place`.
    // With `unlocatedAt` (WGS 84, where they were dropped on the map) the files without a
    // position make one more landmark there, all of them attached to it.
    void importFiles(const QStringList& files, bool place, std::optional<QPointF> unlocatedAt = std::nullopt);

signals:
    void listRefreshed();
    // The details form is about to open (tests fill it).
    void detailsFormOpened(QWidget* dialog);
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
    QToolButton* m_editDetails;
    QCheckBox* m_place;
    QTimer m_debounce;
    QFutureWatcher<QList<core::MediaItem>> m_watcher;
    QFutureWatcher<Import> m_importWatcher;
    QSet<QString> m_thumbnailsPending;
    bool m_queryQueued = false;
};

}  // namespace atlas::ui
