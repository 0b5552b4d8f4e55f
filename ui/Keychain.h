#pragma once

// Where PartnerDesk keeps a password a person asked it to remember on this computer: the system
// keychain (the Secret Service on Linux, through QtKeychain), never a file of PartnerDesk's own.
// Calls are asynchronous, as the keychain may first ask the person to unlock it; each answer comes
// on the GUI thread, and not at all once context is gone.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)

public:
    virtual ~Keychain() = default;

    // The secret stored under key; an empty string when there is none.
    virtual void read(const QString& key, QObject* context, std::function<void(const Result<QString>&)> done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context,
                       std::function<void(const Status&)> done)
        = 0;
    // Removing what isn't there succeeds.
    virtual void remove(const QString& key, QObject* context, std::function<void(const Status&)> done) = 0;

    // The keychain of the person signed in to this computer.
    static Keychain& system();
};
