#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString SettingsKey = QStringLiteral("interface/language");
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString LanguageManager::nativeName(const QString& language)
{
    // Each language is named in itself, so a person who can't read the current one finds theirs.
    return language == QLatin1String("es") ? QStringLiteral("Español") : QStringLiteral("English");
}

QString LanguageManager::preferred()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    if (available().contains(saved)) {
        return saved;
    }
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& language, bool remember)
{
    if (!available().contains(language)) {
        return false;
    }
    // The system's own region when it speaks this language (es_MX keeps Mexican dates), else the
    // language's main one.
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == QLocale(language).language() ? system : QLocale(language);
    const QString translations = QStringLiteral(":/i18n");
    if (language != QLatin1String("en")) {
        QTranslator probe;
        if (!probe.load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), translations)) {
            return false; // keep the language in force rather than switch to half of one
        }
    }

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(locale);
    // English too: its catalog holds the singular and plural forms of the messages that count.
    if (m_appTranslator.load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), translations)) {
        QCoreApplication::installTranslator(&m_appTranslator);
    }
    if (language != QLatin1String("en")) {
        if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&m_qtTranslator);
        }
    }
    m_current = language;
    if (remember) {
        QSettings().setValue(SettingsKey, language);
    }
    Q_EMIT languageChanged(language);
    return true;
}
