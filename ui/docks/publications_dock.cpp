#include "ui/docks/publications_dock.h"

#include "ui/docks/dock_placement.h"

#include "gis/formats/web_bundle_exporter.h"
#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"
#include "ui/observatory/observatory_session.h"

#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

PublicationsDock::PublicationsDock(ObservatorySession* session, QWidget* parent, PublicationsContext context)
    : QDockWidget(parent), m_session(session), m_context(std::move(context)), m_list(new QListWidget(this)),
      m_sections(new QListWidget(this)), m_preview(new QTextBrowser(this)), m_new(new QPushButton(this)),
      m_addSection(new QPushButton(this)), m_delete(new QPushButton(this)), m_more(new QToolButton(this)),
      m_exportAction(new QAction(this)), m_pages(new QTabWidget(this)), m_editor(new SectionEditor(this))
{
    setObjectName(QStringLiteral("PublicationsDock"));
    m_sections->setDragDropMode(QAbstractItemView::InternalMove);
    m_sections->setDefaultDropAction(Qt::MoveAction);
    m_preview->setOpenLinks(false);  // a preview: links are shown, not followed
    m_editor->setViewSource(m_context.captureView);
    m_exportAction->setObjectName(QStringLiteral("exportStory"));
    auto* menu = new QMenu(m_more);
    menu->addAction(m_exportAction);
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_pages->addTab(m_editor, QString());
    m_pages->addTab(m_preview, QString());

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_addSection, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_more);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({90, 110, 520});  // the section being written gets the room
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(m_new, &QPushButton::clicked, this, [this] { createPublication(tr("New publication")); });
    connect(m_addSection, &QPushButton::clicked, this,
            [this] { addSection(tr("Section %1").arg(current() ? current()->sections.size() + 1 : 1)); });
    connect(m_delete, &QPushButton::clicked, this, &PublicationsDock::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &PublicationsDock::showCurrent);
    connect(m_sections, &QListWidget::currentRowChanged, this, &PublicationsDock::showSection);
    connect(m_editor, &SectionEditor::saveRequested, this, &PublicationsDock::saveSection);
    connect(m_exportAction, &QAction::triggered, this, &PublicationsDock::chooseExportFolder);
    // A drop inside the list moves the row: the new order is read back from the items.
    connect(m_sections->model(), &QAbstractItemModel::rowsMoved, this, &PublicationsDock::sectionsDropped);
    connect(session, &ObservatorySession::changed, this, [this] { reload(); });
    retranslate();
    reload();
}

PublicationsDock* PublicationsDock::install(ObservatorySession* session, QMainWindow* window,
                                            PublicationsContext context)
{
    auto* dock = new PublicationsDock(session, window, std::move(context));
    addBesideObservations(window, dock);
    return dock;
}

void PublicationsDock::reload(const QUuid& select)
{
    const QUuid selected = !select.isNull() ? select : current() ? current()->identity.uuid : QUuid();
    m_publications.clear();
    if (gis::ObservationStore* s = m_session->store()) {
        auto list = gis::PublicationStore(s->database()).list();
        if (list)
            m_publications = list.take();
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = m_publications.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_publications.size(); ++i) {
        m_list->addItem(m_publications[i].title(locale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                                                : QStringLiteral("fr")));
        if (m_publications[i].identity.uuid == selected)
            row = i;
    }
    m_list->setCurrentRow(row);
    showCurrent();
}

std::optional<core::Publication> PublicationsDock::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_publications.size())
        return std::nullopt;
    return m_publications[row];
}

bool PublicationsDock::store(const core::Publication& p)
{
    gis::ObservationStore* s = m_session->store();
    if (!s)
        return false;
    auto saved = gis::PublicationStore(s->database()).save(p);
    if (!saved) {
        m_preview->setPlainText(saved.error().message());
        return false;
    }
    reload(saved.value().identity.uuid);
    return true;
}

bool PublicationsDock::createPublication(const QString& title)
{
    core::Publication p = core::Publication::create();
    p.titleFr = title;
    p.sections << core::PublicationSection{};
    p.sections.first().titleFr = tr("Section %1").arg(1);
    return store(p);
}

bool PublicationsDock::addSection(const QString& title)
{
    auto p = current();
    if (!p)
        return false;
    core::PublicationSection section;
    section.titleFr = title;
    p->sections << section;
    return store(*p);
}

bool PublicationsDock::moveSection(int from, int to)
{
    auto p = current();
    if (!p || !p->moveSection(from, to))
        return false;
    return store(*p);
}

void PublicationsDock::sectionsDropped()
{
    auto p = current();
    if (!p)
        return;
    QList<core::PublicationSection> ordered;
    for (int i = 0; i < m_sections->count(); ++i) {
        const int index = p->indexOfSection(m_sections->item(i)->data(Qt::UserRole).toUuid());
        if (index >= 0)
            ordered << p->sections[index];
    }
    if (ordered.size() != p->sections.size())
        return showCurrent();  // not a reorder we understand: show the stored order again
    p->sections = ordered;
    store(*p);
}

bool PublicationsDock::deleteCurrent()
{
    auto p = current();
    gis::ObservationStore* s = m_session->store();
    if (!p || !s)
        return false;
    if (auto r = gis::PublicationStore(s->database()).remove(p->identity.uuid); !r) {
        m_preview->setPlainText(r.error().message());
        return false;
    }
    reload();
    return true;
}

