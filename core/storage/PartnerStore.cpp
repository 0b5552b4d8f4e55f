#include "PartnerStore.h"

#include "storage/Rows.h"
#include "storage/SqlEngine.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Rows;

namespace {

const QString AccountColumns = QStringLiteral(
    "id, tenant_id, type, partner_id, legal_name, address_line1, address_line2, city, region, postal_code, country, "
    "contact_first_name, contact_last_name, contact_email, contact_phone, support_email, support_phone, "
    "support_website, status, vetting_status, rejection_reason, created_at, updated_at, contact_language");

PartnerAccount accountFrom(const QSqlQuery& q)
{
    PartnerAccount a;
    a.id = q.value(0).toString();
    a.tenantId = q.value(1).toString();
    a.type = Enums::fromKey<PartnerType>(q.value(2).toString()).value_or(PartnerType::IndirectReseller);
    a.partnerId = q.value(3).toString();
    a.legal.legalName = q.value(4).toString();
    a.legal.address = {q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                       q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
    a.legal.contactFirstName = q.value(11).toString();
    a.legal.contactLastName = q.value(12).toString();
    a.legal.contactEmail = q.value(13).toString();
    a.legal.contactPhone = q.value(14).toString();
    a.support = {q.value(15).toString(), q.value(16).toString(), q.value(17).toString()};
    a.status = Enums::fromKey<PartnerStatus>(q.value(18).toString()).value_or(PartnerStatus::Suspended);
    a.vetting = Enums::fromKey<VettingStatus>(q.value(19).toString()).value_or(VettingStatus::None);
    a.rejectionReason = q.value(20).toString();
    a.created = fromIso(q.value(21));
    a.updated = fromIso(q.value(22));
    a.legal.contactLanguage = q.value(23).toString();
    return a;
}

// Where legalValues() has the country.
constexpr int CountryValue = 7;

QVariantList legalValues(const LegalBusinessProfile& l)
{
    const Address& ad = l.address;
    return {l.legalName,
            l.legalName.toLower(),
            ad.line1,
            SqlQuery::nullIfEmpty(ad.line2),
            ad.city,
            SqlQuery::nullIfEmpty(ad.region),
            SqlQuery::nullIfEmpty(ad.postalCode),
            ad.country,
            l.contactFirstName,
            l.contactLastName,
            l.contactEmail,
            l.contactPhone,
            l.contactLanguage};
}

// Everything of the legal profile but the country, which is fixed at enrollment (and which no
// login may change on a shared workspace).
const QString LegalAssignments = QStringLiteral(
    "legal_name = ?, name_key = ?, address_line1 = ?, address_line2 = ?, city = ?, region = ?, postal_code = ?, "
    "contact_first_name = ?, contact_last_name = ?, contact_email = ?, contact_phone = ?, contact_language = ?");

// The columns of a new partner account, and their values in the same order.
const QStringList NewAccountColumns{
    QStringLiteral("id"),
    QStringLiteral("tenant_id"),
    QStringLiteral("type"),
    QStringLiteral("partner_id"),
    QStringLiteral("legal_name"),
    QStringLiteral("name_key"),
    QStringLiteral("address_line1"),
    QStringLiteral("address_line2"),
    QStringLiteral("city"),
    QStringLiteral("region"),
    QStringLiteral("postal_code"),
    QStringLiteral("country"),
    QStringLiteral("contact_first_name"),
    QStringLiteral("contact_last_name"),
    QStringLiteral("contact_email"),
    QStringLiteral("contact_phone"),
    QStringLiteral("contact_language"),
    QStringLiteral("support_email"),
    QStringLiteral("support_phone"),
    QStringLiteral("support_website"),
    QStringLiteral("status"),
    QStringLiteral("vetting_status"),
    QStringLiteral("rejection_reason"),
    QStringLiteral("created_at"),
    QStringLiteral("updated_at"),
};

QVariantList newAccountValues(const PartnerAccount& a)
{
    QVariantList values{a.id, a.tenantId, Enums::key(a.type), a.partnerId};
    values << legalValues(a.legal);
    values << a.support.email << a.support.phone << SqlQuery::nullIfEmpty(a.support.website) << Enums::key(a.status)
           << SqlQuery::nullIfEmpty(Enums::key(a.vetting)) << SqlQuery::nullIfEmpty(a.rejectionReason) << iso(a.created)
           << iso(a.updated);
    return values;
}

} // namespace

Status PartnerStore::insertAccount(const QSqlDatabase& db, const PartnerAccount& a)
{
    const QStringList placeholders(NewAccountColumns.size(), QStringLiteral("?"));
    return SqlQuery::run(
        db,
        QStringLiteral("INSERT INTO partner_accounts (%1) VALUES (%2)")
            .arg(NewAccountColumns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
        newAccountValues(a));
}

Status PartnerStore::enrollInDatabase(const QSqlDatabase& db, const QString& actorUserId, const QString& pmcTicket,
                                      const PartnerAccount& a, bool newTenant)
{
    const QVariantList values = newAccountValues(a);
    QJsonObject row;
    for (qsizetype i = 0; i < NewAccountColumns.size(); ++i) {
        row.insert(NewAccountColumns.at(i), QJsonValue::fromVariant(values.at(i)));
    }
    auto enrolled
        = SqlQuery::run(db, QStringLiteral("SELECT rights.enroll(?, ?, CAST(? AS JSONB), ? = 1, ?)"),
                        {actorUserId, pmcTicket, QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)),
                         newTenant ? 1 : 0, iso(a.created)});
    if (!enrolled) {
        return enrolled.error();
    }
    // rights.enroll (version 14) takes the profile as it was then; the contact's language
    // (version 17) the applicant sets as the new partner's Admin agent.
    return SqlQuery::runOne(db, QStringLiteral("UPDATE partner_accounts SET contact_language = ? WHERE id = ?"),
                            {a.legal.contactLanguage, a.id});
}

