#include "ui/docks/activities_dock.h"

#include "ui/docks/dock_placement.h"

#include "gis/formats/activity_report.h"
#include "gis/store/activity_store.h"
#include "gis/store/observation_store.h"
#include "ui/docks/activity_timeline.h"
#include "ui/observatory/observatory_session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace atlas::ui {

namespace {
// Sorting reads raw values (dates, numbers), not the text shown.
constexpr int kSortRole = Qt::UserRole + 1;
}  // namespace

ActivitiesDock::ActivitiesDock(ObservatorySession* session, QWidget* parent)
    : QDockWidget(parent), m_session(session), m_filter(new QLineEdit(this)), m_grouping(new QComboBox(this)),
      m_count(new QLabel(this)), m_newButton(new QPushButton(this)), m_editButton(new QPushButton(this)),
      m_deleteButton(new QPushButton(this)), m_views(new QTabWidget(this)), m_table(new QTreeView(this)),
      m_timeline(new ActivityTimeline(this)), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("ActivitiesDock"));
    m_filter->setClearButtonEnabled(true);
    m_grouping->addItems({QString(), QString(), QString(), QString()});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StartColumn, Qt::AscendingOrder);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    m_views->addTab(m_table, QString());
    m_views->addTab(scroll, QString());

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_grouping);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_newButton, m_editButton, m_deleteButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(buttons);
    layout->addLayout(top);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_count);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, &ActivitiesDock::setFilterText);
    connect(m_newButton, &QPushButton::clicked, this, &ActivitiesDock::newRequested);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (auto a = currentActivity())
            emit editRequested(*a);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (auto a = currentActivity())
            emit removeRequested(*a);
    });
    connect(m_table, &QTreeView::doubleClicked, this, [this] {
        if (auto a = currentActivity())
            emit editRequested(*a);
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(session, &ObservatorySession::changed, this, &ActivitiesDock::reload);
    retranslate();
    reload();
}

ActivitiesDock* ActivitiesDock::install(ObservatorySession* session, QMainWindow* window)
{
    auto* dock = new ActivitiesDock(session, window);
    addBesideObservations(window, dock);
    return dock;
}

QAbstractItemModel* ActivitiesDock::tableModel() const
{
    return m_proxy;
}

void ActivitiesDock::reload()
{
    m_activities.clear();
    if (gis::ObservationStore* store = m_session->store()) {
        auto list = gis::ActivityStore(store->database()).list();
        if (list)
            m_activities = list.take();
        else
            m_count->setText(list.error().message());
    }
    rebuild();
    emit reloaded();
}

std::optional<core::Activity> ActivitiesDock::currentActivity() const
{
    const QUuid uuid = m_table->currentIndex().siblingAtColumn(TitleColumn).data(Qt::UserRole).toUuid();
    for (const core::Activity& a : m_activities)
        if (!uuid.isNull() && a.identity.uuid == uuid)
            return a;
    return std::nullopt;
}

void ActivitiesDock::selectActivity(const QUuid& uuid)
{
    const QModelIndexList hits =
        m_proxy->match(m_proxy->index(0, TitleColumn), Qt::UserRole, uuid, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!hits.isEmpty())
        m_table->setCurrentIndex(hits.first());
}

void ActivitiesDock::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(int(grouping));
}

void ActivitiesDock::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    m_timeline->setActivities(filtered());
    m_count->setText(tr("%n activity(ies)", nullptr, int(filtered().size())));
}

QList<core::Activity> ActivitiesDock::filtered() const
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return m_activities;
    QList<core::Activity> out;
    for (const core::Activity& a : m_activities) {
        const QString haystack = QStringList{a.titleFr, a.titleNl, a.organisation, a.people.join(QLatin1Char(' ')),
                                             gis::activityTypeLabel(a.type), gis::activityStatusLabel(a.status)}
                                     .join(QLatin1Char(' '));
        if (haystack.contains(text, Qt::CaseInsensitive))
            out << a;
    }
    return out;
}

void ActivitiesDock::rebuild()
{
    m_model->removeRows(0, m_model->rowCount());
    m_model->setHorizontalHeaderLabels({tr("Title"), tr("Type"), tr("Status"), tr("Organisation"), tr("Start"),
                                        tr("End"), tr("Budget")});
    const QString language = locale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl") : QStringLiteral("fr");
    const auto cell = [](const QString& text, const QVariant& sortKey) {
        auto* item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(sortKey, kSortRole);
        return item;
    };
    const auto rowOf = [&](const core::Activity& a) {
        const QString title = a.title(language);
        QList<QStandardItem*> row = {
            cell(title, title.toLower()),
            cell(gis::activityTypeLabel(a.type), int(a.type)),
            cell(gis::activityStatusLabel(a.status), int(a.status)),
            cell(a.organisation, a.organisation.toLower()),
            cell(QLocale().toString(a.start, QLocale::ShortFormat), a.start.isValid() ? a.start.toJulianDay() : 0),
            cell(QLocale().toString(a.end, QLocale::ShortFormat), a.end.isValid() ? a.end.toJulianDay() : 0),
            cell(a.budget ? QLocale().toString(*a.budget, 'f', 0) + QStringLiteral(" €") : QString(),
                 a.budget.value_or(-1))};
        row[0]->setData(a.identity.uuid, Qt::UserRole);
        row[0]->setForeground(ActivityTimeline::typeColour(a.type));
        return row;
    };
    const Grouping grouping = Grouping(std::max(0, m_grouping->currentIndex()));
    QMap<QString, QStandardItem*> groups;
    for (const core::Activity& a : m_activities) {
        if (grouping == Grouping::None) {
            m_model->appendRow(rowOf(a));
            continue;
        }
        QString name;
        QVariant key;
        switch (grouping) {
        case Grouping::Status:
            name = gis::activityStatusLabel(a.status);
            key = int(a.status);
            break;
        case Grouping::Type:
            name = gis::activityTypeLabel(a.type);
            key = int(a.type);
            break;
        default:
            name = a.year() > 0 ? QString::number(a.year()) : tr("Undated");
            key = a.year();
            break;
        }
        QStandardItem*& group = groups[name];
        if (!group) {
            group = cell(name, key);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            QList<QStandardItem*> row{group};
            for (int c = 1; c < m_model->columnCount(); ++c)
                row << cell(QString(), key);
            m_model->appendRow(row);
        }
        group->appendRow(rowOf(a));
    }
    for (QStandardItem* group : std::as_const(groups))
        group->setText(QStringLiteral("%1 (%2)").arg(group->text()).arg(group->rowCount()));
    m_table->expandAll();
    m_table->header()->resizeSections(QHeaderView::ResizeToContents);
    setFilterText(m_filter->text());
}

void ActivitiesDock::retranslate()
{
    setWindowTitle(tr("Activities"));
    m_newButton->setText(tr("&New…"));
    m_editButton->setText(tr("&Edit…"));
    m_deleteButton->setText(tr("&Delete"));
    m_filter->setPlaceholderText(tr("Filter by title, organisation, people…"));
    m_grouping->setItemText(0, tr("No grouping"));
    m_grouping->setItemText(1, tr("Group by status"));
    m_grouping->setItemText(2, tr("Group by type"));
    m_grouping->setItemText(3, tr("Group by year"));
    m_views->setTabText(0, tr("Table"));
    m_views->setTabText(1, tr("Timeline"));
    rebuild();
}

void ActivitiesDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

}  // namespace atlas::ui
