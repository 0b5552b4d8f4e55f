#include "MessageLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace {

// The language a Scope asks for on this thread; empty for the interface's.
thread_local QString scopedLanguage;

// A language's catalog, loaded on first use and kept: the catalogs are small and never change
// while the application runs. One that could not be loaded is kept too, empty (English answers
// with the source): this runs inside QCoreApplication::translate(), where destroying a
// QTranslator would wait for the lock translate() holds.
QTranslator* catalog(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> catalogs;
    const QMutexLocker lock(&mutex);
    auto found = catalogs.find(language);
    if (found == catalogs.end()) {
        auto translator = std::make_shared<QTranslator>();
        const bool loaded = translator->load(QStringLiteral("partnerdesk_%1").arg(language), QStringLiteral(":/i18n"));
        Q_UNUSED(loaded) // without it, messages in the language read as written
        found = catalogs.insert(language, translator);
    }
    return found.value().get();
}

QString fromCatalog(const QString& language, const char* context, const char* source, const char* disambiguation, int n)
{
    const QString translated = catalog(language)->translate(context, source, disambiguation, n);
    // The sources are English: a message without a translation reads as written.
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

class Translator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        if (!scopedLanguage.isEmpty()) {
            return fromCatalog(scopedLanguage, context, source, disambiguation, n);
        }
        return QTranslator::translate(context, source, disambiguation, n);
    }

    bool isEmpty() const override { return false; }
};

} // namespace

QStringList MessageLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString MessageLanguage::nativeName(const QString& language)
{
    return language == QLatin1String("es") ? QStringLiteral("Español") : QStringLiteral("English");
}

QString MessageLanguage::translate(const QString& language, const char* context, const char* source)
{
    return fromCatalog(language, context, source, nullptr, -1);
}

QTranslator& MessageLanguage::interfaceTranslator()
{
    static Translator translator;
    static const bool installed = QCoreApplication::installTranslator(&translator);
    Q_UNUSED(installed)
    return translator;
}

QLocale MessageLanguage::current()
{
    return scopedLanguage.isEmpty() ? QLocale() : locale(scopedLanguage);
}

MessageLanguage::Scope::Scope(const QString& language)
{
    if (!available().contains(language)) {
        return;
    }
    interfaceTranslator(); // answers tr() from now on, also where no interface language was chosen
    catalog(language); // loaded here, not from inside QCoreApplication::translate()
    m_active = true;
    m_previous = scopedLanguage;
    scopedLanguage = language;
}

MessageLanguage::Scope::~Scope()
{
    if (m_active) {
        scopedLanguage = m_previous;
    }
}
