#pragma once
// The publications panel: create and delete story maps, add sections, reorder them by
// dragging, and preview the text as the reader will see it. Each change is saved at once
// (a new version and a change-log row).

#include "core/model/publication.h"

#include <QDockWidget>

class QListWidget;
class QMainWindow;
class QPushButton;
class QTextBrowser;

namespace atlas::ui {

class ObservatorySession;

class PublicationsDock : public QDockWidget {
    Q_OBJECT
public:
    PublicationsDock(ObservatorySession* session, QWidget* parent = nullptr);
    static PublicationsDock* install(ObservatorySession* session, QMainWindow* window);

    // Reads the publications again, selecting `select` (default: the current one).
    void reload(const QUuid& select = {});
    // New publication with one empty section; selected. False (status shown) on failure.
    bool createPublication(const QString& title);
    bool addSection(const QString& title);
    bool deleteCurrent();
    // What dropping section `from` at `to` does.
    bool moveSection(int from, int to);
    std::optional<core::Publication> current() const;
    QListWidget* publicationList() const { return m_list; }
    QListWidget* sectionList() const { return m_sections; }
    QTextBrowser* preview() const { return m_preview; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCurrent();
    // Saves `p` and shows it; false with the reason in the preview when the atlas refused.
    bool store(const core::Publication& p);
    void sectionsDropped();

    ObservatorySession* m_session;
    QListWidget* m_list;
    QListWidget* m_sections;
    QTextBrowser* m_preview;
    QPushButton* m_new;
    QPushButton* m_addSection;
    QPushButton* m_delete;
    QList<core::Publication> m_publications;
};

}  // namespace atlas::ui
