#pragma once
// The conflicts the server recorded for this atlas's edits: each row shows the fiche, the
// field and both values side by side; "Keep mine" / "Keep theirs" writes the chosen value
// as a new local edit (undoable, synced next time) and marks the conflict resolved.

#include "gis/sync/sync_local_state.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace atlas::ui {

class ObservatorySession;

class SyncConflictsView : public QWidget {
    Q_OBJECT
public:
    explicit SyncConflictsView(ObservatorySession* session, QWidget* parent = nullptr);

    // Reads the unresolved conflicts of the open atlas again.
    void reload();
    // Keeps this atlas's value (`mine`) or the other side's for the conflict in `row`.
    bool keep(int row, bool mine);
    QTableWidget* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }
    int count() const { return int(m_conflicts.size()); }

    static QString fieldLabel(const QString& field);
    static QString valueText(const QString& field, const QJsonValue& value);

signals:
    void resolved();
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    ObservatorySession* m_session;
    QTableWidget* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QList<gis::LocalConflict> m_conflicts;
};

}  // namespace atlas::ui
