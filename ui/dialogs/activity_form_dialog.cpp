#include "ui/dialogs/activity_form_dialog.h"

#include "core/model/wkb_point.h"
#include "gis/formats/activity_report.h"
#include "gis/geometry/wkb_reader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace atlas::ui {

namespace {

QListWidget* checkList(const QList<std::pair<QUuid, QString>>& choices, const QList<QUuid>& checked, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    for (const auto& [uuid, label] : choices) {
        auto* item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, uuid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(uuid) ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

QList<QUuid> checkedIn(const QListWidget* list)
{
    QList<QUuid> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toUuid();
    return out;
}

}  // namespace

ActivityFormDialog::ActivityFormDialog(const core::Activity& activity, const ActivityLinkChoices& choices,
                                       QWidget* parent)
    : QDialog(parent), m_activity(activity), m_titleFr(new QLineEdit(this)), m_titleNl(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_status(new QComboBox(this)), m_organisation(new QLineEdit(this)),
      m_people(new QLineEdit(this)), m_start(new QDateEdit(this)), m_hasEnd(new QCheckBox(this)),
      m_end(new QDateEdit(this)), m_hasBudget(new QCheckBox(this)), m_budget(new QDoubleSpinBox(this)),
      m_location(new QLabel(this)), m_pickPoint(new QPushButton(this)), m_pickArea(new QPushButton(this)),
      m_clearLocation(new QPushButton(this)), m_fiches(checkList(choices.fiches, activity.fiches, this)),
      m_media(checkList(choices.media, activity.media, this)),
      m_publications(checkList(choices.publications, activity.publications, this)), m_linksLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ActivityFormDialog"));
    setModal(false);
    for (const QString& name : core::activityTypeNames())
        m_type->addItem(QString(), name);
    for (const QString& name : core::activityStatusNames())
        m_status->addItem(QString(), name);
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(2);
    m_budget->setSuffix(QStringLiteral(" €"));
    m_location->setWordWrap(true);

    m_titleFr->setText(activity.titleFr);
    m_titleNl->setText(activity.titleNl);
    m_type->setCurrentIndex(m_type->findData(core::activityTypeName(activity.type)));
    m_status->setCurrentIndex(m_status->findData(core::activityStatusName(activity.status)));
    m_organisation->setText(activity.organisation);
    m_people->setText(activity.people.join(QStringLiteral(", ")));
    m_start->setDate(activity.start.isValid() ? activity.start : QDate::currentDate());
    m_hasEnd->setChecked(activity.end.isValid());
    m_end->setDate(activity.end.isValid() ? activity.end : m_start->date());
    m_end->setEnabled(m_hasEnd->isChecked());
    m_hasBudget->setChecked(activity.budget.has_value());
    m_budget->setValue(activity.budget.value_or(0));
    m_budget->setEnabled(m_hasBudget->isChecked());
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_hasBudget, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    connect(m_pickPoint, &QPushButton::clicked, this, [this] { emit pickRequested(false); });
    connect(m_pickArea, &QPushButton::clicked, this, [this] { emit pickRequested(true); });
    connect(m_clearLocation, &QPushButton::clicked, this, [this] { setLocation({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    const auto row = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start, 1);
    dates->addWidget(m_hasEnd);  // compact: a click beside its label would do nothing
    dates->addWidget(m_end, 1);
    auto* datesBox = new QWidget(this);
    datesBox->setLayout(dates);
    dates->setContentsMargins(0, 0, 0, 0);
    auto* budget = new QHBoxLayout;
    budget->setContentsMargins(0, 0, 0, 0);
    budget->addWidget(m_hasBudget);
    budget->addWidget(m_budget, 1);
    auto* budgetBox = new QWidget(this);
    budgetBox->setLayout(budget);
    auto* location = new QHBoxLayout;
    location->setContentsMargins(0, 0, 0, 0);
    location->addWidget(m_location, 1);
    location->addWidget(m_pickPoint);
    location->addWidget(m_pickArea);
    location->addWidget(m_clearLocation);
    auto* locationBox = new QWidget(this);
    locationBox->setLayout(location);
    for (QWidget* field : std::initializer_list<QWidget*>{m_titleFr, m_titleNl, m_type, m_status, m_organisation,
                                                          m_people, datesBox, budgetBox, locationBox})
        row(field);
    auto* linkTabs = new QTabWidget(this);
    linkTabs->setObjectName(QStringLiteral("links"));
    linkTabs->addTab(m_fiches, QString());
    linkTabs->addTab(m_media, QString());
    linkTabs->addTab(m_publications, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_linksLabel);
    layout->addWidget(linkTabs, 1);
    layout->addWidget(m_buttons);
    retranslate();
    showLocation();
    resize(560, 620);
}

core::Activity ActivityFormDialog::activity() const
{
    core::Activity a = m_activity;
    a.titleFr = m_titleFr->text().trimmed();
    a.titleNl = m_titleNl->text().trimmed();
    a.type = core::activityTypeFromName(m_type->currentData().toString()).value_or(a.type);
    a.status = core::activityStatusFromName(m_status->currentData().toString()).value_or(a.status);
    a.organisation = m_organisation->text().trimmed();
    a.people.clear();
    for (const QString& p : m_people->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            a.people << p.trimmed();
    a.start = m_start->date();
    a.end = m_hasEnd->isChecked() ? m_end->date() : QDate();
    a.budget = m_hasBudget->isChecked() ? std::optional<double>(m_budget->value()) : std::nullopt;
    a.fiches = checkedIn(m_fiches);
    a.media = checkedIn(m_media);
    a.publications = checkedIn(m_publications);
    return a;
}

void ActivityFormDialog::setLocation(const QByteArray& wkb)
{
    m_activity.locationWkb = wkb;
    showLocation();
}

QLineEdit* ActivityFormDialog::titleEdit(const QString& language) const
{
    return language == QLatin1String("nl") ? m_titleNl : m_titleFr;
}

QListWidget* ActivityFormDialog::links(const QString& kind) const
{
    if (kind == QLatin1String("media"))
        return m_media;
    return kind == QLatin1String("publications") ? m_publications : m_fiches;
}

void ActivityFormDialog::showLocation()
{
    const QByteArray& wkb = m_activity.locationWkb;
    m_clearLocation->setEnabled(!wkb.isEmpty());
    if (wkb.isEmpty()) {
        m_location->setText(tr("Not placed"));
        return;
    }
    if (const auto p = core::wkbPoint(wkb)) {
        m_location->setText(tr("Point at %1, %2").arg(p->y(), 0, 'f', 5).arg(p->x(), 0, 'f', 5));
        return;
    }
    gis::PathGeometry g;
    if (!gis::appendWkb(reinterpret_cast<const std::uint8_t*>(wkb.constData()), std::size_t(wkb.size()), g)) {
        m_location->setText(tr("Unreadable location"));
        return;
    }
    const core::Extent e = g.extent();
    m_location->setText(tr("Area of %1 points around %2, %3")
                            .arg(g.pointCount())
                            .arg(e.center().y(), 0, 'f', 5)
                            .arg(e.center().x(), 0, 'f', 5));
}

void ActivityFormDialog::retranslate()
{
    setWindowTitle(m_activity.titleFr.isEmpty() && m_activity.titleNl.isEmpty() ? tr("New activity")
                                                                                : tr("Activity"));
    const QStringList labels = {tr("Title (&FR):"), tr("Title (&NL):"),   tr("&Type:"),     tr("&Status:"),
                                tr("&Organisation:"), tr("&People:"),     tr("&Dates:"),    tr("&Budget:"),
                                tr("&Location:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, gis::activityTypeLabel(*core::activityTypeFromName(m_type->itemData(i).toString())));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i,
                              gis::activityStatusLabel(*core::activityStatusFromName(m_status->itemData(i).toString())));
    m_people->setPlaceholderText(tr("Names, separated by commas"));
    m_hasEnd->setText(tr("until"));
    m_hasBudget->setText(tr("known"));
    m_pickPoint->setText(tr("Point on the map"));
    m_pickArea->setText(tr("Area on the map"));
    m_clearLocation->setText(tr("Clear"));
    m_linksLabel->setText(tr("Linked to:"));
    if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("links"))) {
        tabs->setTabText(0, tr("Fiches"));
        tabs->setTabText(1, tr("Media"));
        tabs->setTabText(2, tr("Publications"));
    }
    showLocation();
}

void ActivityFormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace atlas::ui
