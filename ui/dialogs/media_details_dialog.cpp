#include "ui/dialogs/media_details_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace atlas::ui {

MediaDetailsDialog::MediaDetailsDialog(const core::MediaItem& media, QWidget* parent)
    : QDialog(parent), m_original(media), m_title(new QLineEdit(media.title)),
      m_caption(new QPlainTextEdit(media.caption)), m_credits(new QLineEdit(media.credits)),
      m_licence(new QComboBox), m_dated(new QCheckBox(tr("Known"))), m_taken(new QDateTimeEdit)
{
    setObjectName(QStringLiteral("MediaDetailsDialog"));
    setWindowTitle(tr("Media details"));
    m_title->setObjectName(QStringLiteral("mediaTitle"));
    m_caption->setObjectName(QStringLiteral("mediaCaption"));
    m_credits->setObjectName(QStringLiteral("mediaCredits"));
    m_licence->setObjectName(QStringLiteral("mediaLicence"));
    m_caption->setTabChangesFocus(true);
    m_caption->setMaximumHeight(90);
    m_credits->setPlaceholderText(tr("photographer, organisation…"));
    // SPDX identifiers, as bundles and the server show them; any other text is allowed.
    m_licence->setEditable(true);
    m_licence->addItems({QString(), QStringLiteral("CC-BY-4.0"), QStringLiteral("CC-BY-SA-4.0"),
                         QStringLiteral("CC-BY-NC-4.0"), QStringLiteral("CC0-1.0"), tr("All rights reserved")});
    m_licence->setCurrentText(media.licence);
    m_taken->setCalendarPopup(true);
    m_taken->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_taken->setDateTime(media.taken.isValid() ? media.taken : QDateTime::currentDateTime());
    m_dated->setChecked(media.taken.isValid());
    m_taken->setEnabled(m_dated->isChecked());
    connect(m_dated, &QCheckBox::toggled, m_taken, &QWidget::setEnabled);

    auto* date = new QHBoxLayout;
    date->addWidget(m_dated);
    date->addWidget(m_taken, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), new QLabel(media.fileName.toHtmlEscaped()));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Caption"), m_caption);
    form->addRow(tr("Credits"), m_credits);
    form->addRow(tr("Licence"), m_licence);
    form->addRow(tr("Date taken"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 0);
}

core::MediaItem MediaDetailsDialog::media() const
{
    core::MediaItem m = m_original;
    m.title = m_title->text().trimmed();
    m.caption = m_caption->toPlainText().trimmed();
    m.credits = m_credits->text().trimmed();
    m.licence = m_licence->currentText().trimmed();
    m.taken = m_dated->isChecked() ? m_taken->dateTime() : QDateTime();
    return m;
}

}  // namespace atlas::ui
