#pragma once
// Application settings: for now, the interface language.

#include <QDialog>

class QComboBox;

namespace atlas::ui {

class LanguageManager;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(LanguageManager* languages, QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }

    void accept() override;

private:
    LanguageManager* m_languages;
    QComboBox* m_language;
};

}  // namespace atlas::ui
