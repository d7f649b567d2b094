#include "ui/docks/observations_dock.h"

#include "gis/sync/sync_local_state.h"

#include "ui/models/observation_list_model.h"
#include "ui/observatory/observatory_session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

// The language whose titles come first: Dutch for a Dutch interface, French otherwise.
QString uiLanguage()
{
    return QLocale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl") : QStringLiteral("fr");
}

QDateEdit* optionalDate()
{
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(1000, 1, 1));
    edit->setDate(edit->minimumDate());  // the minimum shows as "any" and means no bound
    return edit;
}

QToolButton* toolButton(const QString& icon = {})
{
    auto* b = new QToolButton;
    if (!icon.isEmpty())
        b->setIcon(QIcon(icon));
    b->setToolButtonStyle(icon.isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    return b;
}

}  // namespace

ObservationsDock::ObservationsDock(ObservatorySession* session, QWidget* parent)
    : QDockWidget(parent), m_session(session), m_search(new QLineEdit), m_kind(new QComboBox),
      m_theme(new QComboBox), m_status(new QComboBox), m_commune(new QComboBox), m_from(optionalDate()),
      m_to(optionalDate()), m_count(new QLabel), m_list(new QTableView), m_model(new ObservationListModel(this)),
      m_detail(new QTextBrowser), m_mark(toolButton(QStringLiteral(":/icons/mark-observation.svg"))),
      m_edit(toolButton()), m_remove(toolButton()), m_undo(toolButton()), m_redo(toolButton())
{
    setObjectName(QStringLiteral("ObservationsDock"));
    m_search->setObjectName(QStringLiteral("ObservationSearch"));
    m_list->setObjectName(QStringLiteral("ObservationList"));
    m_search->setClearButtonEnabled(true);
    m_mark->setCheckable(true);
    m_model->setLanguage(uiLanguage());
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ObservationListModel::Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->setColumnHidden(ObservationListModel::Status, true);
    m_list->setColumnHidden(ObservationListModel::Date, true);
    m_list->setIconSize(QSize(18, 18));
    m_list->setWordWrap(false);
    m_list->setColumnHidden(ObservationListModel::Kind, true);  // the icon shows it
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("fiche"))
            selectObservation(QUuid::fromString(url.path()));
    });
    m_detail->setMinimumHeight(160);

    auto* filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 4);
    filters->addWidget(m_kind, 1, 0, 1, 2);
    filters->addWidget(m_theme, 1, 2, 1, 2);
    filters->addWidget(m_status, 2, 0, 1, 2);
    filters->addWidget(m_commune, 2, 2, 1, 2);
    filters->addWidget(m_from, 3, 0, 1, 2);
    filters->addWidget(m_to, 3, 2, 1, 2);
    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {m_mark, m_edit, m_remove, m_undo, m_redo})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_count);
    topLayout->addWidget(m_list, 1);
    topLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    setWidget(body);

    // Typing waits for a pause; the other filters apply at once.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ObservationsDock::runQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    for (QComboBox* c : {m_kind, m_theme, m_status, m_commune})
        connect(c, &QComboBox::activated, this, &ObservationsDock::refresh);
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] { m_debounce.start(); });
    connect(&m_watcher, &QFutureWatcher<Page>::finished, this, [this] {
        const Page page = m_watcher.result();
        const QUuid keep = m_wantSelected.isNull() && currentObservation() ? currentObservation()->identity.uuid
                                                                            : m_wantSelected;
        m_model->setObservations(page.rows, page.states);
        m_total = page.total;
        m_count->setText(!page.error.isEmpty() ? page.error
                         : page.total > page.rows.size()
                             ? tr("%n fiche(s), the first %1 shown", nullptr, page.total).arg(page.rows.size())
                             : tr("%n fiche(s)", nullptr, page.total));
        if (!keep.isNull() && m_model->rowOf(keep) >= 0)
            m_list->selectRow(m_model->rowOf(keep));
        m_wantSelected = {};
        showDetail();
        emit listRefreshed();
        if (m_queryQueued) {
            m_queryQueued = false;
            runQuery();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        emit currentChanged(currentObservation() ? currentObservation()->identity.uuid : QUuid());
    });
    connect(m_list, &QTableView::doubleClicked, this, [this] {
        if (const auto* o = currentObservation())
            emit editRequested(*o);
    });
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (const auto* o = currentObservation())
            emit editRequested(*o);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (const auto* o = currentObservation())
            emit removeRequested(*o);
    });
    QUndoStack* undo = m_session->undoStack();
    connect(m_undo, &QToolButton::clicked, undo, &QUndoStack::undo);
    connect(m_redo, &QToolButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undo, &QToolButton::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redo, &QToolButton::setEnabled);
    m_undo->setEnabled(undo->canUndo());
    m_redo->setEnabled(undo->canRedo());
    connect(m_session, &ObservatorySession::changed, this, [this] {
        fillThemesAndCommunes();
        refresh();
    });
    retranslate();
    fillThemesAndCommunes();
    refresh();
}

