#include "ReferralStore.h"

#include "storage/Rows.h"

using namespace Rows;

namespace {

// With the names of the reseller working on it and of the provider that referred it.
const QString Select = QStringLiteral(
    "SELECT r.id, r.partner_account_id, p.legal_name, r.referred_by_account_id, b.legal_name, r.source, "
    "r.company_name, r.contact_name, r.contact_email, r.contact_phone, r.country, r.notes, r.status, "
    "r.invitation_id, r.created_at, r.updated_at "
    "FROM referrals r JOIN partner_accounts p ON p.id = r.partner_account_id "
    "LEFT JOIN partner_accounts b ON b.id = r.referred_by_account_id");

// Newest first; the id keeps the order of leads made at the same instant stable.
const QString Newest = QStringLiteral(" ORDER BY r.created_at DESC, r.id");

Referral referralFrom(const QSqlQuery& q)
{
    Referral r;
    r.id = q.value(0).toString();
    r.partnerAccountId = q.value(1).toString();
    r.partnerName = q.value(2).toString();
    r.referredByAccountId = q.value(3).toString();
    r.referredByName = q.value(4).toString();
    r.source = Enums::fromKey<ReferralSource>(q.value(5).toString()).value_or(ReferralSource::OwnMarketing);
    r.companyName = q.value(6).toString();
    r.contactName = q.value(7).toString();
    r.contactEmail = q.value(8).toString();
    r.contactPhone = q.value(9).toString();
    r.country = q.value(10).toString();
    r.notes = q.value(11).toString();
    r.status = Enums::fromKey<ReferralStatus>(q.value(12).toString()).value_or(ReferralStatus::New);
    r.invitationId = q.value(13).toString();
    r.created = fromIso(q.value(14));
    r.updated = fromIso(q.value(15));
    return r;
}

} // namespace

Status ReferralStore::insert(const QSqlDatabase& db, const Referral& r)
{
    return SqlQuery::run(
        db,
        QStringLiteral("INSERT INTO referrals (id, partner_account_id, referred_by_account_id, source, "
                       "company_name, contact_name, contact_email, contact_phone, country, notes, "
                       "status, invitation_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.partnerAccountId, SqlQuery::nullIfEmpty(r.referredByAccountId), Enums::key(r.source), r.companyName,
         SqlQuery::nullIfEmpty(r.contactName), SqlQuery::nullIfEmpty(r.contactEmail),
         SqlQuery::nullIfEmpty(r.contactPhone), SqlQuery::nullIfEmpty(r.country), SqlQuery::nullIfEmpty(r.notes),
         Enums::key(r.status), SqlQuery::nullIfEmpty(r.invitationId), iso(r.created), iso(r.updated)});
}

Result<std::optional<Referral>> ReferralStore::byId(const QSqlDatabase& db, const QString& id)
{
    return one<Referral>(db, Select + QStringLiteral(" WHERE r.id = ?"), {id}, referralFrom);
}

Result<QList<Referral>> ReferralStore::ofReseller(const QSqlDatabase& db, const QString& resellerAccountId)
{
    return many<Referral>(db, Select + QStringLiteral(" WHERE r.partner_account_id = ?") + Newest, {resellerAccountId},
                          referralFrom);
}

Result<QList<Referral>> ReferralStore::referredBy(const QSqlDatabase& db, const QString& providerAccountId)
{
    return many<Referral>(db, Select + QStringLiteral(" WHERE r.referred_by_account_id = ?") + Newest,
                          {providerAccountId}, referralFrom);
}

Status ReferralStore::updateStatus(const QSqlDatabase& db, const QString& id, ReferralStatus from, ReferralStatus to,
                                   const QDateTime& at)
{
    return SqlQuery::runOne(
        db, QStringLiteral("UPDATE referrals SET status = ?, updated_at = ? WHERE id = ? AND status = ?"),
        {Enums::key(to), iso(at), id, Enums::key(from)});
}

Status ReferralStore::linkInvitation(const QSqlDatabase& db, const QString& id, const QString& invitationId,
                                     ReferralStatus from, ReferralStatus to, const QDateTime& at)
{
    return SqlQuery::runOne(
        db,
        QStringLiteral(
            "UPDATE referrals SET invitation_id = ?, status = ?, updated_at = ? WHERE id = ? AND status = ?"),
        {invitationId, Enums::key(to), iso(at), id, Enums::key(from)});
}
