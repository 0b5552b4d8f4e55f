#include "InvitationStore.h"

#include "security/InvitationLinks.h"
#include "storage/Rows.h"
#include "storage/SqlEngine.h"

using namespace Rows;

namespace {

const QString Select = QStringLiteral(
    "SELECT i.id, i.kind, i.inviting_partner_id, p.legal_name, i.provider_account_id, i.recipient_email, "
    "i.language, i.subject, i.message, i.status, c.display_name, i.created_at, i.expires_at, i.accepted_at, "
    "a.display_name, coalesce(ap.legal_name, ac.company_name), i.revoked_at, pp.legal_name "
    "FROM invitations i JOIN partner_accounts p ON p.id = i.inviting_partner_id "
    "LEFT JOIN people_names c ON c.id = i.created_by_user_id "
    "LEFT JOIN people_names a ON a.id = i.accepted_by_user_id "
    "LEFT JOIN partner_accounts ap ON ap.tenant_id = i.accepted_tenant_id "
    "LEFT JOIN customers ac ON ac.tenant_id = i.accepted_tenant_id "
    "LEFT JOIN partner_accounts pp ON pp.id = i.provider_account_id");

auto invitationFrom(const QDateTime& now)
{
    return [now](const QSqlQuery& q) {
        Invitation i;
        i.id = q.value(0).toString();
        i.kind = Enums::fromKey<InvitationKind>(q.value(1).toString()).value_or(InvitationKind::ResellerOfProvider);
        i.invitingPartnerId = q.value(2).toString();
        i.invitingPartnerName = q.value(3).toString();
        i.providerAccountId = q.value(4).toString();
        i.recipientEmail = q.value(5).toString();
        i.language = q.value(6).toString();
        i.subject = q.value(7).toString();
        i.message = q.value(8).toString();
        i.status = Enums::fromKey<InvitationStatus>(q.value(9).toString()).value_or(InvitationStatus::Revoked);
        i.createdByName = q.value(10).toString();
        i.created = fromIso(q.value(11));
        i.expires = fromIso(q.value(12));
        i.accepted = fromIso(q.value(13));
        i.acceptedByName = q.value(14).toString();
        i.acceptedByPartnerName = q.value(15).toString();
        i.revoked = fromIso(q.value(16));
        i.providerName = q.value(17).toString();
        // Expiry is a matter of time, not of a write: a Pending invitation past its date reads
        // as Expired everywhere.
        if (i.status == InvitationStatus::Pending && i.expires <= now) {
            i.status = InvitationStatus::Expired;
        }
        return i;
    };
}

} // namespace

Status InvitationStore::insert(const QSqlDatabase& db, const Invitation& i, const QString& tokenHash,
                               const QString& createdByUserId)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO invitations (id, kind, token_hash, inviting_partner_id, "
                                        "provider_account_id, recipient_email, language, subject, message, status, "
                                        "created_by_user_id, created_at, expires_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {i.id, Enums::key(i.kind), tokenHash, i.invitingPartnerId,
                          SqlQuery::nullIfEmpty(i.providerAccountId), i.recipientEmail, i.language, i.subject,
                          i.message, Enums::key(InvitationStatus::Pending), createdByUserId, iso(i.created),
                          iso(i.expires)});
}

Status InvitationStore::updateText(const QSqlDatabase& db, const Invitation& i)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE invitations SET recipient_email = ?, language = ?, subject = ?, "
                                           "message = ? WHERE id = ? AND status = 'Pending'"),
                            {i.recipientEmail, i.language, i.subject, i.message, i.id});
}

Result<std::optional<Invitation>> InvitationStore::byId(const QSqlDatabase& db, const QString& id, const QDateTime& now)
{
    return one<Invitation>(db, Select + QStringLiteral(" WHERE i.id = ?"), {id}, invitationFrom(now));
}

Result<std::optional<Invitation>> InvitationStore::byLink(const QSqlDatabase& db, const QString& token,
                                                          const QDateTime& now)
{
    // On a shared workspace no login reads the token hashes: the database's function finds the
    // invitation, with the same columns as Select.
    if (SqlEngine::of(db).enforcesRights()) {
        return one<Invitation>(db, QStringLiteral("SELECT * FROM rights.invitation_of_link(?)"), {token},
                               invitationFrom(now));
    }
    return one<Invitation>(db, Select + QStringLiteral(" WHERE i.token_hash = ?"), {InvitationLinks::tokenHash(token)},
                           invitationFrom(now));
}

