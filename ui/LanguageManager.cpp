#include "LanguageManager.h"

#include "common/MessageLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString SettingsKey = QStringLiteral("interface/language");

// Qt 6.4 names a file dialog's folders and drives in a context its Spanish catalog (qtbase_es)
// doesn't have yet; PartnerDesk's catalog, asked after Qt's, carries them.
[[maybe_unused]] constexpr const char* QtFolderType[2]
    = QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms");
[[maybe_unused]] constexpr const char* QtDriveType = QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive");
} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

QString LanguageManager::preferred()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    if (MessageLanguage::available().contains(saved)) {
        return saved;
    }
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return MessageLanguage::available().contains(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& language, bool remember)
{
    if (!MessageLanguage::available().contains(language)) {
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

    QTranslator& appTranslator = MessageLanguage::interfaceTranslator();
    QCoreApplication::removeTranslator(&appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(locale);
    // English too: its catalog holds the singular and plural forms of the messages that count.
    // Installed even without one, as it also writes messages in their recipients' languages.
    if (!appTranslator.load(locale, QStringLiteral("partnerdesk"), QStringLiteral("_"), translations)) {
        qWarning("PartnerDesk's catalog for %s is missing", qPrintable(language));
    }
    QCoreApplication::installTranslator(&appTranslator);
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