void PublicationsDock::keepEditsOfOtherPublication()
{
    const auto p = current();
    if (!m_editor->isModified() || !m_editor->hasSection() || (p && p->identity.uuid == m_editingPublication))
        return;
    gis::ObservationStore* s = m_session->store();
    for (core::Publication& other : m_publications) {
        const int index = other.indexOfSection(m_editor->section().id);
        if (other.identity.uuid != m_editingPublication || index < 0 || !s)
            continue;
        core::Publication edited = other;
        edited.sections[index] = m_editor->section();
        if (auto saved = gis::PublicationStore(s->database()).save(edited); saved)
            other = saved.value();
        else
            m_preview->setPlainText(saved.error().message());
    }
    m_editor->setModified(false);
}

void PublicationsDock::showCurrent()
{
    keepEditsOfOtherPublication();  // another publication was chosen with a section half written
    const QUuid selectedSection = m_sections->currentItem() ? m_sections->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    const auto p = current();
    m_addSection->setEnabled(p.has_value());
    m_delete->setEnabled(p.has_value());
    m_exportAction->setEnabled(p.has_value());
    {
        const QSignalBlocker block(m_sections->model());
        const QSignalBlocker blockList(m_sections);
        m_sections->clear();
    }
    if (!p) {
        m_preview->clear();
        showSection();
        return;
    }
    const QString language = locale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl") : QStringLiteral("fr");
    // The preview reads the sections in order, as the story page will.
    QString html = QStringLiteral("<h1>%1</h1>").arg(p->title(language).toHtmlEscaped());
    for (const core::PublicationSection& section : p->sections) {
        const QString title = language == QLatin1String("nl") && !section.titleNl.isEmpty() ? section.titleNl : section.titleFr;
        auto* item = new QListWidgetItem(title, m_sections);
        item->setData(Qt::UserRole, section.id);
        const QString text = language == QLatin1String("nl") && !section.textNl.isEmpty() ? section.textNl : section.textFr;
        html += QStringLiteral("<h2>%1</h2>%2").arg(title.toHtmlEscaped(), text);
    }
    m_preview->setHtml(html);
    const int row = p->indexOfSection(selectedSection);
    m_sections->setCurrentRow(row >= 0 ? row : 0);
    showSection();
}

void PublicationsDock::showSection()
{
    const auto p = current();
    const int row = m_sections->currentRow();
    if (m_editor->isModified() && p && m_editor->hasSection()) {
        const QUuid editing = m_editor->section().id;
        if (row >= 0 && row < p->sections.size() && p->sections[row].id == editing)
            return;  // the atlas changed elsewhere: the text being written stays
        if (p->indexOfSection(editing) >= 0) {
            saveSection();  // leaving a section keeps what was written in it
            return;         // saving shows the publication again, with this row
        }
    }
    if (!p || row < 0 || row >= p->sections.size()) {
        m_editor->setSection(std::nullopt, {});
        return;
    }
    QList<core::MediaItem> library;
    if (gis::ObservationStore* s = m_session->store())
        if (auto items = s->listMedia())
            library = items.take();
    m_editor->setSection(p->sections[row], library);
    m_editingPublication = p->identity.uuid;
}

bool PublicationsDock::saveSection()
{
    auto p = current();
    if (!p || !m_editor->hasSection())
        return false;
    const core::PublicationSection edited = m_editor->section();
    const int index = p->indexOfSection(edited.id);
    if (index < 0)
        return false;
    p->sections[index] = edited;
    m_editor->setModified(false);
    if (store(*p))
        return true;
    m_editor->setModified(true);  // refused: the text stays to be saved again
    return false;
}

void PublicationsDock::chooseExportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the story page"));
    if (!dir.isEmpty())
        exportCurrent(dir);
}

bool PublicationsDock::exportCurrent(const QString& dir)
{
    const auto p = current();
    if (!p || m_exportCancel || !m_context.document)
        return false;
    gis::WebBundleOptions options;
    options.outputDir = dir;
    options.storyAlone = p->identity.uuid;
    options.language = locale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl") : QStringLiteral("fr");
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    auto* progress = new QProgressDialog(tr("Exporting the story page…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export as web page"));
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_exportCancel] { cancel->store(true); });
    const QPointer<QProgressDialog> bar(progress);
    const gis::WebBundleProgress report = [bar](int done, int total, const QString& step) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, done, total, step] {
                if (!bar)
                    return;
                bar->setMaximum(std::max(1, total));
                bar->setValue(std::min(done, total));
                bar->setLabelText(step);
            },
            Qt::QueuedConnection);
    };
    using Outcome = std::pair<QString, QString>;  // index.html, error
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_exportCancel.reset();
        if (!outcome.second.isEmpty())
            m_preview->setPlainText(outcome.second);
        emit exported(outcome.first, outcome.second);
    });
    watcher->setFuture(QtConcurrent::run([doc = m_context.document(), path = m_session->atlasPath(), options, report,
                                          cancel = m_exportCancel]() -> Outcome {
        auto result = gis::exportWebBundle(doc, path, options, report, *cancel);
        return result ? Outcome{result.value().indexPath, {}} : Outcome{{}, result.error().message()};
    }));
    return true;
}

void PublicationsDock::retranslate()
{
    setWindowTitle(tr("Publications"));
    m_new->setText(tr("&New"));
    m_addSection->setText(tr("Add &section"));
    m_delete->setText(tr("&Delete"));
    m_sections->setToolTip(tr("Drag the sections to change their order"));
    m_more->setText(tr("More"));
    m_exportAction->setText(tr("&Export as web page…"));
    m_pages->setTabText(0, tr("Section"));
    m_pages->setTabText(1, tr("Preview"));
}

void PublicationsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

}  // namespace atlas::ui