Result<QList<Invitation>> InvitationStore::sentBy(const QSqlDatabase& db, const QString& partnerAccountId,
                                                  const QList<InvitationKind>& kinds, const QDateTime& now)
{
    QString sql = Select + QStringLiteral(" WHERE i.inviting_partner_id = ?");
    QVariantList values{partnerAccountId};
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (InvitationKind kind : kinds) {
            marks << QStringLiteral("?");
            values << Enums::key(kind);
        }
        sql += QStringLiteral(" AND i.kind IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral(" ORDER BY i.created_at DESC, i.id");
    return many<Invitation>(db, sql, values, invitationFrom(now));
}

Status InvitationStore::markAccepted(const QSqlDatabase& db, const QString& id, const QString& userId,
                                     const QString& tenantId, const QDateTime& at)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE invitations SET status = 'Accepted', accepted_at = ?, "
                                           "accepted_by_user_id = ?, accepted_tenant_id = ? "
                                           "WHERE id = ? AND status = 'Pending'"),
                            {iso(at), userId, tenantId, id});
}

Status InvitationStore::markRevoked(const QSqlDatabase& db, const QString& id, const QDateTime& at)
{
    return SqlQuery::runOne(
        db,
        QStringLiteral("UPDATE invitations SET status = 'Revoked', revoked_at = ? WHERE id = ? AND status = 'Pending'"),
        {iso(at), id});
}

Result<std::optional<InvitationParties>> InvitationStore::partiesOf(const QSqlDatabase& db, const QString& token)
{
    const bool server = SqlEngine::of(db).enforcesRights();
    const QString sql = server
        ? QStringLiteral("SELECT * FROM rights.invitation_parties(?)")
        : QStringLiteral("SELECT p.id, p.legal_name, p.partner_id, p.status, coalesce(t.country, p.country), pp.id, "
                         "pp.legal_name, pp.partner_id, pp.status, EXISTS (SELECT 1 FROM "
                         "indirect_relationships r WHERE r.provider_account_id = i.provider_account_id "
                         "AND r.reseller_account_id = i.inviting_partner_id AND r.status = 'Active') "
                         "FROM invitations i JOIN partner_accounts p ON p.id = i.inviting_partner_id "
                         "LEFT JOIN tenants t ON t.id = p.tenant_id "
                         "LEFT JOIN partner_accounts pp ON pp.id = i.provider_account_id WHERE i.token_hash = ?");
    return one<InvitationParties>(
        db, sql, {server ? token : InvitationLinks::tokenHash(token)}, [](const QSqlQuery& q) {
            InvitationParties parties;
            parties.partnerAccountId = q.value(0).toString();
            parties.partnerName = q.value(1).toString();
            parties.partnerId = q.value(2).toString();
            parties.partnerStatus
                = Enums::fromKey<PartnerStatus>(q.value(3).toString()).value_or(PartnerStatus::Suspended);
            parties.partnerCountry = q.value(4).toString();
            parties.providerAccountId = q.value(5).toString();
            parties.providerName = q.value(6).toString();
            parties.providerPartnerId = q.value(7).toString();
            parties.providerStatus
                = Enums::fromKey<PartnerStatus>(q.value(8).toString()).value_or(PartnerStatus::Suspended);
            parties.providerWorksWithPartner = q.value(9).toBool();
            return parties;
        });
}

Result<int> InvitationStore::revokePendingToReseller(const QSqlDatabase& db, const QString& relationshipId,
                                                     const QString& providerAccountId, const QString& resellerAccountId,
                                                     const QDateTime& at)
{
    auto q = SqlQuery::run(
        db,
        QStringLiteral("UPDATE invitations SET status = 'Revoked', revoked_at = ? "
                       "WHERE inviting_partner_id = ? AND kind = 'ResellerOfProvider' AND status = 'Pending' "
                       "AND lower(recipient_email) IN ("
                       "SELECT lower(i.recipient_email) FROM indirect_relationships r "
                       "JOIN invitations i ON i.id = r.invitation_id WHERE r.id = ? "
                       "UNION SELECT lower(p.contact_email) FROM partner_accounts p WHERE p.id = ? "
                       "UNION SELECT lower(u.upn) FROM tenant_users u "
                       "JOIN partner_accounts p ON p.tenant_id = u.tenant_id WHERE p.id = ?)"),
        {iso(at), providerAccountId, relationshipId, resellerAccountId, resellerAccountId});
    if (!q) {
        return q.error();
    }
    return q.value().numRowsAffected();
}

Result<int> InvitationStore::revokePendingWithProvider(const QSqlDatabase& db, const QString& resellerAccountId,
                                                       const QString& providerAccountId, const QDateTime& at)
{
    auto q = SqlQuery::run(db,
                           QStringLiteral("UPDATE invitations SET status = 'Revoked', revoked_at = ? "
                                          "WHERE inviting_partner_id = ? AND provider_account_id = ? "
                                          "AND status = 'Pending'"),
                           {iso(at), resellerAccountId, providerAccountId});
    if (!q) {
        return q.error();
    }
    return q.value().numRowsAffected();
}
