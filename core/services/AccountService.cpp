#include "AccountService.h"

#include "common/MessageLanguage.h"
#include "domain/PartnerRules.h"
#include "domain/Validators.h"
#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/PartnerStore.h"

#include <QJsonObject>

namespace {

void recordChange(QJsonObject& changes, const QString& field, const QString& before, const QString& after)
{
    if (before != after) {
        changes.insert(field, QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), after}});
    }
}

} // namespace

QJsonObject AccountService::changes(const LegalBusinessProfile& before, const LegalBusinessProfile& after,
                                    const QString& nameKey)
{
    QJsonObject changes;
    recordChange(changes, nameKey, before.legalName, after.legalName);
    recordChange(changes, QStringLiteral("addressLine1"), before.address.line1, after.address.line1);
    recordChange(changes, QStringLiteral("addressLine2"), before.address.line2, after.address.line2);
    recordChange(changes, QStringLiteral("city"), before.address.city, after.address.city);
    recordChange(changes, QStringLiteral("region"), before.address.region, after.address.region);
    recordChange(changes, QStringLiteral("postalCode"), before.address.postalCode, after.address.postalCode);
    recordChange(changes, QStringLiteral("contactFirstName"), before.contactFirstName, after.contactFirstName);
    recordChange(changes, QStringLiteral("contactLastName"), before.contactLastName, after.contactLastName);
    recordChange(changes, QStringLiteral("contactEmail"), before.contactEmail, after.contactEmail);
    recordChange(changes, QStringLiteral("contactPhone"), before.contactPhone, after.contactPhone);
    recordChange(changes, QStringLiteral("language"), before.contactLanguage, after.contactLanguage);
    return changes;
}

AccountService::AccountService(Workspace& workspace)
    : m_workspace(workspace)
{
}

QList<Error> AccountService::validate(const LegalBusinessProfile& p)
{
    QList<Error> errors;
    collectError(errors, Validators::required(p.legalName, tr("the legal business name")), QStringLiteral("legalName"));
    collectError(errors, Validators::required(p.address.line1, tr("the street address")),
                 QStringLiteral("addressLine1"));
    collectError(errors, Validators::required(p.address.city, tr("the city")), QStringLiteral("city"));
    collectError(errors, Validators::countryCode(p.address.country), QStringLiteral("country"));
    collectError(errors, Validators::required(p.contactFirstName, tr("the primary contact's first name")),
                 QStringLiteral("contactFirstName"));
    collectError(errors, Validators::required(p.contactLastName, tr("the primary contact's last name")),
                 QStringLiteral("contactLastName"));
    collectError(errors, Validators::email(p.contactEmail), QStringLiteral("contactEmail"));
    // A number without "+" is read in the address's country.
    collectError(errors, Validators::phone(p.contactPhone, p.address.country), QStringLiteral("contactPhone"));
    if (!MessageLanguage::available().contains(p.contactLanguage)) {
        errors << Error(ErrorCode::InvalidInput,
                        tr("Choose the language messages to the primary contact are written in."),
                        QStringLiteral("contactLanguage"));
    }
    return errors;
}

QList<Error> AccountService::validate(const SupportProfile& p, const QString& region)
{
    QList<Error> errors;
    collectError(errors, Validators::email(p.email), QStringLiteral("supportEmail"));
    collectError(errors, Validators::phone(p.phone, region), QStringLiteral("supportPhone"));
    if (!p.website.trimmed().isEmpty()) {
        collectError(errors, Validators::webSite(p.website), QStringLiteral("supportWebsite"));
    }
    return errors;
}

LegalBusinessProfile AccountService::normalized(LegalBusinessProfile p)
{
    p.legalName = p.legalName.simplified();
    p.address.line1 = p.address.line1.simplified();
    p.address.line2 = p.address.line2.simplified();
    p.address.city = p.address.city.simplified();
    p.address.region = p.address.region.simplified();
    p.address.postalCode = p.address.postalCode.simplified();
    p.address.country = p.address.country.trimmed();
    p.contactFirstName = p.contactFirstName.simplified();
    p.contactLastName = p.contactLastName.simplified();
    p.contactEmail = Validators::normalizedEmail(p.contactEmail);
    p.contactPhone = Validators::normalizedPhone(p.contactPhone, p.address.country);
    return p;
}

SupportProfile AccountService::normalized(SupportProfile p, const QString& region)
{
    p.email = Validators::normalizedEmail(p.email);
    p.phone = Validators::normalizedPhone(p.phone, region);
    p.website = p.website.trimmed().isEmpty() ? QString() : Validators::normalizedWebSite(p.website);
    return p;
}

Result<PartnerAccount> AccountService::reloadAccount(const QString& id) const
{
    auto account = PartnerStore::accountById(m_workspace.db(), id);
    if (!account) {
        return account.error();
    }
    if (!account->has_value()) {
        return Error(ErrorCode::NotFound, tr("The partner account no longer exists in this workspace."));
    }
    return account->value();
}

Result<PartnerAccount> AccountService::account(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto fresh = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!fresh) {
        return fresh.error();
    }
    return *fresh->partner;
}

