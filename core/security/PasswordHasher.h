#pragma once

// Password hashes for tenant users and PMC accounts: Argon2id through libsodium, stored with its
// cost ("$argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<hash>") so the cost can be raised later
// (ARCHITECTURE §7). Hashes of earlier versions ("pbkdf2-sha256$<iterations>$<salt>$<key>")
// still verify and report needsRehash(), so sign-in upgrades them. The cost read from a stored
// hash is capped: a string asking for more is refused without computing anything. Every member
// is safe to call from any thread: sign-in verifies on a worker thread.

#include <QString>

#include <functional>

// The cost of one Argon2id hash: passes over memory and the memory used.
struct PasswordCost
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // The product's cost: t=3 passes over 64 MiB (p=1), above OWASP's minimum for Argon2id
    // (t=2, 19 MiB); about 0.1 s per hash here, where PBKDF2 at 600,000 iterations through
    // QPasswordDigestor took 2.5-3 s. Never lowered for the product.
    static PasswordCost product();
    // libsodium's lowest (t=1, 8 KiB): only for tests and the bench generator, which say so.
    static PasswordCost lowest();

    friend bool operator==(const PasswordCost&, const PasswordCost&) = default;
};

class PasswordHasher
{
public:
    static constexpr int SaltBytes = 16;
    // Caps on the cost a stored hash may ask for: a 70-minute verification of a tampered
    // workspace is refused instead. Well above the product's cost, so it can be raised.
    static constexpr quint64 MaxOpsLimit = 10;
    static constexpr quint64 MaxMemLimitBytes = quint64(256) * 1024 * 1024;
    static constexpr int MaxPbkdf2Iterations = 2000000;

    // Called on the computing thread before each hash or verification that does the work; tests
    // count calls with it or check that no write lock is held meanwhile.
    using Observer = std::function<void()>;

    explicit PasswordHasher(PasswordCost cost = PasswordCost::product(), Observer observer = {});

    const PasswordCost& cost() const { return m_cost; }
    // The stored form of password at this hasher's cost; empty when libsodium could not get the
    // memory it needs.
    QString hash(const QString& password) const;
    // True when stored is a well-formed hash within the caps and password matches it.
    bool verify(const QString& password, const QString& stored) const;
    // True when stored should be replaced at the next sign-in: a legacy PBKDF2 hash, an Argon2id
    // hash of a lower cost than this hasher's, or anything it does not accept.
    bool needsRehash(const QString& stored) const;
    // A stored form of this hasher's cost that no password matches: verifying against it takes
    // as long as a real verification, so an unknown user is answered in the same time.
    QString dummyHash() const;
    // Whether stored is a hash this class can verify within the caps, without computing it.
    static bool acceptable(const QString& stored);

private:
    PasswordCost m_cost;
    Observer m_observer;
};
