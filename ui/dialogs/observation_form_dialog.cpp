#include "ui/dialogs/observation_form_dialog.h"

#include "core/model/wkb_point.h"
#include "gis/media/web_link.h"
#include "ui/models/observation_list_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas::ui {
namespace {

constexpr int kThemeRole = Qt::UserRole + 1;

QWidget* languageBox(const QString& title, const QString& nameLabel, QLineEdit* name, const QString& descriptionLabel,
                     QPlainTextEdit* description)
{
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    form->addRow(nameLabel, name);
    form->addRow(descriptionLabel, description);
    description->setTabChangesFocus(true);
    description->setMinimumHeight(90);
    return box;
}

}  // namespace

ObservationFormDialog::ObservationFormDialog(const core::Observation& o, const QStringList& themes,
                                             const QStringList& media, QWidget* parent)
    : QDialog(parent), m_original(o), m_kind(new QComboBox), m_titleFr(new QLineEdit(o.titleFr)),
      m_titleNl(new QLineEdit(o.titleNl)), m_descriptionFr(new QPlainTextEdit(o.descriptionFr)),
      m_descriptionNl(new QPlainTextEdit(o.descriptionNl)), m_themes(new QListWidget), m_dated(new QCheckBox),
      m_start(new QDateEdit), m_period(new QCheckBox), m_end(new QDateEdit), m_author(new QLineEdit(o.author)),
      m_status(new QComboBox), m_scope(new QComboBox), m_commune(new QLineEdit(o.commune)),
      m_tags(new QLineEdit(o.tags.join(QStringLiteral(", ")))), m_position(new QLabel), m_media(new QListWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("ObservationFormDialog"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_titleFr->setObjectName(QStringLiteral("titleFr"));
    m_titleNl->setObjectName(QStringLiteral("titleNl"));
    m_descriptionFr->setObjectName(QStringLiteral("descriptionFr"));
    m_themes->setObjectName(QStringLiteral("themes"));
    m_commune->setObjectName(QStringLiteral("commune"));
    setWindowTitle(o.title(QStringLiteral("fr")).isEmpty() ? tr("New observation") : tr("Observation"));

    for (auto kind : {core::ObservationKind::Landmark, core::ObservationKind::Project,
                      core::ObservationKind::Realisation, core::ObservationKind::Action})
        m_kind->addItem(ObservationListModel::kindIcon(kind), ObservationListModel::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(o.kind)));
    for (auto s : {core::ObservationStatus::Draft, core::ObservationStatus::Proposed, core::ObservationStatus::Published})
        m_status->addItem(ObservationListModel::statusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(o.status)));
    for (auto s : {core::SharingScope::Private, core::SharingScope::Group, core::SharingScope::Community,
                   core::SharingScope::Public})
        m_scope->addItem(ObservationListModel::scopeLabel(s), int(s));
    m_scope->setCurrentIndex(m_scope->findData(int(o.scope)));

    QStringList allThemes = themes;
    for (const QString& t : o.themes)
        if (!allThemes.contains(t))
            allThemes << t;  // a theme since removed from the list stays on its fiches
    for (const QString& t : allThemes) {
        auto* item = new QListWidgetItem(ObservationListModel::themeLabel(t), m_themes);
        item->setData(kThemeRole, t);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(o.themes.contains(t) ? Qt::Checked : Qt::Unchecked);
    }
    m_themes->setMaximumHeight(130);
    auto* addTheme = new QPushButton(tr("Add a theme…"));
    connect(addTheme, &QPushButton::clicked, this, &ObservationFormDialog::addTheme);

    m_dated->setText(tr("Dated"));
    m_period->setText(tr("until"));
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
    }
    m_dated->setChecked(o.dateStart.isValid());
    m_period->setChecked(o.dateEnd.isValid());
    if (o.dateStart.isValid())
        m_start->setDate(o.dateStart);
    if (o.dateEnd.isValid())
        m_end->setDate(o.dateEnd);
    const auto syncDates = [this] {
        m_start->setEnabled(m_dated->isChecked());
        m_period->setEnabled(m_dated->isChecked());
        m_end->setEnabled(m_dated->isChecked() && m_period->isChecked());
    };
    connect(m_dated, &QCheckBox::toggled, this, syncDates);
    connect(m_period, &QCheckBox::toggled, this, syncDates);
    syncDates();
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_start);
    dates->addWidget(m_period);
    dates->addWidget(m_end);
    dates->addStretch();

    m_commune->setPlaceholderText(tr("filled in from the boundaries layer"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    if (const auto p = core::wkbPoint(o.geometryWkb))
        m_position->setText(QStringLiteral("%1° E, %2° N").arg(p->x(), 0, 'f', 5).arg(p->y(), 0, 'f', 5));
    else
        m_position->setText(o.geometryWkb.isEmpty() ? tr("not placed") : tr("line or area"));

    for (const QString& name : media)
        m_media->addItem(name);
    m_media->setMaximumHeight(80);
    auto* addFiles = new QPushButton(tr("Attach photos or documents…"));
    connect(addFiles, &QPushButton::clicked, this, &ObservationFormDialog::addFiles);
    auto* addLink = new QPushButton(tr("Add a web link…"));
    connect(addLink, &QPushButton::clicked, this, &ObservationFormDialog::addWebLink);

    auto* languages = new QHBoxLayout;
    // The language names stay in their own language, whatever the interface speaks.
    languages->addWidget(languageBox(QStringLiteral("Français"), tr("Title"), m_titleFr, tr("Description"), m_descriptionFr));
    languages->addWidget(languageBox(QStringLiteral("Nederlands"), tr("Title"), m_titleNl, tr("Description"), m_descriptionNl));

    auto* kindForm = new QFormLayout;
    kindForm->addRow(tr("Kind"), m_kind);
    auto* form = new QFormLayout;
    auto* themeColumn = new QVBoxLayout;
    themeColumn->addWidget(m_themes);
    themeColumn->addWidget(addTheme, 0, Qt::AlignLeft);
    form->addRow(tr("Themes"), themeColumn);
    form->addRow(tr("Date"), dates);
    form->addRow(tr("Author"), m_author);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Sharing"), m_scope);
    form->addRow(tr("Commune"), m_commune);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Position"), m_position);
    auto* mediaColumn = new QVBoxLayout;
    mediaColumn->addWidget(m_media);
    auto* mediaButtons = new QHBoxLayout;
    mediaButtons->addWidget(addFiles);
    mediaButtons->addWidget(addLink);
    mediaButtons->addStretch();
    mediaColumn->addLayout(mediaButtons);
    form->addRow(tr("Media"), mediaColumn);
    m_form = form;

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(kindForm);
    layout->addLayout(languages);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_titleFr, &QLineEdit::textChanged, this, &ObservationFormDialog::updateOk);
    connect(m_titleNl, &QLineEdit::textChanged, this, &ObservationFormDialog::updateOk);
    updateOk();
    resize(760, 700);
}

