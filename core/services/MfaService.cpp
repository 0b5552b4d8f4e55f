#include "MfaService.h"

#include "security/RecoveryCodes.h"
#include "security/Totp.h"
#include "services/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/MfaStore.h"
#include "storage/SqlEngine.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMfa, "partnerdesk.mfa", QtWarningMsg)

namespace {
const QString SubjectType = QStringLiteral("TenantUser");
}

MfaService::Setup MfaService::newSetup(const QString& upn)
{
    Setup setup;
    setup.secret = Totp::newSecret();
    setup.secretBase32 = Totp::toBase32(setup.secret);
    setup.uri = Totp::provisioningUri(issuer(), upn, setup.secret);
    setup.qrCode = QrCode::encode(setup.uri.toUtf8());
    return setup;
}

MfaService::MfaService(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<MfaStatus> MfaService::status(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!actor) {
        return actor.error();
    }
    const QSqlDatabase db = m_workspace.db();
    MfaStatus status;
    auto enrollment = MfaStore::enrollment(db, actor->user.id);
    auto required = MfaStore::partnerRequiresMfa(db, actor->partner->id);
    if (!enrollment || !required) {
        return enrollment ? required.error() : enrollment.error();
    }
    status.requiredByPartner = required.value();
    if (enrollment->has_value()) {
        auto left = MfaStore::unusedRecoveryCodes(db, actor->user.id);
        if (!left) {
            return left.error();
        }
        status.enrolled = true;
        status.enrolledAt = enrollment->value().enrolledAt;
        status.recoveryCodesLeft = left.value();
    }
    return status;
}

Result<QStringList> MfaService::enroll(const Session& session, const QByteArray& secret, const QString& code)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<QStringList> {
        auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
        if (!actor) {
            return actor.error();
        }
        return store(actor.value(), secret, code);
    });
}

Result<QStringList> MfaService::enrollAtSignIn(const Session& user, const QByteArray& secret, const QString& code)
{
    // A step of signing in, on the connection the sign-in runs on.
    return store(user, secret, code);
}

Result<QStringList> MfaService::store(const Session& actor, const QByteArray& secret, const QString& code)
{
    if (secret.size() != Totp::SecretBytes) {
        return Error(ErrorCode::InvalidInput, tr("The setup is incomplete. Close this window and start again."));
    }
    if (code.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Enter the 6-digit code your authenticator app shows."),
                     QStringLiteral("code"));
    }
    const QDateTime now = m_workspace.now();
    const std::optional<qint64> step = Totp::matchingStep(secret, code, now);
    if (!step) {
        return Error(ErrorCode::InvalidInput,
                     tr("The code doesn't match. Check that the time on your phone is correct, then enter the code "
                        "your app shows now."),
                     QStringLiteral("code"));
    }
    const QSqlDatabase db = m_workspace.db();
    auto before = MfaStore::enrollment(db, actor.user.id);
    if (!before) {
        return before.error();
    }
    // On a shared workspace a person's own login needs only the password, which alone never
    // replaces a second factor: another Admin agent resets it first (schema version 13).
    if (before->has_value() && SqlEngine::of(db).enforcesRights()) {
        return Error(ErrorCode::InvalidState,
                     tr("Two-step verification is already set up for %1. On a shared workspace another Admin agent of "
                        "your organization resets it first; then set it up again.")
                         .arg(actor.user.upn));
    }
    MfaEnrollment enrollment;
    enrollment.userId = actor.user.id;
    enrollment.secret = Totp::toBase32(secret);
    enrollment.recoverySalt = RecoveryCodes::newSalt();
    enrollment.enrolledAt = now;
    enrollment.lastUsedStep = *step; // the code that confirmed the setup can't sign in
    const QStringList codes = RecoveryCodes::generate();
    QStringList hashes;
    for (const QString& recoveryCode : codes) {
        hashes << RecoveryCodes::hash(enrollment.recoverySalt, recoveryCode);
    }
    Status stored = MfaStore::replaceEnrollment(db, enrollment, hashes);
    if (stored) {
        stored = m_workspace.audit(
            &actor, before->has_value() ? QStringLiteral("mfa.reenrolled") : QStringLiteral("mfa.enrolled"),
            SubjectType, actor.user.id, {{QStringLiteral("upn"), actor.user.upn}});
    }
    if (!stored) {
        return stored.error();
    }
    qCInfo(lcMfa) << "Two-step verification set up for" << actor.user.upn;
    return codes;
}

Result<QSet<QString>> MfaService::enrolledUsers(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!actor) {
        return actor.error();
    }
    return MfaStore::enrolledUsersOfTenant(m_workspace.db(), actor->tenant.id);
}

Result<bool> MfaService::isRequired(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!actor) {
        return actor.error();
    }
    return MfaStore::partnerRequiresMfa(m_workspace.db(), actor->partner->id);
}

Status MfaService::setRequired(const Session& session, bool required)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Status {
        auto actor = m_workspace.authorize(session, Action::ManageTwoStepVerification);
        if (!actor) {
            return actor.error();
        }
        const QSqlDatabase db = m_workspace.db();
        auto current = MfaStore::partnerRequiresMfa(db, actor->partner->id);
        if (!current) {
            return current.error();
        }
        if (current.value() == required) {
            return {};
        }
        Status stored = MfaStore::setPartnerRequiresMfa(db, actor->partner->id, required);
        if (stored) {
            stored = m_workspace.audit(&actor.value(), QStringLiteral("mfa.requirementChanged"),
                                       QStringLiteral("PartnerAccount"), actor->partner->id,
                                       {{QStringLiteral("required"), required}});
        }
        return stored;
    });
}

