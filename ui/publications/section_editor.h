#pragma once
// Edits one section of a publication: titles and rich text in French and Dutch (bold,
// italic, lists, links), media attached from the mediatheque, and the map view captured
// from the canvas (extent, visible layers, highlighted fiches).

#include "core/model/media_item.h"
#include "core/model/publication.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextEdit;

namespace atlas::ui {

class SectionEditor : public QWidget {
    Q_OBJECT
public:
    using ViewSource = std::function<std::optional<core::PublicationMapView>()>;

    explicit SectionEditor(QWidget* parent = nullptr);

    // The section to edit (none: the editor is disabled) and the mediatheque to pick from.
    void setSection(const std::optional<core::PublicationSection>& section, const QList<core::MediaItem>& library);
    // The section with the edits made so far.
    core::PublicationSection section() const;
    bool hasSection() const { return m_section.has_value(); }
    // Edited since setSection() or the last setModified(false).
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    // What "Capture map view" reads: the canvas as it is now.
    void setViewSource(ViewSource source) { m_viewSource = std::move(source); }

    QLineEdit* titleEdit(const QString& language) const;
    QTextEdit* textEdit(const QString& language) const;
    QTabWidget* languageTabs() const { return m_tabs; }
    QLineEdit* linkEdit() const { return m_link; }
    QComboBox* libraryBox() const { return m_library; }
    QListWidget* mediaList() const { return m_media; }
    QLabel* viewSummary() const { return m_viewSummary; }
    QPushButton* button(const QString& objectName) const;

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QTextEdit* currentText() const;
    void toggleBold();
    void toggleItalic();
    void toggleList(bool ordered);
    void applyLink();
    void attachMedia();
    void detachMedia();
    void captureView();
    void showMedia();
    void showView();

    std::optional<core::PublicationSection> m_section;
    bool m_modified = false;
    QList<core::MediaItem> m_libraryItems;
    ViewSource m_viewSource;
    QLabel* m_titleFrLabel;
    QLabel* m_titleNlLabel;
    QLineEdit* m_titleFr;
    QLineEdit* m_titleNl;
    QTabWidget* m_tabs;
    QTextEdit* m_textFr;
    QTextEdit* m_textNl;
    QAction* m_bold;
    QAction* m_italic;
    QAction* m_bullets;
    QAction* m_numbers;
    QLineEdit* m_link;
    QPushButton* m_linkButton;
    QComboBox* m_library;
    QPushButton* m_attach;
    QPushButton* m_detach;
    QListWidget* m_media;
    QLabel* m_viewSummary;
    QPushButton* m_capture;
    QPushButton* m_clearView;
    QPushButton* m_save;
};

}  // namespace atlas::ui
