#include "MemoryKeychain.h"

#include <QObject>
#include <QTimer>

void MemoryKeychain::read(const QString& key, QObject* context, std::function<void(const Result<QString>&)> done)
{
    ++calls;
    const Result<QString> answer = refusal ? Result<QString>(*refusal) : Result<QString>(entries.value(key));
    QTimer::singleShot(0, context, [answer, done = std::move(done)]() { done(answer); });
}

void MemoryKeychain::write(const QString& key, const QString& secret, QObject* context,
                           std::function<void(const Status&)> done)
{
    ++calls;
    if (!refusal) {
        entries.insert(key, secret);
    }
    const Status answer = refusal ? Status(*refusal) : Status();
    QTimer::singleShot(0, context, [answer, done = std::move(done)]() { done(answer); });
}

void MemoryKeychain::remove(const QString& key, QObject* context, std::function<void(const Status&)> done)
{
    ++calls;
    if (!refusal) {
        entries.remove(key);
    }
    const Status answer = refusal ? Status(*refusal) : Status();
    QTimer::singleShot(0, context, [answer, done = std::move(done)]() { done(answer); });
}
