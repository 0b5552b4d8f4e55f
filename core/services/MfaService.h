#pragma once

// Two-step verification for partner users (TOTP, RFC 6238): a user sets it up from a QR code or
// the base32 secret and confirms it with a code, and receives ten one-time recovery codes shown
// once. An Admin agent can require it of every user of the partner and reset a user's. Sign-in
// (DirectoryService) asks this service what a user must give after the password and checks it.
//
// The secret is stored as it must be read back to check codes, and never shown again: the only
// key to encrypt it with would be kept in the same database, which adds nothing (see the report
// of issue 10). Recovery codes are stored as salted hashes only.

#include "common/Result.h"
#include "domain/Mfa.h"
#include "security/QrCode.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

class Workspace;

class MfaService
{
    Q_DECLARE_TR_FUNCTIONS(MfaService)

public:
    // What the setup step shows: the secret as a QR code of the otpauth:// link and as base32.
    struct Setup
    {
        QByteArray secret;
        QString secretBase32;
        QString uri;
        std::optional<QrCode> qrCode;
    };
    // What a user must give after the password to get a session.
    enum class SignInNeed { Nothing, Code, Enrollment };
    enum class CodeCheck { Accepted, Wrong, Reused };

    static QString issuer() { return QStringLiteral("PartnerDesk"); }
    // A fresh secret for the user named upn.
    static Setup newSetup(const QString& upn);

    explicit MfaService(Workspace& workspace);

    // The caller's own two-step verification.
    Result<MfaStatus> status(const Session& session) const;
    // Confirms a setup with a code of its secret and stores it, replacing any earlier one and its
    // recovery codes (audited). Returns the ten new recovery codes: the only time they are shown.
    Result<QStringList> enroll(const Session& session, const QByteArray& secret, const QString& code);

    // User management: who of the caller's tenant has two-step verification, and whether the
    // partner requires it. Every partner role may read this.
    Result<QSet<QString>> enrolledUsers(const Session& session) const;
    Result<bool> isRequired(const Session& session) const;
    // An Admin agent requires two-step verification of every user of the partner, or stops
    // requiring it (audited).
    Status setRequired(const Session& session, bool required);
    // An Admin agent removes a user's two-step verification (audited): the user sets it up again,
    // at the next sign-in if the partner requires it.
    Status reset(const Session& session, const QString& userId);

    // For sign-in, after the password matched, in the caller's transaction. These run on the
    // workspace's own connection (Workspace::actFor is not called): a person's own login reads no
    // secret.
    Result<SignInNeed> needAtSignIn(const TenantUser& user) const;
    // Checks a code from the user's app (the current step or one either side, never one used
    // before) or an unused recovery code, and records its use.
    Result<CodeCheck> checkCode(const Session& user, const QString& code);
    // The enrollment of a user signing in whose partner requires it: the same as enroll().
    Result<QStringList> enrollAtSignIn(const Session& user, const QByteArray& secret, const QString& code);

private:
    Result<QStringList> store(const Session& actor, const QByteArray& secret, const QString& code);
    Result<CodeCheck> checkCodeInDatabase(const Session& user, const QString& code);
    // Audits the use of one of user's recovery codes, left of them remaining.
    Result<CodeCheck> recoveryCodeUsed(const Session& user, int left);

    Workspace& m_workspace;
};
