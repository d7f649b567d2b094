#pragma once
// Chooses and installs the interface language: the system's by default, or the one
// picked in the settings; switching takes effect at once (LanguageChange events).

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace atlas::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    // Language codes the interface ships in.
    static QStringList availableLanguages();
    // The language's own name ("Français", "Nederlands", "English").
    static QString nativeName(const QString& code);

    // The saved choice: a language code, or empty for the system language.
    QString preference() const;
    void setPreference(const QString& code);
    // The language in use now.
    QString activeLanguage() const { return m_active; }

    // Installs the translators for the saved preference.
    void apply();

signals:
    void languageChanged(const QString& code);

private:
    QString resolve(const QString& preference) const;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_active;
};

}  // namespace atlas::ui
