#pragma once
// The publications panel: create and delete story maps, add sections, reorder them by
// dragging, edit a section (text, media, map view), preview the text as the reader will
// see it, and export a publication as a story page. Each change is saved at once (a new
// version and a change-log row).

#include "core/model/atlas_document.h"
#include "core/model/publication.h"
#include "ui/publications/section_editor.h"

#include <QDockWidget>
#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QListWidget;
class QMainWindow;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace atlas::ui {

class ObservatorySession;

// What the panel reads from the window: the atlas as open, and the canvas for a map view.
struct PublicationsContext {
    std::function<core::AtlasDocument()> document;
    SectionEditor::ViewSource captureView;
};

class PublicationsDock : public QDockWidget {
    Q_OBJECT
public:
    PublicationsDock(ObservatorySession* session, QWidget* parent = nullptr,
                     PublicationsContext context = {});
    static PublicationsDock* install(ObservatorySession* session, QMainWindow* window,
                                     PublicationsContext context = {});

    // Reads the publications again, selecting `select` (default: the current one).
    void reload(const QUuid& select = {});
    // New publication with one empty section; selected. False (status shown) on failure.
    bool createPublication(const QString& title);
    bool addSection(const QString& title);
    bool deleteCurrent();
    // What dropping section `from` at `to` does.
    bool moveSection(int from, int to);
    std::optional<core::Publication> current() const;
    // Saves what the section editor holds into the current section.
    bool saveSection();
    // Exports the current publication alone as a story page into `dir`, in a worker with
    // a progress dialog; `exported` tells how it ended. False if one is already running.
    bool exportCurrent(const QString& dir);
    QListWidget* publicationList() const { return m_list; }
    QListWidget* sectionList() const { return m_sections; }
    QTextBrowser* preview() const { return m_preview; }
    SectionEditor* sectionEditor() const { return m_editor; }
    QTabWidget* pages() const { return m_pages; }
    QAction* exportAction() const { return m_exportAction; }

signals:
    // `error` is empty when the page was written at `indexPath`.
    void exported(const QString& indexPath, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCurrent();
    void showSection();
    // Saves the editor's unsaved section into its publication when another one is chosen.
    void keepEditsOfOtherPublication();
    void chooseExportFolder();
    // Saves `p` and shows it; false with the reason in the preview when the atlas refused.
    bool store(const core::Publication& p);
    void sectionsDropped();

    ObservatorySession* m_session;
    PublicationsContext m_context;
    QListWidget* m_list;
    QListWidget* m_sections;
    QTextBrowser* m_preview;
    QPushButton* m_new;
    QPushButton* m_addSection;
    QPushButton* m_delete;
    QToolButton* m_more;
    QAction* m_exportAction;
    QTabWidget* m_pages;
    SectionEditor* m_editor;
    QList<core::Publication> m_publications;
    QUuid m_editingPublication;  // the publication of the section in the editor
    std::shared_ptr<std::atomic<bool>> m_exportCancel;  // set while an export runs
};

}  // namespace atlas::ui
