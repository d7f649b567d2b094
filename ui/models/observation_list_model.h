#pragma once
// The fiches shown in the observations dock: a table of title (in the interface language,
// falling back to the other), kind, status, commune, date and sync state.

#include "core/model/observation.h"
#include "gis/sync/sync_local_state.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace atlas::ui {

class ObservationListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Kind, Status, Commune, Date, Sync, ColumnCount };

    explicit ObservationListModel(QObject* parent = nullptr);

    // `states`: each fiche's sync state (fiches missing from it show as local only).
    void setObservations(const QList<core::Observation>& observations,
                         const QHash<QUuid, gis::FicheSyncState>& states = {});
    gis::FicheSyncState syncStateAt(int row) const;
    const core::Observation* observationAt(int row) const;
    int rowOf(const QUuid& uuid) const;
    // "fr" or "nl": which title to show first.
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated names, shared with the filters and the form.
    static QString kindLabel(core::ObservationKind kind);
    static QString statusLabel(core::ObservationStatus status);
    static QString scopeLabel(core::SharingScope scope);
    static QString themeLabel(const QString& theme);
    static QIcon kindIcon(core::ObservationKind kind);
    static QString syncStateLabel(gis::FicheSyncState state);

private:
    QList<core::Observation> m_rows;
    QHash<QUuid, gis::FicheSyncState> m_states;
    QString m_language = QStringLiteral("fr");
};

}  // namespace atlas::ui