Result<std::optional<PartnerAccount>> PartnerStore::accountById(const QSqlDatabase& db, const QString& id)
{
    return one<PartnerAccount>(db, QStringLiteral("SELECT %1 FROM partner_accounts WHERE id = ?").arg(AccountColumns),
                               {id}, accountFrom);
}

Result<std::optional<PartnerAccount>> PartnerStore::accountOfTenant(const QSqlDatabase& db, const QString& tenantId)
{
    return one<PartnerAccount>(
        db, QStringLiteral("SELECT %1 FROM partner_accounts WHERE tenant_id = ?").arg(AccountColumns), {tenantId},
        accountFrom);
}

Status PartnerStore::updateLegalProfile(const QSqlDatabase& db, const QString& id, const LegalBusinessProfile& legal,
                                        const QDateTime& at)
{
    QVariantList values = legalValues(legal);
    values.removeAt(CountryValue);
    values << iso(at) << id;
    return SqlQuery::runOne(
        db, QStringLiteral("UPDATE partner_accounts SET %1, updated_at = ? WHERE id = ?").arg(LegalAssignments),
        values);
}

Status PartnerStore::updateSupportProfile(const QSqlDatabase& db, const QString& id, const SupportProfile& s,
                                          const QDateTime& at)
{
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE partner_accounts SET support_email = ?, support_phone = ?, "
                                           "support_website = ?, updated_at = ? WHERE id = ?"),
                            {s.email, s.phone, SqlQuery::nullIfEmpty(s.website), iso(at), id});
}

Status PartnerStore::updatePartnerId(const QSqlDatabase& db, const QString& actorUserId, const QString& id,
                                     const QString& partnerId, const QDateTime& at)
{
    if (SqlEngine::of(db).enforcesRights()) {
        // The server checks E2 and E3 again, with profiles and partners the person can't read.
        auto changed = SqlQuery::run(db, QStringLiteral("SELECT rights.change_partner_id(?, ?, ?)"),
                                     {actorUserId, partnerId, iso(at)});
        return changed ? Status() : Status(changed.error());
    }
    return SqlQuery::runOne(db,
                            QStringLiteral("UPDATE partner_accounts SET partner_id = ?, updated_at = ? WHERE id = ?"),
                            {partnerId, iso(at), id});
}

