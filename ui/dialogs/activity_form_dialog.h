#pragma once
// The form of one activity: titles FR/NL, type, status, organisation, people, dates,
// budget, a location picked on the map (point or area) and its links to fiches, media and
// publications. Not modal, so the map stays usable while a location is picked.

#include "core/model/activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace atlas::ui {

// What the links can point at: uuid and label of each candidate.
struct ActivityLinkChoices {
    QList<std::pair<QUuid, QString>> fiches, media, publications;
};

class ActivityFormDialog : public QDialog {
    Q_OBJECT
public:
    ActivityFormDialog(const core::Activity& activity, const ActivityLinkChoices& choices, QWidget* parent = nullptr);

    // The activity with what the form holds.
    core::Activity activity() const;
    // A location picked on the map (WGS 84 WKB point or polygon; empty clears it).
    void setLocation(const QByteArray& wkb);

    QLineEdit* titleEdit(const QString& language) const;
    QComboBox* typeBox() const { return m_type; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* peopleEdit() const { return m_people; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QCheckBox* hasEnd() const { return m_hasEnd; }
    QCheckBox* hasBudget() const { return m_hasBudget; }
    QDoubleSpinBox* budgetEdit() const { return m_budget; }
    QLabel* locationLabel() const { return m_location; }
    QPushButton* pickPointButton() const { return m_pickPoint; }
    QPushButton* pickAreaButton() const { return m_pickArea; }
    QListWidget* links(const QString& kind) const;  // "fiches", "media", "publications"
    QDialogButtonBox* buttons() const { return m_buttons; }

signals:
    // The user wants to pick the location on the map (an area when `area`).
    void pickRequested(bool area);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showLocation();

    core::Activity m_activity;
    QList<QLabel*> m_labels;
    QLineEdit* m_titleFr;
    QLineEdit* m_titleNl;
    QComboBox* m_type;
    QComboBox* m_status;
    QLineEdit* m_organisation;
    QLineEdit* m_people;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QCheckBox* m_hasBudget;
    QDoubleSpinBox* m_budget;
    QLabel* m_location;
    QPushButton* m_pickPoint;
    QPushButton* m_pickArea;
    QPushButton* m_clearLocation;
    QListWidget* m_fiches;
    QListWidget* m_media;
    QListWidget* m_publications;
    QLabel* m_linksLabel;
    QDialogButtonBox* m_buttons;
};

}  // namespace atlas::ui