Status MfaService::reset(const Session& session, const QString& userId)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Status {
        auto actor = m_workspace.authorize(session, Action::ManageTwoStepVerification);
        if (!actor) {
            return actor.error();
        }
        const QSqlDatabase db = m_workspace.db();
        // Not one's own on a shared workspace: the password alone never takes a second factor away.
        if (userId == actor->user.id && SqlEngine::of(db).enforcesRights()) {
            return Error(ErrorCode::PermissionDenied,
                         tr("Another Admin agent of your organization resets your own two-step verification."));
        }
        auto user = DirectoryStore::userById(db, userId);
        if (!user) {
            return user.error();
        }
        // A user of another tenant is answered like one that doesn't exist (V1).
        if (!user->has_value() || user->value().tenantId != actor->tenant.id) {
            return Error(ErrorCode::NotFound,
                         tr("The user was not found in %1; they may have been removed. Reload the list and try again.")
                             .arg(actor->tenant.displayName));
        }
        auto removed = MfaStore::removeEnrollment(db, userId);
        if (!removed) {
            return removed.error();
        }
        if (!removed.value()) {
            return Error(ErrorCode::InvalidState,
                         tr("%1 has not set up two-step verification, so there is nothing to reset.")
                             .arg(user->value().displayName));
        }
        return m_workspace.audit(&actor.value(), QStringLiteral("mfa.reset"), SubjectType, userId,
                                 {{QStringLiteral("upn"), user->value().upn}});
    });
}

Result<MfaService::SignInNeed> MfaService::needAtSignIn(const TenantUser& user) const
{
    const QSqlDatabase db = m_workspace.db();
    auto enrollment = MfaStore::enrollment(db, user.id);
    if (!enrollment) {
        return enrollment.error();
    }
    if (enrollment->has_value()) {
        return SignInNeed::Code;
    }
    auto required = MfaStore::tenantRequiresMfa(db, user.tenantId);
    if (!required) {
        return required.error();
    }
    return required.value() ? SignInNeed::Enrollment : SignInNeed::Nothing;
}

Result<MfaService::CodeCheck> MfaService::checkCode(const Session& user, const QString& code)
{
    // A step of signing in, on the connection the sign-in runs on. On a shared workspace the
    // database checks the code: no login reads the secret.
    const QSqlDatabase db = m_workspace.db();
    if (SqlEngine::of(db).enforcesRights()) {
        return checkCodeInDatabase(user, code);
    }
    auto found = MfaStore::enrollment(db, user.user.id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return CodeCheck::Wrong;
    }
    const MfaEnrollment& enrollment = found->value();
    if (Totp::looksLikeCode(code)) {
        const std::optional<QByteArray> secret = Totp::fromBase32(enrollment.secret);
        const std::optional<qint64> step = secret ? Totp::matchingStep(*secret, code, m_workspace.now()) : std::nullopt;
        if (!step) {
            return CodeCheck::Wrong;
        }
        auto advanced = MfaStore::advanceStep(db, user.user.id, *step);
        if (!advanced) {
            return advanced.error();
        }
        return advanced.value() ? CodeCheck::Accepted : CodeCheck::Reused;
    }
    const QString hash = RecoveryCodes::hash(enrollment.recoverySalt, code);
    if (hash.isEmpty()) {
        return CodeCheck::Wrong;
    }
    auto used = MfaStore::useRecoveryCode(db, user.user.id, hash, m_workspace.now());
    if (!used) {
        return used.error();
    }
    if (!used.value()) {
        return CodeCheck::Wrong;
    }
    auto left = MfaStore::unusedRecoveryCodes(db, user.user.id);
    if (!left) {
        return left.error();
    }
    return recoveryCodeUsed(user, left.value());
}

Result<MfaService::CodeCheck> MfaService::checkCodeInDatabase(const Session& user, const QString& code)
{
    const QSqlDatabase db = m_workspace.db();
    if (Totp::looksLikeCode(code)) {
        auto checked = MfaStore::checkCodeInDatabase(db, user.user.id, code, m_workspace.now());
        if (!checked) {
            return checked.error();
        }
        if (checked.value() == QLatin1String("Accepted")) {
            return CodeCheck::Accepted;
        }
        return checked.value() == QLatin1String("Reused") ? CodeCheck::Reused : CodeCheck::Wrong;
    }
    const QString normalized = RecoveryCodes::normalized(code);
    if (normalized.isEmpty()) {
        return CodeCheck::Wrong;
    }
    auto left = MfaStore::useRecoveryCodeInDatabase(db, user.user.id, normalized, m_workspace.now());
    if (!left) {
        return left.error();
    }
    if (!left->has_value()) {
        return CodeCheck::Wrong;
    }
    return recoveryCodeUsed(user, **left);
}

Result<MfaService::CodeCheck> MfaService::recoveryCodeUsed(const Session& user, int left)
{
    Status audited = m_workspace.audit(&user, QStringLiteral("mfa.recoveryCodeUsed"), SubjectType, user.user.id,
                                       {{QStringLiteral("upn"), user.user.upn}, {QStringLiteral("left"), left}});
    if (!audited) {
        return audited.error();
    }
    return CodeCheck::Accepted;
}
