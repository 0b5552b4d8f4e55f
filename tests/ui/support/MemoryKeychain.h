#pragma once

// A keychain in memory for the GUI tests, which never touch the keychain of the machine they run
// on. It answers asynchronously, as the system's does, and can be told to refuse.

#include "Keychain.h"

#include <QMap>
#include <QString>

#include <optional>

class MemoryKeychain : public Keychain
{
public:
    void read(const QString& key, QObject* context, std::function<void(const Result<QString>&)> done) override;
    void write(const QString& key, const QString& secret, QObject* context,
               std::function<void(const Status&)> done) override;
    void remove(const QString& key, QObject* context, std::function<void(const Status&)> done) override;

    QMap<QString, QString> entries;
    // Every call fails with this, when set.
    std::optional<Error> refusal;
    int calls = 0;
};