Status PartnerStore::setStatus(const QSqlDatabase& db, const QString& id, PartnerStatus status, const QDateTime& at)
{
    return SqlQuery::runOne(db, QStringLiteral("UPDATE partner_accounts SET status = ?, updated_at = ? WHERE id = ?"),
                            {Enums::key(status), iso(at), id});
}

Status PartnerStore::insertProgram(const QSqlDatabase& db, const QString& accountId, const PartnerProgram& p)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO partner_programs (partner_account_id, type, support_email, "
                                        "support_phone, support_website, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {accountId, Enums::key(p.type), p.support.email, p.support.phone,
                          SqlQuery::nullIfEmpty(p.support.website), iso(p.created)});
}

Result<QList<PartnerProgram>> PartnerStore::programsOf(const QSqlDatabase& db, const QString& accountId)
{
    return many<PartnerProgram>(
        db,
        QStringLiteral("SELECT type, support_email, support_phone, support_website, created_at FROM partner_programs "
                       "WHERE partner_account_id = ? ORDER BY created_at"),
        {accountId}, [](const QSqlQuery& q) {
            PartnerProgram p;
            p.type = Enums::fromKey<PartnerType>(q.value(0).toString()).value_or(PartnerType::IndirectReseller);
            p.support = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
            p.created = fromIso(q.value(4));
            return p;
        });
}

Status PartnerStore::addRole(const QSqlDatabase& db, const QString& accountId, const QString& userId, PartnerRole role)
{
    return SqlQuery::run(
        db, QStringLiteral("INSERT INTO partner_roles (partner_account_id, user_id, role) VALUES (?, ?, ?)"),
        {accountId, userId, Enums::key(role)});
}

Result<QList<PartnerRole>> PartnerStore::rolesOf(const QSqlDatabase& db, const QString& accountId,
                                                 const QString& userId)
{
    auto keys = many<QString>(
        db, QStringLiteral("SELECT role FROM partner_roles WHERE partner_account_id = ? AND user_id = ?"),
        {accountId, userId}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!keys) {
        return keys.error();
    }
    QList<PartnerRole> roles;
    for (const QString& key : keys.value()) {
        if (auto role = Enums::fromKey<PartnerRole>(key)) {
            roles << *role;
        }
    }
    return Enums::inDeclarationOrder(roles);
}

Status PartnerStore::appendStatusChange(const QSqlDatabase& db, const QString& accountId, const QString& fromStatus,
                                        PartnerStatus toStatus, const QString& reason, const QString& actorUserId,
                                        const QDateTime& at)
{
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO partner_status_history (partner_account_id, from_status, "
                                        "to_status, reason, actor_user_id, at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {accountId, SqlQuery::nullIfEmpty(fromStatus), Enums::key(toStatus),
                          SqlQuery::nullIfEmpty(reason), SqlQuery::nullIfEmpty(actorUserId), iso(at)});
}

Result<QList<StatusChange>> PartnerStore::statusHistory(const QSqlDatabase& db, const QString& accountId)
{
    return many<StatusChange>(
        db,
        QStringLiteral("SELECT h.from_status, h.to_status, h.reason, u.display_name, h.at "
                       "FROM partner_status_history h LEFT JOIN people_names u ON u.id = h.actor_user_id "
                       "WHERE h.partner_account_id = ? ORDER BY h.at, h.id"),
        {accountId}, [](const QSqlQuery& q) {
            StatusChange c;
            c.fromStatus = q.value(0).toString();
            c.toStatus = Enums::fromKey<PartnerStatus>(q.value(1).toString()).value_or(PartnerStatus::Suspended);
            c.reason = q.value(2).toString();
            c.actorName = q.value(3).toString();
            c.at = fromIso(q.value(4));
            return c;
        });
}