void ObservationFormDialog::updateOk()
{
    // A fiche needs a title in at least one language.
    const bool titled = !m_titleFr->text().trimmed().isEmpty() || !m_titleNl->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(titled);
}

void ObservationFormDialog::addTheme()
{
    bool ok = false;
    const QString theme = QInputDialog::getText(this, tr("New theme"), tr("Theme"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || theme.isEmpty() || themes().contains(theme, Qt::CaseInsensitive))
        return;
    auto* item = new QListWidgetItem(theme, m_themes);
    item->setData(kThemeRole, theme);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

void ObservationFormDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach photos or documents"), {},
        tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)"));
    for (const QString& f : files) {
        if (m_newFiles.contains(f))
            continue;
        m_newFiles << f;
        m_media->addItem(QFileInfo(f).fileName() + QLatin1Char(' ') + tr("(new)"));
    }
}

void ObservationFormDialog::offerRelations(const QList<FicheChoice>& linked, FicheSearch search)
{
    if (m_relations)
        return;
    m_relations = new RelatedFichesEditor(linked, std::move(search), m_original.identity.uuid);
    m_form->insertRow(m_form->rowCount() - 1, tr("Related fiches"), m_relations);
}

void ObservationFormDialog::addWebLink()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add a web link"), tr("Address (http or https)"),
                                               QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok)
        return;
    const QString url = gis::webLinkUrl(text);
    if (url.isEmpty()) {
        QMessageBox::warning(this, tr("Add a web link"), tr("“%1” is not a web address (http or https).").arg(text));
        return;
    }
    if (!m_newFiles.contains(url)) {
        m_newFiles << url;
        m_media->addItem(url + QLatin1Char(' ') + tr("(new)"));
    }
}

QStringList ObservationFormDialog::themes() const
{
    QStringList list;
    for (int i = 0; i < m_themes->count(); ++i)
        list << m_themes->item(i)->data(kThemeRole).toString();
    return list;
}

core::Observation ObservationFormDialog::observation() const
{
    core::Observation o = m_original;
    o.kind = core::ObservationKind(m_kind->currentData().toInt());
    o.titleFr = m_titleFr->text().trimmed();
    o.titleNl = m_titleNl->text().trimmed();
    o.descriptionFr = m_descriptionFr->toPlainText().trimmed();
    o.descriptionNl = m_descriptionNl->toPlainText().trimmed();
    o.themes.clear();
    for (int i = 0; i < m_themes->count(); ++i)
        if (m_themes->item(i)->checkState() == Qt::Checked)
            o.themes << m_themes->item(i)->data(kThemeRole).toString();
    o.dateStart = m_dated->isChecked() ? m_start->date() : QDate();
    o.dateEnd = m_dated->isChecked() && m_period->isChecked() ? m_end->date() : QDate();
    o.author = m_author->text().trimmed();
    o.status = core::ObservationStatus(m_status->currentData().toInt());
    o.scope = core::SharingScope(m_scope->currentData().toInt());
    o.commune = m_commune->text().trimmed();
    o.tags.clear();
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            o.tags << t.trimmed();
    if (m_relations)
        o.links = m_relations->links();
    return o;
}

}  // namespace atlas::ui