Result<PartnerAccount> AccountService::updateLegalProfile(const Session& session, const LegalBusinessProfile& input)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<PartnerAccount> {
        auto actor = m_workspace.authorize(session, Action::EditLegalProfile);
        if (!actor) {
            return actor.error();
        }
        // Validate what was typed, as the GUI does: normalizing first would turn a phone number
        // without "+" into one with a wrong country code.
        const QList<Error> errors = validate(input);
        if (!errors.isEmpty()) {
            return errors.first();
        }
        const LegalBusinessProfile profile = normalized(input);
        const LegalBusinessProfile& before = actor->partner->legal;
        if (profile.address.country != before.address.country) {
            return Error(ErrorCode::InvalidInput,
                         tr("The country/region of a partner account is fixed when it enrolls and can't be changed."),
                         QStringLiteral("country"));
        }
        if (profile == before) {
            return *actor->partner;
        }
        const QJsonObject changes = AccountService::changes(before, profile, QStringLiteral("legalName"));
        Status stored
            = PartnerStore::updateLegalProfile(m_workspace.db(), actor->partner->id, profile, m_workspace.now());
        if (stored) {
            stored = m_workspace.audit(&actor.value(), QStringLiteral("partner.legalProfileUpdated"),
                                       QStringLiteral("PartnerAccount"), actor->partner->id, changes);
        }
        if (!stored) {
            return stored.error();
        }
        return reloadAccount(actor->partner->id);
    });
}

Result<PartnerAccount> AccountService::updateSupportProfile(const Session& session, const SupportProfile& input)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<PartnerAccount> {
        auto actor = m_workspace.authorize(session, Action::EditSupportProfile);
        if (!actor) {
            return actor.error();
        }
        // Validate what was typed, as the GUI does: normalizing first would turn a phone number
        // without "+" into one with a wrong country code.
        const QString country = actor->partner->legal.address.country;
        const QList<Error> errors = validate(input, country);
        if (!errors.isEmpty()) {
            return errors.first();
        }
        const SupportProfile profile = normalized(input, country);
        const SupportProfile& before = actor->partner->support;
        if (profile == before) {
            return *actor->partner;
        }
        QJsonObject changes;
        recordChange(changes, QStringLiteral("supportEmail"), before.email, profile.email);
        recordChange(changes, QStringLiteral("supportPhone"), before.phone, profile.phone);
        recordChange(changes, QStringLiteral("supportWebsite"), before.website, profile.website);
        Status stored
            = PartnerStore::updateSupportProfile(m_workspace.db(), actor->partner->id, profile, m_workspace.now());
        if (stored) {
            stored = m_workspace.audit(&actor.value(), QStringLiteral("partner.supportProfileUpdated"),
                                       QStringLiteral("PartnerAccount"), actor->partner->id, changes);
        }
        if (!stored) {
            return stored.error();
        }
        return reloadAccount(actor->partner->id);
    });
}

Result<PartnerAccount> AccountService::changePartnerId(const Session& session, const QString& input)
{
    const auto acting = m_workspace.actFor(session);
    return m_workspace.inTransaction([&]() -> Result<PartnerAccount> {
        auto actor = m_workspace.authorize(session, Action::EditPartnerId);
        if (!actor) {
            return actor.error();
        }
        Status valid = Validators::partnerId(input);
        if (!valid) {
            return valid.about(QStringLiteral("partnerId"));
        }
        const QString partnerId = Validators::normalizedPartnerId(input);
        const PartnerAccount& account = *actor->partner;
        if (partnerId == account.partnerId) {
            return account;
        }
        const QSqlDatabase db = m_workspace.db();
        auto current = DirectoryStore::mpnProfile(db, account.partnerId);
        auto wanted = DirectoryStore::mpnProfile(db, partnerId);
        if (!current || !wanted) {
            return current ? wanted.error() : current.error();
        }
        if (!wanted->has_value()) {
            return Error(ErrorCode::NotFound, tr("No MPN profile has the Partner ID %1.").arg(partnerId),
                         QStringLiteral("partnerId"));
        }
        const MpnProfile& profile = wanted->value();
        if (!current->has_value() || current->value().pmcAccountId != profile.pmcAccountId) {
            return Error(ErrorCode::PermissionDenied,
                         tr("The Partner ID %1 belongs to another Partner Membership Center account. Only profiles "
                            "of your organization's account can be linked.")
                             .arg(partnerId),
                         QStringLiteral("partnerId"));
        }
        auto tenant = DirectoryStore::tenantById(db, account.tenantId);
        if (!tenant || !tenant->has_value()) {
            return tenant ? Error(ErrorCode::NotFound, tr("Your organization no longer exists.")) : tenant.error();
        }
        Status usable = PartnerRules::mpnProfileUsable(profile, tenant->value().country);
        if (usable) {
            usable = PartnerRules::partnerIdAvailable(profile, account.id);
        }
        if (!usable) {
            return usable.error();
        }
        Status stored = PartnerStore::updatePartnerId(db, actor->user.id, account.id, partnerId, m_workspace.now());
        if (stored) {
            stored = m_workspace.audit(
                &actor.value(), QStringLiteral("partner.partnerIdChanged"), QStringLiteral("PartnerAccount"),
                account.id,
                {{QStringLiteral("partnerId"),
                  QJsonObject{{QStringLiteral("from"), account.partnerId}, {QStringLiteral("to"), partnerId}}}});
        }
        if (!stored) {
            return stored.error();
        }
        return reloadAccount(account.id);
    });
}

Result<QList<MpnProfile>> AccountService::mpnProfiles(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!actor) {
        return actor.error();
    }
    auto current = DirectoryStore::mpnProfile(m_workspace.db(), actor->partner->partnerId);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return QList<MpnProfile>();
    }
    return DirectoryStore::mpnProfiles(m_workspace.db(), current->value().pmcAccountId);
}

Result<QList<StatusChange>> AccountService::statusHistory(const Session& session) const
{
    const auto acting = m_workspace.actFor(session);
    auto actor = m_workspace.authorize(session, Action::ViewAccountSettings);
    if (!actor) {
        return actor.error();
    }
    return PartnerStore::statusHistory(m_workspace.db(), actor->partner->id);
}
