#pragma once

// The interface language: PartnerDesk's own translation (the translator that also writes messages
// in their recipients' languages, MessageLanguage) plus Qt's qtbase translation, switched
// at runtime (every open widget retranslates on QEvent::LanguageChange), remembered in QSettings,
// and the system locale's language by default (ARCHITECTURE §8).

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    // The saved choice, else the system locale's language if PartnerDesk has it, else English.
    static QString preferred();

    QString current() const { return m_current; }
    // Installs the translators, sets the default QLocale and saves the choice when remember is
    // true. False, with nothing changed, for a language PartnerDesk can't load.
    bool setLanguage(const QString& language, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    QTranslator m_qtTranslator; // PartnerDesk's own is MessageLanguage::interfaceTranslator()
    QString m_current;
};
