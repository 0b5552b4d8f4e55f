#include "Keychain.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "partnerdesk.keychain")

namespace {

const QString Service = QStringLiteral("PartnerDesk");

// The keychain's refusal, in words a person can act on; its own text (English only) goes to the log.
Error refusal(const QKeychain::Job& job)
{
    qCWarning(lcKeychain) << "Keychain" << job.key() << "failed:" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(ErrorCode::PermissionDenied, Keychain::tr("the system keychain refused access"));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::Storage,
                     Keychain::tr("this computer has no system keychain PartnerDesk can use (on Linux, a "
                                  "Secret Service such as GNOME Keyring or KWallet)"));
    default:
        return Error(ErrorCode::Storage,
                     Keychain::tr("the system keychain reported an error: %1").arg(job.errorString()));
    }
}

class SystemKeychain : public Keychain
{
public:
    void read(const QString& key, QObject* context, std::function<void(const Result<QString>&)> done) override
    {
        auto* job = new QKeychain::ReadPasswordJob(Service);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)]() {
            if (job->error() == QKeychain::NoError) {
                done(job->textData());
            } else if (job->error() == QKeychain::EntryNotFound) {
                done(QString());
            } else {
                done(refusal(*job));
            }
        });
        job->start();
    }

    void write(const QString& key, const QString& secret, QObject* context,
               std::function<void(const Status&)> done) override
    {
        auto* job = new QKeychain::WritePasswordJob(Service);
        job->setKey(key);
        job->setTextData(secret);
        finish(job, context, std::move(done));
    }

    void remove(const QString& key, QObject* context, std::function<void(const Status&)> done) override
    {
        auto* job = new QKeychain::DeletePasswordJob(Service);
        job->setKey(key);
        finish(job, context, std::move(done));
    }

private:
    static void finish(QKeychain::Job* job, QObject* context, std::function<void(const Status&)> done)
    {
        QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)]() {
            const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            done(ok ? Status() : Status(refusal(*job)));
        });
        job->start();
    }
};

} // namespace

Keychain& Keychain::system()
{
    static SystemKeychain keychain;
    return keychain;
}
