#include "ui/dialogs/settings_dialog.h"

#include "ui/i18n/language_manager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace atlas::ui {

SettingsDialog::SettingsDialog(LanguageManager* languages, QWidget* parent)
    : QDialog(parent), m_languages(languages)
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languages->preference())));
    form->addRow(tr("Interface language"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    m_languages->setPreference(m_language->currentData().toString());
    QDialog::accept();
}

}  // namespace atlas::ui
