#include "ui/models/observation_list_model.h"

#include <QColor>
#include <QCoreApplication>

namespace atlas::ui {

ObservationListModel::ObservationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ObservationListModel::setObservations(const QList<core::Observation>& observations,
                                           const QHash<QUuid, gis::FicheSyncState>& states)
{
    beginResetModel();
    m_rows = observations;
    m_states = states;
    endResetModel();
}

gis::FicheSyncState ObservationListModel::syncStateAt(int row) const
{
    const core::Observation* o = observationAt(row);
    return o ? m_states.value(o->identity.uuid, gis::FicheSyncState::LocalOnly) : gis::FicheSyncState::LocalOnly;
}

const core::Observation* ObservationListModel::observationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ObservationListModel::rowOf(const QUuid& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].identity.uuid == uuid)
            return i;
    return -1;
}

void ObservationListModel::setLanguage(const QString& language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

int ObservationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationListModel::data(const QModelIndex& index, int role) const
{
    const core::Observation* o = observationAt(index.row());
    if (!o)
        return {};
    if (role == Qt::DecorationRole && index.column() == Title)
        return kindIcon(o->kind);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return o->title(m_language == QLatin1String("nl") ? QStringLiteral("fr") : QStringLiteral("nl"));
    if (role == Qt::ForegroundRole && index.column() == Sync && syncStateAt(index.row()) == gis::FicheSyncState::Conflict)
        return QColor(176, 0, 32);  // a conflict asks for attention
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return o->title(m_language);
    case Kind:
        return kindLabel(o->kind);
    case Status:
        return statusLabel(o->status);
    case Commune:
        return o->commune;
    case Date:
        if (!o->dateStart.isValid())
            return QString();
        return o->dateEnd.isValid() ? QStringLiteral("%1 – %2").arg(o->dateStart.toString(Qt::ISODate),
                                                                     o->dateEnd.toString(Qt::ISODate))
                                    : o->dateStart.toString(Qt::ISODate);
    case Sync:
        return syncStateLabel(syncStateAt(index.row()));
    default:
        return {};
    }
}

QVariant ObservationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Commune:
        return tr("Commune");
    case Date:
        return tr("Date");
    case Sync:
        return tr("Sync");
    default:
        return {};
    }
}

QString ObservationListModel::kindLabel(core::ObservationKind kind)
{
    switch (kind) {
    case core::ObservationKind::Landmark:
        return tr("Landmark");
    case core::ObservationKind::Project:
        return tr("Project");
    case core::ObservationKind::Realisation:
        return tr("Realisation");
    case core::ObservationKind::Action:
        return tr("Procedure & action");
    }
    return {};
}

QString ObservationListModel::statusLabel(core::ObservationStatus status)
{
    switch (status) {
    case core::ObservationStatus::Draft:
        return tr("Draft");
    case core::ObservationStatus::Proposed:
        return tr("Proposed");
    case core::ObservationStatus::Published:
        return tr("Published");
    }
    return {};
}

QString ObservationListModel::scopeLabel(core::SharingScope scope)
{
    switch (scope) {
    case core::SharingScope::Private:
        return tr("Private");
    case core::SharingScope::Group:
        return tr("Group");
    case core::SharingScope::Community:
        return tr("Community");
    case core::SharingScope::Public:
        return tr("Public");
    }
    return {};
}

QString ObservationListModel::themeLabel(const QString& theme)
{
    // The eight default themes are translated; themes added by users show as typed.
    static const char* const names[][2] = {
        {"architecture", QT_TR_NOOP("Architecture")}, {"urbanism", QT_TR_NOOP("Urbanism")},
        {"landscape", QT_TR_NOOP("Landscape")},       {"environment", QT_TR_NOOP("Environment")},
        {"heritage", QT_TR_NOOP("Heritage")},         {"mobility", QT_TR_NOOP("Mobility")},
        {"public space", QT_TR_NOOP("Public space")}, {"participation", QT_TR_NOOP("Participation")}};
    for (const auto& n : names)
        if (theme == QLatin1String(n[0]))
            return tr(n[1]);
    return theme;
}

QString ObservationListModel::syncStateLabel(gis::FicheSyncState state)
{
    switch (state) {
    case gis::FicheSyncState::LocalOnly:
        return tr("Local only");
    case gis::FicheSyncState::Synced:
        return tr("Synced");
    case gis::FicheSyncState::Modified:
        return tr("Modified");
    case gis::FicheSyncState::Conflict:
        return tr("Conflict");
    }
    return {};
}

QIcon ObservationListModel::kindIcon(core::ObservationKind kind)
{
    return QIcon(QStringLiteral(":/icons/obs-%1.svg").arg(core::kindName(kind)));
}

}  // namespace atlas::ui
