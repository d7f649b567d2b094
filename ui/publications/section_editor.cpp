#include "ui/publications/section_editor.h"

#include "gis/formats/story_rich_text.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas::ui {

namespace {

QString mediaLabel(const core::MediaItem& m)
{
    return m.title.isEmpty() ? m.fileName : QStringLiteral("%1 (%2)").arg(m.title, m.fileName);
}

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setObjectName(action->objectName());
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

}  // namespace

SectionEditor::SectionEditor(QWidget* parent)
    : QWidget(parent), m_titleFrLabel(new QLabel(this)), m_titleNlLabel(new QLabel(this)),
      m_titleFr(new QLineEdit(this)), m_titleNl(new QLineEdit(this)), m_tabs(new QTabWidget(this)),
      m_textFr(new QTextEdit(this)), m_textNl(new QTextEdit(this)), m_bold(new QAction(this)),
      m_italic(new QAction(this)), m_bullets(new QAction(this)), m_numbers(new QAction(this)),
      m_link(new QLineEdit(this)), m_linkButton(new QPushButton(this)), m_library(new QComboBox(this)),
      m_attach(new QPushButton(this)), m_detach(new QPushButton(this)), m_media(new QListWidget(this)),
      m_viewSummary(new QLabel(this)), m_capture(new QPushButton(this)), m_clearView(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    m_titleFr->setObjectName(QStringLiteral("titleFr"));
    m_titleNl->setObjectName(QStringLiteral("titleNl"));
    m_textFr->setObjectName(QStringLiteral("textFr"));
    m_textNl->setObjectName(QStringLiteral("textNl"));
    m_linkButton->setObjectName(QStringLiteral("link"));
    m_attach->setObjectName(QStringLiteral("attach"));
    m_detach->setObjectName(QStringLiteral("detach"));
    m_capture->setObjectName(QStringLiteral("capture"));
    m_clearView->setObjectName(QStringLiteral("clearView"));
    m_save->setObjectName(QStringLiteral("save"));
    for (QTextEdit* t : {m_textFr, m_textNl})
        t->setAcceptRichText(true);  // pasted bold and links stay; storyHtml() keeps only those
    m_tabs->addTab(m_textFr, QStringLiteral("FR"));
    m_tabs->addTab(m_textNl, QStringLiteral("NL"));
    m_viewSummary->setWordWrap(true);
    m_media->setMaximumHeight(80);

    m_bold->setObjectName(QStringLiteral("bold"));
    m_italic->setObjectName(QStringLiteral("italic"));
    m_bullets->setObjectName(QStringLiteral("bullets"));
    m_numbers->setObjectName(QStringLiteral("numbers"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic->setShortcut(QKeySequence::Italic);
    for (QAction* a : {m_bold, m_italic, m_bullets, m_numbers}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_bold, &QAction::triggered, this, &SectionEditor::toggleBold);
    connect(m_italic, &QAction::triggered, this, &SectionEditor::toggleItalic);
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_linkButton, &QPushButton::clicked, this, &SectionEditor::applyLink);
    connect(m_link, &QLineEdit::returnPressed, this, &SectionEditor::applyLink);
    connect(m_attach, &QPushButton::clicked, this, &SectionEditor::attachMedia);
    connect(m_detach, &QPushButton::clicked, this, &SectionEditor::detachMedia);
    connect(m_capture, &QPushButton::clicked, this, &SectionEditor::captureView);
    connect(m_clearView, &QPushButton::clicked, this, [this] {
        if (m_section) {
            m_section->view.reset();
            m_modified = true;
            showView();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &SectionEditor::saveRequested);
    const auto edited = [this] { m_modified = true; };
    for (QLineEdit* e : {m_titleFr, m_titleNl})
        connect(e, &QLineEdit::textEdited, this, edited);
    for (QTextEdit* t : {m_textFr, m_textNl})
        connect(t, &QTextEdit::textChanged, this, edited);

    auto* titles = new QFormLayout;
    titles->addRow(m_titleFrLabel, m_titleFr);
    titles->addRow(m_titleNlLabel, m_titleNl);
    auto* format = new QHBoxLayout;
    for (QAction* a : {m_bold, m_italic, m_bullets, m_numbers})
        format->addWidget(toolButton(a, this));
    format->addWidget(m_link, 1);
    format->addWidget(m_linkButton);
    auto* media = new QHBoxLayout;
    media->addWidget(m_library, 1);
    media->addWidget(m_attach);
    media->addWidget(m_detach);
    auto* view = new QHBoxLayout;
    view->addWidget(m_viewSummary, 1);
    view->addWidget(m_capture);
    view->addWidget(m_clearView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles);
    layout->addLayout(format);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(media);
    layout->addWidget(m_media);
    layout->addLayout(view);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    retranslate();
    setSection(std::nullopt, {});
}

void SectionEditor::setSection(const std::optional<core::PublicationSection>& section,
                               const QList<core::MediaItem>& library)
{
    m_section = section;
    m_libraryItems = library;
    setEnabled(section.has_value());
    m_titleFr->setText(section ? section->titleFr : QString());
    m_titleNl->setText(section ? section->titleNl : QString());
    m_textFr->setHtml(section ? section->textFr : QString());
    m_textNl->setHtml(section ? section->textNl : QString());
    for (QTextEdit* t : {m_textFr, m_textNl})
        if (t->document()->isEmpty())
            t->setCurrentCharFormat(QTextCharFormat());  // not the last section's bold or link
    m_modified = false;  // after setHtml, which signals textChanged
    m_library->clear();
    for (const core::MediaItem& m : library)
        m_library->addItem(mediaLabel(m), m.identity.uuid);
    showMedia();
    showView();
}

core::PublicationSection SectionEditor::section() const
{
    core::PublicationSection s = m_section.value_or(core::PublicationSection{});
    s.titleFr = m_titleFr->text().trimmed();
    s.titleNl = m_titleNl->text().trimmed();
    s.textFr = gis::storyHtml(*m_textFr->document());
    s.textNl = gis::storyHtml(*m_textNl->document());
    return s;
}

QLineEdit* SectionEditor::titleEdit(const QString& language) const
{
    return language == QLatin1String("nl") ? m_titleNl : m_titleFr;
}

QTextEdit* SectionEditor::textEdit(const QString& language) const
{
    return language == QLatin1String("nl") ? m_textNl : m_textFr;
}

QPushButton* SectionEditor::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

QTextEdit* SectionEditor::currentText() const
{
    return m_tabs->currentIndex() == 1 ? m_textNl : m_textFr;
}

void SectionEditor::toggleBold()
{
    QTextEdit* edit = currentText();
    QTextCharFormat f;
    f.setFontWeight(edit->currentCharFormat().fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    edit->mergeCurrentCharFormat(f);
}

void SectionEditor::toggleItalic()
{
    QTextEdit* edit = currentText();
    QTextCharFormat f;
    f.setFontItalic(!edit->currentCharFormat().fontItalic());
    edit->mergeCurrentCharFormat(f);
}

void SectionEditor::toggleList(bool ordered)
{
    QTextCursor cursor = currentText()->textCursor();
    const QTextListFormat::Style style = ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        // Out of the list: the paragraph stays, without its bullet or number.
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
        return;
    }
    cursor.createList(style);
}

void SectionEditor::applyLink()
{
    QTextEdit* edit = currentText();
    QTextCursor cursor = edit->textCursor();
    const QString url = m_link->text().trimmed();
    if (!cursor.hasSelection())
        return;
    QTextCharFormat f;
    f.setAnchor(!url.isEmpty());  // an empty address takes the link off the selection
    f.setAnchorHref(url);
    f.setFontUnderline(!url.isEmpty());
    if (url.isEmpty())
        f.setForeground(palette().text());
    else
        f.setForeground(palette().link());
    cursor.mergeCharFormat(f);
    edit->setFocus();
}

void SectionEditor::attachMedia()
{
    const QUuid uuid = m_library->currentData().toUuid();
    if (!m_section || uuid.isNull() || m_section->media.contains(uuid))
        return;
    m_section->media << uuid;
    m_modified = true;
    showMedia();
}

void SectionEditor::detachMedia()
{
    const int row = m_media->currentRow();
    if (!m_section || row < 0 || row >= m_section->media.size())
        return;
    m_section->media.removeAt(row);
    m_modified = true;
    showMedia();
}

void SectionEditor::captureView()
{
    if (!m_section || !m_viewSource)
        return;
    m_section->view = m_viewSource();
    m_modified = true;
    showView();
}

void SectionEditor::showMedia()
{
    m_media->clear();
    for (const QUuid& uuid : m_section ? m_section->media : QList<QUuid>{}) {
        QString label = tr("(missing from the mediatheque)");
        for (const core::MediaItem& m : m_libraryItems)
            if (m.identity.uuid == uuid)
                label = mediaLabel(m);
        m_media->addItem(label);
    }
    m_detach->setEnabled(m_media->count() > 0);
    m_attach->setEnabled(m_library->count() > 0);
}

void SectionEditor::showView()
{
    const bool has = m_section && m_section->view;
    m_clearView->setEnabled(has);
    if (!has) {
        m_viewSummary->setText(tr("No map view: the map stays where the reader left it."));
        return;
    }
    const core::PublicationMapView& v = *m_section->view;
    m_viewSummary->setText(tr("Map view: %1 layers shown, %2 fiches highlighted, centre %3 (%4)")
                               .arg(v.visibleLayers.size())
                               .arg(v.highlightedFiches.size())
                               .arg(QStringLiteral("%1, %2").arg(v.extent.center().x(), 0, 'f', 0).arg(v.extent.center().y(), 0, 'f', 0),
                                    v.crs));
}

void SectionEditor::retranslate()
{
    m_titleFrLabel->setText(tr("Title (FR)"));
    m_titleNlLabel->setText(tr("Title (NL)"));
    m_bold->setText(tr("Bold"));
    m_italic->setText(tr("Italic"));
    m_bullets->setText(tr("List"));
    m_numbers->setText(tr("Numbered list"));
    m_link->setPlaceholderText(tr("Link address (https://…)"));
    m_linkButton->setText(tr("Link"));
    m_linkButton->setToolTip(tr("Makes the selected text a link to this address"));
    m_attach->setText(tr("Attach"));
    m_detach->setText(tr("Remove"));
    m_library->setToolTip(tr("Media of the mediatheque"));
    m_capture->setText(tr("Capture map view"));
    m_capture->setToolTip(tr("The map's extent, visible layers and selected fiche become this section's view"));
    m_clearView->setText(tr("No view"));
    m_save->setText(tr("Save section"));
    showView();
}

void SectionEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace atlas::ui
