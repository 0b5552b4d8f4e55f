#pragma once

// A synthetic workspace at the scale of ARCHITECTURE §9, for the benchmarks: one large indirect
// provider, its resellers and up to a million customers with subscriptions, written in one bulk
// transaction into a freshly migrated file. Names come from word lists and a seeded generator,
// so the same spec always writes the same workspace; nothing in it is real.

#include "common/Result.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

struct SyntheticSpec
{
    int customers = 1000000;
    int resellers = 2000;
    int subscriptionsPerCustomer = 1;
    quint32 seed = 2026;
    // The synthetic users' password cost: libsodium's lowest, because nothing here is worth
    // protecting and the benchmark signs in without waiting for the product's cost.
    PasswordCost passwordCost = PasswordCost::lowest();
    QDateTime now; // the newest relationship; empty means the current time
};

class SyntheticData
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticData)

public:
    // Every synthetic user signs in with this password.
    static QString password() { return QStringLiteral("Bench!2026pass"); }
    // The provider's Admin and Sales agent, a Global administrator of its tenant.
    static QString providerAdminUpn() { return QStringLiteral("admin@benchprovider.onmicrosoft.com"); }
    // The Admin agent of reseller number index (1 to resellers).
    static QString resellerAdminUpn(int index);

    // Writes spec's workspace into db, which must be an empty, migrated workspace. progress gets a
    // line of text now and then. On failure nothing of the data is kept.
    static Status generate(const QSqlDatabase& db, const SyntheticSpec& spec,
                           const std::function<void(const QString&)>& progress);
};
