#include "ui/docks/publications_dock.h"

#include "ui/docks/dock_placement.h"

#include "gis/store/observation_store.h"
#include "gis/store/publication_store.h"
#include "ui/observatory/observatory_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace atlas::ui {

PublicationsDock::PublicationsDock(ObservatorySession* session, QWidget* parent)
    : QDockWidget(parent), m_session(session), m_list(new QListWidget(this)), m_sections(new QListWidget(this)),
      m_preview(new QTextBrowser(this)), m_new(new QPushButton(this)), m_addSection(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("PublicationsDock"));
    m_sections->setDragDropMode(QAbstractItemView::InternalMove);
    m_sections->setDefaultDropAction(Qt::MoveAction);
    m_preview->setOpenLinks(false);  // a preview: links are shown, not followed

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_addSection, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_preview);
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
    // A drop inside the list moves the row: the new order is read back from the items.
    connect(m_sections->model(), &QAbstractItemModel::rowsMoved, this, &PublicationsDock::sectionsDropped);
    connect(session, &ObservatorySession::changed, this, [this] { reload(); });
    retranslate();
    reload();
}

PublicationsDock* PublicationsDock::install(ObservatorySession* session, QMainWindow* window)
{
    auto* dock = new PublicationsDock(session, window);
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

void PublicationsDock::showCurrent()
{
    const QSignalBlocker block(m_sections->model());
    m_sections->clear();
    const auto p = current();
    m_addSection->setEnabled(p.has_value());
    m_delete->setEnabled(p.has_value());
    if (!p) {
        m_preview->clear();
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
}

void PublicationsDock::retranslate()
{
    setWindowTitle(tr("Publications"));
    m_new->setText(tr("&New"));
    m_addSection->setText(tr("Add &section"));
    m_delete->setText(tr("&Delete"));
    m_sections->setToolTip(tr("Drag the sections to change their order"));
}

void PublicationsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

}  // namespace atlas::ui