gis::ObservationFilter ObservationsDock::filter() const
{
    gis::ObservationFilter f;
    f.text = m_search->text().trimmed();
    if (m_kind->currentIndex() > 0)
        f.kind = core::ObservationKind(m_kind->currentData().toInt());
    if (m_status->currentIndex() > 0)
        f.status = core::ObservationStatus(m_status->currentData().toInt());
    if (m_theme->currentIndex() > 0)
        f.theme = m_theme->currentData().toString();
    if (m_commune->currentIndex() > 0)
        f.commune = m_commune->currentText();
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    return f;
}

const core::Observation* ObservationsDock::currentObservation() const
{
    return m_model->observationAt(m_list->currentIndex().row());
}

void ObservationsDock::selectObservation(const QUuid& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_wantSelected = uuid;  // after the next refresh
}

void ObservationsDock::refresh()
{
    m_debounce.stop();
    runQuery();
}

void ObservationsDock::runQuery()
{
    const gis::ObservationFilter f = filter();
    emit filterChanged(f);
    const QString path = m_session->atlasPath();
    if (m_watcher.isRunning()) {
        m_queryQueued = true;  // only the latest filter matters
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path, f]() -> Page {
        Page page;
        if (path.isEmpty())
            return page;
        auto store = gis::ObservationStore::open(path);
        if (!store) {
            page.error = store.error().reason;
            return page;
        }
        gis::ObservationFilter first = f;
        first.limit = kPageSize;
        auto rows = store.value()->list(first);
        auto total = store.value()->count(f);
        if (!rows || !total) {
            page.error = (rows ? total.error() : rows.error()).reason;
            return page;
        }
        page.rows = rows.take();
        page.total = total.value();
        if (auto states = gis::SyncLocalState(store.value()->database()).ficheStates())
            page.states = states.take();
        return page;
    }));
}

void ObservationsDock::fillThemesAndCommunes()
{
    gis::ObservationStore* store = m_session->store();
    const QString theme = m_theme->currentData().toString();
    const QString commune = m_commune->currentIndex() > 0 ? m_commune->currentText() : QString();
    while (m_theme->count() > 1)
        m_theme->removeItem(1);
    while (m_commune->count() > 1)
        m_commune->removeItem(1);
    if (!store)
        return;
    for (const QString& t : store->themes())
        m_theme->addItem(ObservationListModel::themeLabel(t), t);
    m_commune->addItems(store->communes());
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme)));
    m_commune->setCurrentIndex(commune.isEmpty() ? 0 : qMax(0, m_commune->findText(commune)));
}