Status PartnerStore::insertListing(const QSqlDatabase& db, const ProviderListing& l)
{
    auto offers = [&l](ProviderService s) { return l.services.contains(s) ? 1 : 0; };
    Status inserted = SqlQuery::run(
        db,
        QStringLiteral("INSERT INTO provider_listings (partner_account_id, official, customer_support, "
                       "technical_assistance, marketing_help, financing_and_credit, contact_name, contact_email, "
                       "contact_phone, website, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {l.partnerAccountId, l.official ? 1 : 0, offers(ProviderService::CustomerSupport),
         offers(ProviderService::TechnicalAssistance), offers(ProviderService::MarketingHelp),
         offers(ProviderService::FinancingAndCredit), l.contactName, l.contactEmail,
         SqlQuery::nullIfEmpty(l.contactPhone), SqlQuery::nullIfEmpty(l.website),
         SqlQuery::nullIfEmpty(l.description)});
    if (!inserted) {
        return inserted;
    }
    for (const QString& country : l.countries) {
        Status served = SqlQuery::run(
            db, QStringLiteral("INSERT INTO provider_countries (partner_account_id, country) VALUES (?, ?)"),
            {l.partnerAccountId, country});
        if (!served) {
            return served;
        }
    }
    return {};
}

namespace {

// Listings with their partner's name, Partner ID and status, and the countries served.
Result<QList<ProviderListing>> listingsWhere(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    const QString sql
        = QStringLiteral(
              "SELECT l.partner_account_id, p.legal_name, p.partner_id, p.status, l.official, l.customer_support, "
              "l.technical_assistance, l.marketing_help, l.financing_and_credit, l.contact_name, l.contact_email, "
              "l.contact_phone, l.website, l.description, "
              "(SELECT %1 FROM provider_countries c WHERE c.partner_account_id = l.partner_account_id) "
              "FROM provider_listings l JOIN partner_accounts p ON p.id = l.partner_account_id%2 ORDER BY p.name_key")
              .arg(SqlEngine::of(db).joinedText(QStringLiteral("c.country")), where);
    return many<ProviderListing>(db, sql, values, [](const QSqlQuery& q) {
        ProviderListing l;
        l.partnerAccountId = q.value(0).toString();
        l.name = q.value(1).toString();
        l.partnerId = q.value(2).toString();
        l.status = Enums::fromKey<PartnerStatus>(q.value(3).toString()).value_or(PartnerStatus::Suspended);
        l.official = q.value(4).toBool();
        for (int i = 0; i < 4; ++i) {
            if (q.value(5 + i).toBool()) {
                l.services << EnumValues<ProviderService>::all[i];
            }
        }
        l.contactName = q.value(9).toString();
        l.contactEmail = q.value(10).toString();
        l.contactPhone = q.value(11).toString();
        l.website = q.value(12).toString();
        l.description = q.value(13).toString();
        l.countries = q.value(14).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        l.countries.sort();
        return l;
    });
}

} // namespace

Result<QList<ProviderListing>> PartnerStore::listings(const QSqlDatabase& db, const QString& country)
{
    if (country.isEmpty()) {
        return listingsWhere(db, {}, {});
    }
    return listingsWhere(db,
                         QStringLiteral(" WHERE EXISTS (SELECT 1 FROM provider_countries c "
                                        "WHERE c.partner_account_id = l.partner_account_id AND c.country = ?)"),
                         {country});
}

Result<std::optional<ProviderListing>> PartnerStore::listingOf(const QSqlDatabase& db, const QString& accountId)
{
    auto found = listingsWhere(db, QStringLiteral(" WHERE l.partner_account_id = ?"), {accountId});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<ProviderListing>() : std::optional<ProviderListing>(found->constFirst());
}
