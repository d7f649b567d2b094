#include "ui/sync/sync_conflicts_view.h"

#include "core/model/observation_json.h"
#include "core/sync/sync_json.h"
#include "gis/store/observation_store.h"
#include "ui/observatory/observatory_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas::ui {

SyncConflictsView::SyncConflictsView(ObservatorySession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget(this)), m_keepMine(new QPushButton(this)),
      m_keepTheirs(new QPushButton(this))
{
    m_table->setColumnCount(4);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SyncConflictsView::updateButtons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keep(m_table->currentRow(), true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { keep(m_table->currentRow(), false); });
    retranslate();
    updateButtons();
}

QString SyncConflictsView::fieldLabel(const QString& field)
{
    static const char* const names[][2] = {
        {"title_fr", QT_TR_NOOP("Title (French)")},
        {"title_nl", QT_TR_NOOP("Title (Dutch)")},
        {"description_fr", QT_TR_NOOP("Description (French)")},
        {"description_nl", QT_TR_NOOP("Description (Dutch)")},
        {"themes", QT_TR_NOOP("Themes")},
        {"geometry", QT_TR_NOOP("Shape")},
        {"date_start", QT_TR_NOOP("Start date")},
        {"date_end", QT_TR_NOOP("End date")},
        {"status", QT_TR_NOOP("Status")},
        {"scope", QT_TR_NOOP("Sharing")},
        {"commune", QT_TR_NOOP("Commune")},
        {"tags", QT_TR_NOOP("Tags")},
        {"links", QT_TR_NOOP("Linked fiches")},
        {"deleted", QT_TR_NOOP("Deleted")}};
    for (const auto& n : names)
        if (field == QLatin1String(n[0]))
            return tr(n[1]);
    return field;
}

QString SyncConflictsView::valueText(const QString& field, const QJsonValue& value)
{
    if (field == QLatin1String("deleted"))
        return value.toBool() ? tr("deleted") : tr("kept");
    if (field == QLatin1String("geometry"))
        return value.toString().isEmpty() ? tr("(none)") : tr("(a shape)");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items << v.toString();
        return items.isEmpty() ? tr("(empty)") : items.join(QStringLiteral(", "));
    }
    const QString text = value.isString() ? value.toString() : value.isDouble() ? QString::number(value.toDouble()) : QString();
    return text.isEmpty() ? tr("(empty)") : text;
}

void SyncConflictsView::reload()
{
    m_conflicts.clear();
    if (gis::ObservationStore* store = m_session->store()) {
        auto list = gis::SyncLocalState(store->database()).conflicts();
        if (list)
            m_conflicts = list.take();
        else
            emit failed(list.error().message());
    }
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const core::SyncConflict& c = m_conflicts[row].conflict;
        QString fiche = core::uuidString(c.record);
        if (c.table == QLatin1String("observations"))
            if (auto o = m_session->observation(c.record))
                fiche = o.value().title(locale().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                                      : QStringLiteral("fr"));
        const QString cells[] = {fiche, fieldLabel(c.field), valueText(c.field, c.incomingValue),
                                 valueText(c.field, c.serverValue)};
        for (int column = 0; column < 4; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
        // Which value the server kept for now.
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->item(row, c.incomingWon ? 2 : 3)->setFont(bold);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool SyncConflictsView::keep(int row, bool mine)
{
    if (row < 0 || row >= m_conflicts.size() || !m_session->store())
        return false;
    const gis::LocalConflict local = m_conflicts[row];  // a copy: the edit below reloads the list
    const core::SyncConflict& c = local.conflict;
    const QJsonValue wanted = mine ? c.incomingValue : c.serverValue;
    if (c.table == QLatin1String("observations")) {
        auto current = m_session->observation(c.record);
        if (!current) {
            emit failed(current.error().message());
            return false;
        }
        const core::Observation& before = current.value();
        bool ok = true;
        if (c.field == QLatin1String("deleted")) {
            if (wanted.toBool() && !before.identity.deleted) {
                ok = m_session->deleteObservation(before);
            } else if (!wanted.toBool() && before.identity.deleted) {
                core::Observation after = before;
                after.identity.deleted = false;
                ok = m_session->editObservation(before, after);
            }
        } else if (core::observationToJson(before).value(c.field) != wanted) {
            // The chosen value becomes a new edit: logged, undoable, pushed by the next sync.
            QJsonObject json = core::observationToJson(before);
            json.insert(c.field, wanted);
            auto after = core::observationFromJson(json);
            if (!after) {
                emit failed(after.error().message());
                return false;
            }
            after.value().identity = before.identity;
            ok = m_session->editObservation(before, after.value());
        }
        if (!ok)
            return false;  // the session reported why
    }
    if (auto s = gis::SyncLocalState(m_session->store()->database()).markResolved(local.id); !s) {
        emit failed(s.error().message());
        return false;
    }
    reload();
    emit resolved();
    return true;
}

void SyncConflictsView::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_conflicts.size();
    m_keepTheirs->setEnabled(any);
    // A refused edit would be refused again.
    m_keepMine->setEnabled(any && m_conflicts[row].conflict.kind != core::ConflictKind::Refused);
}

void SyncConflictsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();  // the field names and the value words are translated too
    }
    QWidget::changeEvent(event);
}

void SyncConflictsView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Fiche"), tr("Field"), tr("Mine"), tr("Theirs")});
    m_keepMine->setText(tr("Keep mine"));
    m_keepTheirs->setText(tr("Keep theirs"));
}

}  // namespace atlas::ui
