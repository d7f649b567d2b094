#include "ui/i18n/language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace atlas::ui {
namespace {
const QString kKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")};
}

QString LanguageManager::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageManager::preference() const
{
    return QSettings().value(kKey).toString();
}

void LanguageManager::setPreference(const QString& code)
{
    QSettings().setValue(kKey, code);
    apply();
}

QString LanguageManager::resolve(const QString& pref) const
{
    if (availableLanguages().contains(pref))
        return pref;
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::apply()
{
    const QString code = resolve(preference());
    if (code == m_active)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_qtTranslator.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // English too: its catalogue holds the plural forms.
    if (m_appTranslator.load(QStringLiteral(":/i18n/atlas_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    m_active = code;
    QLocale::setDefault(QLocale(code));
    emit languageChanged(code);
}

}  // namespace atlas::ui