void ObservationsDock::showDetail()
{
    const core::Observation* o = currentObservation();
    m_edit->setEnabled(o);
    m_remove->setEnabled(o);
    if (!o) {
        m_detail->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                              .arg(tr("Choose a fiche in the list, or mark a new one on the map.")));
        return;
    }
    const QString lang = uiLanguage();
    const QString other = lang == QLatin1String("fr") ? QStringLiteral("nl") : QStringLiteral("fr");
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3><img src='%1' width='18' height='18'> %2</h3>")
                       .arg(QStringLiteral(":/icons/obs-%1.svg").arg(core::kindName(o->kind)), esc(o->title(lang)));
    if (o->title(other) != o->title(lang))
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(o->title(other)));
    QStringList facts = {ObservationListModel::kindLabel(o->kind), ObservationListModel::statusLabel(o->status),
                         ObservationListModel::scopeLabel(o->scope)};
    if (!o->commune.isEmpty())
        facts << esc(o->commune);
    if (o->dateStart.isValid())
        facts << (o->dateEnd.isValid() ? QStringLiteral("%1 – %2").arg(o->dateStart.toString(Qt::ISODate),
                                                                         o->dateEnd.toString(Qt::ISODate))
                                       : o->dateStart.toString(Qt::ISODate));
    if (!o->author.isEmpty())
        facts << esc(o->author);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    QStringList themes;
    for (const QString& t : o->themes)
        themes << esc(ObservationListModel::themeLabel(t));
    if (!themes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Themes:"), themes.join(QStringLiteral(", ")));
    if (!o->tags.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Tags:"), esc(o->tags.join(QStringLiteral(", "))));
    for (const QString& l : {lang, other}) {
        const QString text = l == QLatin1String("fr") ? o->descriptionFr : o->descriptionNl;
        if (!text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += relatedFichesHtml(*o, lang);
    // The gallery: thumbnails made in the background, shown when ready.
    if (gis::ObservationStore* store = m_session->store(); store && m_session->media()) {
        const auto media = store->mediaOf(o->identity.uuid);
        if (media && !media.value().isEmpty()) {
            html += QStringLiteral("<p>");
            for (const core::MediaItem& m : media.value()) {
                const QString thumb = m_session->media()->thumbnailPath(m.sha256);
                if (m.isImage() && QFileInfo::exists(thumb)) {
                    html += QStringLiteral("<img src='%1' height='96' title='%2'> ")
                                .arg(QUrl::fromLocalFile(thumb).toString(), esc(m.caption.isEmpty() ? m.fileName : m.caption));
                } else {
                    html += QStringLiteral("[%1] ").arg(esc(m.fileName));
                    if (m.isImage() && !m_thumbnailsPending.contains(m.sha256)) {
                        m_thumbnailsPending.insert(m.sha256);
                        auto* watcher = new QFutureWatcher<gis::Thumbnail>(this);
                        connect(watcher, &QFutureWatcher<gis::Thumbnail>::finished, this, [this, watcher] {
                            m_thumbnailsPending.remove(watcher->result().sha256);
                            watcher->deleteLater();
                            showDetail();
                        });
                        watcher->setFuture(m_session->media()->makeThumbnail(m.sha256));
                    }
                }
            }
            html += QStringLiteral("</p>");
            for (const core::MediaItem& m : media.value())
                if (!m.caption.isEmpty())
                    html += QStringLiteral("<p style='color:#555'>%1 — %2</p>").arg(esc(m.fileName), esc(m.caption));
        }
    }
    m_detail->setHtml(html);
}

QString ObservationsDock::relatedFichesHtml(const core::Observation& o, const QString& lang) const
{
    gis::ObservationStore* store = m_session->store();
    if (!store)
        return {};
    // Both ways: the fiches this one names, and those naming it (a project's realisations).
    QList<core::Observation> related;
    for (const QUuid& uuid : o.links)
        if (auto found = store->observation(uuid); found && !found.value().identity.deleted)
            related << found.value();
    if (auto linking = store->observationsLinkingTo(o.identity.uuid))
        for (const core::Observation& other : linking.value())
            if (!o.links.contains(other.identity.uuid))
                related << other;
    if (related.isEmpty())
        return {};
    QStringList anchors;
    for (const core::Observation& r : related)
        anchors << QStringLiteral("<a href='fiche:%1'>%2</a> (%3)")
                       .arg(r.identity.uuid.toString(QUuid::WithoutBraces), r.title(lang).toHtmlEscaped(),
                            ObservationListModel::kindLabel(r.kind));
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Related fiches:"), anchors.join(QStringLiteral(", ")));
}

void ObservationsDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setLanguage(uiLanguage());
        showDetail();
    }
    QDockWidget::changeEvent(event);
}

void ObservationsDock::retranslate()
{
    setWindowTitle(tr("Observations"));
    m_search->setPlaceholderText(tr("Search titles, descriptions, tags, captions (FR/NL)…"));
    const auto refill = [](QComboBox* combo, const QString& all, const QList<std::pair<QString, int>>& items) {
        const int current = combo->currentIndex();
        combo->clear();
        combo->addItem(all, -1);
        for (const auto& [label, value] : items)
            combo->addItem(label, value);
        combo->setCurrentIndex(qMax(0, current));
    };
    QList<std::pair<QString, int>> kinds, statuses;
    for (auto k : {core::ObservationKind::Landmark, core::ObservationKind::Project, core::ObservationKind::Realisation,
                   core::ObservationKind::Action})
        kinds.append({ObservationListModel::kindLabel(k), int(k)});
    for (auto s : {core::ObservationStatus::Draft, core::ObservationStatus::Proposed, core::ObservationStatus::Published})
        statuses.append({ObservationListModel::statusLabel(s), int(s)});
    refill(m_kind, tr("All kinds"), kinds);
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemIcon(i, ObservationListModel::kindIcon(core::ObservationKind(m_kind->itemData(i).toInt())));
    refill(m_status, tr("Any status"), statuses);
    if (m_theme->count() == 0)
        m_theme->addItem(QString());
    m_theme->setItemText(0, tr("All themes"));
    if (m_commune->count() == 0)
        m_commune->addItem(QString());
    m_commune->setItemText(0, tr("All communes"));
    m_from->setSpecialValueText(tr("from: any date"));
    m_to->setSpecialValueText(tr("to: any date"));
    m_mark->setText(tr("Mark on map"));
    m_mark->setToolTip(tr("Click on the map to place a new observation"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Delete"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
}

}  // namespace atlas::ui
