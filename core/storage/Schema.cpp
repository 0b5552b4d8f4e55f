#include "Schema.h"

#include "storage/AuditStore.h"
#include "storage/Rows.h"
#include "storage/SqlEngine.h"
#include "storage/SqlQuery.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

// Portable SQL: TEXT UUIDs and UTC ISO-8601 timestamps, INTEGER booleans, CHECKed enumerations.
// Name columns used for sorting keep a lower-cased copy (name_key) so an ordinary index serves
// case-insensitive order on every engine. What differs between engines comes from the engine's
// adapter; every step is the same numbered step on each.
//
// A step's code is frozen: it never calls the live stores or SearchText, whose later changes
// would change what an old step does.
QStringList version1(const SqlEngine& engine)
{
    const QString serial = engine.serialPrimaryKey();
    QStringList s;
    s << QStringLiteral(R"(CREATE TABLE tenants (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        domain_prefix TEXT NOT NULL UNIQUE CHECK (length(domain_prefix) BETWEEN 1 AND 27),
        country TEXT NOT NULL CHECK (length(country) = 2),
        is_program INTEGER NOT NULL DEFAULT 0 CHECK (is_program IN (0, 1)),
        created_at TEXT NOT NULL))")
      << QStringLiteral("CREATE UNIQUE INDEX tenants_single_program ON tenants (is_program) WHERE is_program = 1")
      << QStringLiteral(R"(CREATE TABLE tenant_users (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL REFERENCES tenants (id),
        upn TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        directory_role TEXT NOT NULL CHECK (directory_role IN ('GlobalAdministrator', 'User')),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        failed_sign_ins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL))")
      << QStringLiteral("CREATE INDEX tenant_users_by_tenant ON tenant_users (tenant_id, display_name)")
      << QStringLiteral(R"(CREATE TABLE pmc_accounts (
        id TEXT PRIMARY KEY,
        user_name TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        failed_sign_ins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL))")
      << QStringLiteral(R"(CREATE TABLE mpn_profiles (
        partner_id TEXT PRIMARY KEY CHECK (length(partner_id) BETWEEN 6 AND 7),
        pmc_account_id TEXT NOT NULL REFERENCES pmc_accounts (id),
        organization_name TEXT NOT NULL,
        country TEXT NOT NULL CHECK (length(country) = 2),
        status TEXT NOT NULL CHECK (status IN ('Active', 'Inactive', 'Suspended'))))")
      << QStringLiteral("CREATE INDEX mpn_profiles_by_account ON mpn_profiles (pmc_account_id, partner_id)")
      << QStringLiteral("CREATE INDEX mpn_profiles_by_name ON mpn_profiles (organization_name, partner_id)")
      << QStringLiteral(R"(CREATE TABLE partner_accounts (
        id TEXT PRIMARY KEY,
        tenant_id TEXT NOT NULL UNIQUE REFERENCES tenants (id),
        type TEXT NOT NULL CHECK (type IN ('IndirectReseller', 'IndirectProvider')),
        partner_id TEXT NOT NULL UNIQUE REFERENCES mpn_profiles (partner_id),
        legal_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        address_line1 TEXT NOT NULL,
        address_line2 TEXT,
        city TEXT NOT NULL,
        region TEXT,
        postal_code TEXT,
        country TEXT NOT NULL CHECK (length(country) = 2),
        contact_first_name TEXT NOT NULL,
        contact_last_name TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        support_email TEXT NOT NULL,
        support_phone TEXT NOT NULL,
        support_website TEXT,
        status TEXT NOT NULL CHECK (status IN ('PendingEmailVerification', 'UnderReview', 'Active', 'Rejected',
                                               'Suspended')),
        vetting_status TEXT CHECK (vetting_status IN ('EmailOwnership', 'EmailDomain', 'BusinessVerification',
                                                      'Decision')),
        rejection_reason TEXT,
        verification_code_hash TEXT,
        verification_expires_at TEXT,
        verification_failures INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))")
      << QStringLiteral("CREATE INDEX partner_accounts_by_type ON partner_accounts (type, status, name_key)")
      << QStringLiteral(R"(CREATE TABLE partner_status_history (
        id %1,
        partner_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT,
        actor_user_id TEXT REFERENCES tenant_users (id),
        at TEXT NOT NULL))")
             .arg(serial)
      << QStringLiteral(
             "CREATE INDEX partner_status_history_by_partner ON partner_status_history (partner_account_id, at)")
      << QStringLiteral(R"(CREATE TABLE partner_programs (
        partner_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        type TEXT NOT NULL CHECK (type IN ('IndirectReseller', 'IndirectProvider')),
        support_email TEXT NOT NULL,
        support_phone TEXT NOT NULL,
        support_website TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (partner_account_id, type)))")
      << QStringLiteral(R"(CREATE TABLE partner_roles (
        partner_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        user_id TEXT NOT NULL REFERENCES tenant_users (id),
        role TEXT NOT NULL CHECK (role IN ('AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin')),
        PRIMARY KEY (partner_account_id, user_id, role)))")
      << QStringLiteral("CREATE INDEX partner_roles_by_user ON partner_roles (user_id)")
      << QStringLiteral(R"(CREATE TABLE provider_listings (
        partner_account_id TEXT PRIMARY KEY REFERENCES partner_accounts (id),
        official INTEGER NOT NULL DEFAULT 1 CHECK (official IN (0, 1)),
        customer_support INTEGER NOT NULL DEFAULT 0 CHECK (customer_support IN (0, 1)),
        technical_assistance INTEGER NOT NULL DEFAULT 0 CHECK (technical_assistance IN (0, 1)),
        marketing_help INTEGER NOT NULL DEFAULT 0 CHECK (marketing_help IN (0, 1)),
        financing_and_credit INTEGER NOT NULL DEFAULT 0 CHECK (financing_and_credit IN (0, 1)),
        contact_name TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_phone TEXT,
        website TEXT,
        description TEXT))")
      << QStringLiteral(R"(CREATE TABLE provider_countries (
        partner_account_id TEXT NOT NULL REFERENCES provider_listings (partner_account_id),
        country TEXT NOT NULL CHECK (length(country) = 2),
        PRIMARY KEY (partner_account_id, country)))")
      << QStringLiteral(
             "CREATE INDEX provider_countries_by_country ON provider_countries (country, partner_account_id)")
      << QStringLiteral(R"(CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ResellerOfProvider', 'CustomerOfReseller',
                                           'CustomerOfResellerAndProvider')),
        token_hash TEXT NOT NULL UNIQUE,
        inviting_partner_id TEXT NOT NULL REFERENCES partner_accounts (id),
        provider_account_id TEXT REFERENCES partner_accounts (id),
        recipient_email TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'en',
        subject TEXT NOT NULL,
        message TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('Pending', 'Accepted', 'Expired', 'Revoked')),
        created_by_user_id TEXT NOT NULL REFERENCES tenant_users (id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        accepted_by_user_id TEXT REFERENCES tenant_users (id),
        accepted_tenant_id TEXT REFERENCES tenants (id),
        revoked_at TEXT))")
      << QStringLiteral("CREATE INDEX invitations_by_partner ON invitations (inviting_partner_id, status, created_at)")
      << QStringLiteral("CREATE INDEX invitations_by_provider ON invitations (provider_account_id, status)")
      << QStringLiteral(R"(CREATE TABLE indirect_relationships (
        id TEXT PRIMARY KEY,
        provider_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        reseller_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        status TEXT NOT NULL CHECK (status IN ('Active', 'Ended')),
        authorized_by_user_id TEXT REFERENCES tenant_users (id),
        invitation_id TEXT REFERENCES invitations (id),
        since TEXT NOT NULL,
        ended_at TEXT,
        ended_by_user_id TEXT REFERENCES tenant_users (id),
        CHECK (provider_account_id <> reseller_account_id)))")
      << QStringLiteral("CREATE UNIQUE INDEX indirect_relationships_one_active ON indirect_relationships "
                        "(provider_account_id, reseller_account_id) WHERE status = 'Active'")
      << QStringLiteral("CREATE INDEX indirect_relationships_by_reseller ON indirect_relationships "
                        "(reseller_account_id, status)")
      << QStringLiteral(R"(CREATE TABLE customers (
        seq %1,
        id TEXT NOT NULL UNIQUE,
        tenant_id TEXT NOT NULL UNIQUE REFERENCES tenants (id),
        company_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        address_line1 TEXT,
        address_line2 TEXT,
        city TEXT,
        region TEXT,
        postal_code TEXT,
        country TEXT NOT NULL CHECK (length(country) = 2),
        contact_first_name TEXT,
        contact_last_name TEXT,
        contact_email TEXT,
        contact_phone TEXT,
        created_at TEXT NOT NULL))")
             .arg(serial)
      << QStringLiteral("CREATE INDEX customers_by_name ON customers (name_key, id)")
      << QStringLiteral(R"(CREATE TABLE customer_relationships (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id),
        partner_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        delegated_admin INTEGER NOT NULL DEFAULT 0 CHECK (delegated_admin IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('Active', 'Ended')),
        invitation_id TEXT REFERENCES invitations (id),
        since TEXT NOT NULL,
        ended_at TEXT))")
      << QStringLiteral("CREATE UNIQUE INDEX customer_relationships_one_active ON customer_relationships "
                        "(customer_id, partner_account_id) WHERE status = 'Active'")
      << QStringLiteral("CREATE INDEX customer_relationships_by_partner ON customer_relationships "
                        "(partner_account_id, status, customer_id)")
      << QStringLiteral(R"(CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        billing_type TEXT NOT NULL CHECK (billing_type IN ('License', 'Usage')),
        term TEXT NOT NULL CHECK (term IN ('P1M', 'P1Y', 'P3Y'))))")
      << QStringLiteral(R"(CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id),
        offer_id TEXT NOT NULL REFERENCES offers (id),
        quantity INTEGER NOT NULL CHECK (quantity >= 0),
        term TEXT NOT NULL CHECK (term IN ('P1M', 'P1Y', 'P3Y')),
        status TEXT NOT NULL CHECK (status IN ('Active', 'Suspended', 'Cancelled')),
        partner_on_record TEXT NOT NULL REFERENCES mpn_profiles (partner_id),
        billed_by_account_id TEXT REFERENCES partner_accounts (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))")
      << QStringLiteral("CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id, status)")
      << QStringLiteral(R"(CREATE TABLE order_requests (
        id TEXT PRIMARY KEY,
        reseller_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        provider_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        customer_id TEXT NOT NULL REFERENCES customers (id),
        requested_by_user_id TEXT NOT NULL REFERENCES tenant_users (id),
        offer_id TEXT REFERENCES offers (id),
        subscription_id TEXT REFERENCES subscriptions (id),
        transaction_type TEXT NOT NULL CHECK (transaction_type IN ('New', 'AddQuantity', 'RemoveQuantity',
                                                                   'Cancel')),
        quantity INTEGER NOT NULL CHECK (quantity >= 0),
        note TEXT,
        status TEXT NOT NULL CHECK (status IN ('Open', 'Fulfilled', 'Declined')),
        decision_reason TEXT,
        decided_by_user_id TEXT REFERENCES tenant_users (id),
        created_at TEXT NOT NULL,
        decided_at TEXT))")
      << QStringLiteral("CREATE INDEX order_requests_by_provider ON order_requests (provider_account_id, status)")
      << QStringLiteral("CREATE INDEX order_requests_by_reseller ON order_requests (reseller_account_id, status)")
      << QStringLiteral(R"(CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id),
        submitted_by_partner_id TEXT NOT NULL REFERENCES partner_accounts (id),
        submitted_by_user_id TEXT NOT NULL REFERENCES tenant_users (id),
        partner_on_record TEXT NOT NULL REFERENCES mpn_profiles (partner_id),
        order_request_id TEXT REFERENCES order_requests (id),
        status TEXT NOT NULL CHECK (status IN ('Submitted', 'Completed', 'Failed')),
        created_at TEXT NOT NULL))")
      << QStringLiteral("CREATE INDEX orders_by_customer ON orders (customer_id, created_at)")
      << QStringLiteral("CREATE INDEX orders_by_partner ON orders (submitted_by_partner_id, created_at)")
      << QStringLiteral(R"(CREATE TABLE order_lines (
        id TEXT PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES orders (id),
        offer_id TEXT REFERENCES offers (id),
        subscription_id TEXT REFERENCES subscriptions (id),
        transaction_type TEXT NOT NULL CHECK (transaction_type IN ('New', 'AddQuantity', 'RemoveQuantity',
                                                                   'Cancel')),
        quantity INTEGER NOT NULL CHECK (quantity >= 0),
        CHECK (offer_id IS NOT NULL OR subscription_id IS NOT NULL)))")
      << QStringLiteral("CREATE INDEX order_lines_by_order ON order_lines (order_id)")
      << QStringLiteral(R"(CREATE TABLE license_assignments (
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
        user_id TEXT NOT NULL REFERENCES tenant_users (id),
        assigned_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, user_id)))")
      << QStringLiteral("CREATE INDEX license_assignments_by_user ON license_assignments (user_id)")
      << QStringLiteral(R"(CREATE TABLE referrals (
        id TEXT PRIMARY KEY,
        partner_account_id TEXT NOT NULL REFERENCES partner_accounts (id),
        referred_by_account_id TEXT REFERENCES partner_accounts (id),
        source TEXT NOT NULL CHECK (source IN ('OwnMarketing', 'MicrosoftReferral', 'IndirectProvider')),
        company_name TEXT NOT NULL,
        contact_name TEXT,
        contact_email TEXT,
        contact_phone TEXT,
        country TEXT CHECK (country IS NULL OR length(country) = 2),
        notes TEXT,
        status TEXT NOT NULL CHECK (status IN ('New', 'Accepted', 'Won', 'Lost')),
        invitation_id TEXT REFERENCES invitations (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))")
      << QStringLiteral("CREATE INDEX referrals_by_partner ON referrals (partner_account_id, status, created_at)")
      << QStringLiteral(R"(CREATE TABLE audit_events (
        id %1,
        at TEXT NOT NULL,
        actor_user_id TEXT REFERENCES tenant_users (id),
        partner_account_id TEXT REFERENCES partner_accounts (id),
        action TEXT NOT NULL,
        subject_type TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'))")
             .arg(serial)
      << QStringLiteral("CREATE INDEX audit_events_by_partner ON audit_events (partner_account_id, at)")
      << QStringLiteral("CREATE INDEX audit_events_by_subject ON audit_events (subject_type, subject_id)")
      << QStringLiteral(R"(CREATE TABLE outbox_messages (
        seq %1,
        id TEXT NOT NULL UNIQUE,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        kind TEXT NOT NULL,
        related_type TEXT,
        related_id TEXT,
        partner_account_id TEXT REFERENCES partner_accounts (id),
        created_at TEXT NOT NULL))")
             .arg(serial)
      << QStringLiteral("CREATE INDEX outbox_messages_by_partner ON outbox_messages (partner_account_id, seq)")
      << QStringLiteral("CREATE INDEX outbox_messages_by_related ON outbox_messages (related_type, related_id)");
    s << engine.appendOnlyTriggers(QStringLiteral("audit_events"));
    s << engine.fullTextIndex(QStringLiteral("customers"), QStringLiteral("seq"), {QStringLiteral("company_name")});
    return s;
}

// Customers at scale (ARCHITECTURE §9): the primary domain on the customer row; a name key of the
// name's words (sorting, and finding a first word by range); a search key of the words after the
// first, under a full-text index with short prefixes indexed too; an index for each sort order.
QStringList version2(const SqlEngine& engine)
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE customers ADD COLUMN domain TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("ALTER TABLE customers ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("UPDATE customers SET domain = (SELECT t.domain_prefix || '.onmicrosoft.com' FROM tenants t "
                        "WHERE t.id = customers.tenant_id)");
    s << engine.dropFullTextIndex(QStringLiteral("customers"));
    s << QStringLiteral("CREATE INDEX customers_by_domain ON customers (domain)")
      << QStringLiteral("CREATE INDEX customers_by_country ON customers (country, name_key, id)")
      << QStringLiteral("CREATE INDEX customer_relationships_by_partner_since ON customer_relationships "
                        "(partner_account_id, status, since, customer_id)")
      << QStringLiteral("CREATE INDEX subscriptions_by_offer ON subscriptions (offer_id)")
      << QStringLiteral("CREATE INDEX license_assignments_by_subscription ON license_assignments "
                        "(subscription_id, assigned_at)")
      << QStringLiteral("CREATE INDEX referrals_by_referrer ON referrals (referred_by_account_id, created_at)")
      // An offer is sold for one or more terms; a reseller's request names the term it asks for.
      << QStringLiteral(R"(CREATE TABLE offer_terms (
        offer_id TEXT NOT NULL REFERENCES offers (id),
        term TEXT NOT NULL CHECK (term IN ('P1M', 'P1Y', 'P3Y')),
        PRIMARY KEY (offer_id, term)))")
      << QStringLiteral("INSERT INTO offer_terms (offer_id, term) SELECT id, term FROM offers")
      << QStringLiteral("ALTER TABLE order_requests ADD COLUMN term TEXT "
                        "CHECK (term IS NULL OR term IN ('P1M', 'P1Y', 'P3Y'))");
    return s;
}

// The audit log refuses INSERT OR REPLACE over an existing event from any client: without
// recursive_triggers (the default of every other SQLite client) REPLACE deletes the clashing row
// without firing the DELETE trigger, so an insert of an existing id is refused before it.
QStringList version3(const SqlEngine& engine)
{
    return engine.noReplaceTriggers(QStringLiteral("audit_events"), QStringLiteral("id"));
}

// Two-step verification (TOTP, RFC 6238) for tenant users: a confirmed enrollment per user with
// the last time step a code was used for (a code is refused a second time), the salted hashes of
// the one-time recovery codes, and a partner's choice to require it of every user.
QStringList version5()
{
    QStringList s;
    s << QStringLiteral(R"(CREATE TABLE user_mfa (
        user_id TEXT PRIMARY KEY REFERENCES tenant_users (id),
        secret TEXT NOT NULL,
        recovery_salt TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        last_used_step INTEGER NOT NULL))")
      << QStringLiteral(R"(CREATE TABLE mfa_recovery_codes (
        user_id TEXT NOT NULL REFERENCES user_mfa (user_id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        used_at TEXT,
        PRIMARY KEY (user_id, code_hash)))")
      << QStringLiteral("ALTER TABLE partner_accounts ADD COLUMN require_mfa INTEGER NOT NULL DEFAULT 0 "
                        "CHECK (require_mfa IN (0, 1))");
    return s;
}

// Version 4's words of a name, frozen here as that version computed them, so that a later change
// to SearchText can't change what this step did: lower case, no diacritics, split wherever a code
// point (not a UTF-16 unit: 𠀀 is a surrogate pair) is neither a letter nor a digit.
QStringList version4Words(const QString& text)
{
    QStringList words;
    QString word;
    for (const char32_t c : text.normalized(QString::NormalizationForm_KD).toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing) {
            continue;
        }
        if (QChar::isLetterOrNumber(c)) {
            word += QStringView(QChar::fromUcs4(QChar::toLower(c)));
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words << word;
    }
    return words;
}

// A name's key (its words) and search key (the words after the first), never NULL: the columns
// are NOT NULL, and a one-word name has an empty search key.
std::pair<QString, QString> version4Keys(const QString& name)
{
    const QStringList words = version4Words(name);
    const QString nameKey = words.join(QLatin1Char(' '));
    const QString searchKey = words.mid(1).join(QLatin1Char(' '));
    return {nameKey.isNull() ? QStringLiteral("") : nameKey, searchKey.isNull() ? QStringLiteral("") : searchKey};
}

// The keys of version 2 as version 4 computes them (the same for every name in the Basic
// Multilingual Plane, which is all version 2 saw correctly): version 4 then has nothing to change.
Status searchKeysAndIndex(const QSqlDatabase& db)
{
    auto rows = SqlQuery::run(db, QStringLiteral("SELECT seq, company_name FROM customers"));
    if (!rows) {
        return rows.error();
    }
    QSqlQuery& q = rows.value();
    QList<QPair<qint64, QString>> names;
    while (q.next()) {
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    for (const auto& [seq, name] : names) {
        const auto [nameKey, searchKey] = version4Keys(name);
        Status updated
            = SqlQuery::run(db, QStringLiteral("UPDATE customers SET name_key = ?, search_key = ? WHERE seq = ?"),
                            {nameKey, searchKey, seq});
        if (!updated) {
            return updated;
        }
    }
    const SqlEngine& engine = SqlEngine::of(db);
    QStringList index = engine.fullTextIndex(QStringLiteral("customers"), QStringLiteral("seq"),
                                             {QStringLiteral("search_key")}, QStringLiteral("1 2 3"));
    index << engine.rebuildFullTextIndex(QStringLiteral("customers"));
    for (const QString& statement : index) {
        Status done = SqlQuery::run(db, statement);
        if (!done) {
            return done;
        }
    }
    return {};
}

// Names with words outside the Basic Multilingual Plane get the keys version 4 computes; the
// full-text index follows through its update trigger. Rows whose keys don't change aren't written.
Status searchKeysByCodePoint(const QSqlDatabase& db)
{
    auto rows = SqlQuery::run(db, QStringLiteral("SELECT seq, company_name, name_key, search_key FROM customers"));
    if (!rows) {
        return rows.error();
    }
    struct Keys
    {
        qint64 seq;
        QString nameKey;
        QString searchKey;
    };
    QList<Keys> changed;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        const auto [nameKey, searchKey] = version4Keys(q.value(1).toString());
        if (nameKey != q.value(2).toString() || searchKey != q.value(3).toString()) {
            changed.append({q.value(0).toLongLong(), nameKey, searchKey});
        }
    }
    for (const Keys& keys : changed) {
        Status updated
            = SqlQuery::run(db, QStringLiteral("UPDATE customers SET name_key = ?, search_key = ? WHERE seq = ?"),
                            {keys.nameKey, keys.searchKey, keys.seq});
        if (!updated) {
            return updated;
        }
    }
    return {};
}

// S3 for what ended before it: a pair's indirect relationship that ended (and has not started
// again) ends the provider's relationships with the customers it reached only through that
// reseller, at the time the pair ended, as RelationshipService::end did when this step was
// written (CustomerStore::endProviderCustomersThroughReseller, copied here).
Status endedPairsEndProviderReach(const QSqlDatabase& db)
{
    auto rows = SqlQuery::run(db,
                              QStringLiteral("SELECT provider_account_id, reseller_account_id, max(ended_at) "
                                             "FROM indirect_relationships "
                                             "GROUP BY provider_account_id, reseller_account_id "
                                             "HAVING sum(CASE WHEN status = 'Active' THEN 1 ELSE 0 END) = 0 "
                                             "AND max(ended_at) IS NOT NULL"));
    if (!rows) {
        return rows.error();
    }
    struct Pair
    {
        QString provider;
        QString reseller;
        QDateTime ended;
    };
    QList<Pair> pairs;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        pairs.append({q.value(0).toString(), q.value(1).toString(), Rows::fromIso(q.value(2))});
    }
    for (const Pair& pair : std::as_const(pairs)) {
        Status ended = SqlQuery::run(
            db,
            QStringLiteral("UPDATE customer_relationships SET status = 'Ended', ended_at = ? "
                           "WHERE partner_account_id = ? AND status = 'Active' "
                           "AND (customer_id IN (SELECT rs.customer_id FROM customer_relationships rs "
                           "WHERE rs.partner_account_id = ? AND rs.status = 'Active') "
                           "OR customer_id IN (SELECT c.id FROM invitations i JOIN customers c ON c.tenant_id = "
                           "i.accepted_tenant_id WHERE i.inviting_partner_id = ? AND i.status = 'Accepted' "
                           "AND i.provider_account_id = ?)) "
                           "AND NOT EXISTS (SELECT 1 FROM customer_relationships o JOIN indirect_relationships ir "
                           "ON ir.reseller_account_id = o.partner_account_id AND ir.provider_account_id = ? "
                           "AND ir.status = 'Active' "
                           "WHERE o.customer_id = customer_relationships.customer_id AND o.status = 'Active' "
                           "AND o.partner_account_id <> ?)"),
            {Rows::iso(pair.ended), pair.provider, pair.reseller, pair.reseller, pair.provider, pair.provider,
             pair.reseller});
        if (!ended) {
            return ended;
        }
    }
    return {};
}

// S2 for what was sent before: the outbox, which everyone of the partner reads, held the
// verification code in plain text. The code leaves the message (its line keeps its place), and a
// code that was readable there no longer verifies: the applicant sends a new one, which goes to
// the primary contact alone.
Status plainCodesLeaveTheOutbox(const QSqlDatabase& db)
{
    auto rows = SqlQuery::run(db,
                              QStringLiteral("SELECT seq, body, partner_account_id FROM outbox_messages "
                                             "WHERE kind = 'enrollment.verificationCode'"));
    if (!rows) {
        return rows.error();
    }
    // The code stood alone on its line: "    123456".
    static const QRegularExpression codeLine(QStringLiteral("^(\\s*)\\d{6}(\\s*)$"),
                                             QRegularExpression::MultilineOption);
    struct Message
    {
        qint64 seq;
        QString body;
        QString account;
    };
    QList<Message> messages;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        QString body = q.value(1).toString();
        if (body.contains(codeLine)) {
            body.replace(codeLine, QStringLiteral("\\1••••••\\2"));
            messages.append({q.value(0).toLongLong(), body, q.value(2).toString()});
        }
    }
    for (const Message& message : std::as_const(messages)) {
        Status rewritten = SqlQuery::run(db, QStringLiteral("UPDATE outbox_messages SET body = ? WHERE seq = ?"),
                                         {message.body, message.seq});
        if (rewritten) {
            rewritten = SqlQuery::run(db,
                                      QStringLiteral("UPDATE partner_accounts SET verification_code_hash = NULL, "
                                                     "verification_expires_at = NULL WHERE id = ?"),
                                      {message.account});
        }
        if (!rewritten) {
            return rewritten;
        }
    }
    return {};
}

// Version 8: the audit log becomes a hash chain. The events written before it are chained in id
// order with AuditStore::linkHash, whose format is fixed for good (every event is verified with
// it), with the append-only triggers lifted for this transaction only.
QStringList version8()
{
    return {QStringLiteral("ALTER TABLE audit_events ADD COLUMN prev_hash TEXT"),
            QStringLiteral("ALTER TABLE audit_events ADD COLUMN row_hash TEXT")};
}

Status chainEarlierAuditEvents(const QSqlDatabase& db)
{
    const SqlEngine& engine = SqlEngine::of(db);
    const QString table = QStringLiteral("audit_events");
    // Read first: a server connection can't run an UPDATE while it streams a SELECT.
    auto rows = SqlQuery::run(
        db,
        QStringLiteral("SELECT id, at, actor_user_id, partner_account_id, action, subject_type, subject_id, "
                       "details FROM audit_events ORDER BY id"));
    if (!rows) {
        return rows.error();
    }
    QList<QPair<qint64, QVariantList>> events;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        QVariantList values;
        for (int column = 1; column <= 7; ++column) {
            values << q.value(column);
        }
        events.append({q.value(0).toLongLong(), values});
    }
    if (events.isEmpty()) {
        return {};
    }
    for (const QString& statement : engine.suspendAppendOnly(table)) {
        if (auto done = SqlQuery::run(db, statement); !done) {
            return done.error();
        }
    }
    QString previous = AuditStore::FirstPrevious;
    for (const auto& [id, values] : std::as_const(events)) {
        const QString hash = AuditStore::linkHash(previous, values);
        if (Status chained
            = SqlQuery::runOne(db, QStringLiteral("UPDATE audit_events SET prev_hash = ?, row_hash = ? WHERE id = ?"),
                               {previous, hash, id});
            !chained) {
            return chained;
        }
        previous = hash;
    }
    for (const QString& statement : engine.resumeAppendOnly(table)) {
        if (auto done = SqlQuery::run(db, statement); !done) {
            return done.error();
        }
    }
    return {};
}

// Version 9: on a shared workspace the database enforces who reads and writes what (each person's
// login, row-level security, privileges); its roles carry a key of this workspace's own, as roles
// belong to the whole server. Nothing on a SQLite file.
QStringList version9(const SqlEngine& engine)
{
    const quint64 random = QRandomGenerator::system()->generate64() & 0xFF'FFFF'FFFF; // ten hex digits
    const QString key = QStringLiteral("pd") + QString::number(random, 16).rightJustified(10, QLatin1Char('0'));
    return engine.databaseRights(9, key);
}

// Version 11: the names of the people lists show beside what they did, and the partner an MPN
// profile is linked to. A shared workspace shows each person only those they may know
// (postgresql-rights-11.sql).
QStringList version11(const SqlEngine& engine)
{
    if (engine.enforcesRights()) {
        return {};
    }
    return {QStringLiteral("CREATE VIEW people_names AS SELECT id, tenant_id, display_name FROM tenant_users"),
            QStringLiteral("CREATE VIEW mpn_profile_links AS "
                           "SELECT partner_id, id AS account_id, legal_name FROM partner_accounts")};
}

// The grants of version 11 and later name the workspace's roles, whose key version 9 made and
// stored.
Status rightsOfVersion(const QSqlDatabase& db, int version)
{
    const SqlEngine& engine = SqlEngine::of(db);
    if (!engine.enforcesRights()) {
        return {};
    }
    auto key = SqlQuery::scalar(db, QStringLiteral("SELECT workspace_key FROM rights.workspace"));
    if (!key) {
        return key.error();
    }
    for (const QString& statement : engine.databaseRights(version, key->toString())) {
        auto done = SqlQuery::run(db, statement);
        if (!done) {
            return done.error();
        }
    }
    return {};
}

} // namespace

QList<Migration> Schema::migrations(const SqlEngine& engine)
{
    return {
        {1,
         QStringLiteral("Domain model: directory, partners, relationships, customers, commerce, audit, outbox"),
         version1(engine),
         {}},
        {2, QStringLiteral("Customers at scale: primary domain, search key, prefix index, sort indexes; offer terms"),
         version2(engine), searchKeysAndIndex},
        {3, QStringLiteral("Audit log: an event's id can't be inserted again"), version3(engine), {}},
        {4,
         QStringLiteral("Search words outside the Basic Multilingual Plane: customers' name and search keys"),
         {},
         searchKeysByCodePoint},
        {5, QStringLiteral("Two-step verification: enrollments, recovery codes, partner requirement"), version5(), {}},
        {6,
         QStringLiteral("Relationships ended before: the provider's reach through the reseller ends too"),
         {},
         endedPairsEndProviderReach},
        {7,
         QStringLiteral("Verification codes sent before: out of the outbox, no longer valid"),
         {},
         plainCodesLeaveTheOutbox},
        {8, QStringLiteral("Audit log: a hash chain, each event sealed together with the one before it"), version8(),
         chainEarlierAuditEvents},
        {9,
         QStringLiteral("Shared workspaces: a login for each person, row-level security, privileges"),
         version9(engine),
         {}},
        {10,
         QStringLiteral("Shared workspaces: the steps that cross partners go through functions of the database"),
         engine.databaseRights(10),
         {}},
        {11,
         QStringLiteral("Shared workspaces: each desk works with the signed-in person's own login; names one may see"),
         version11(engine), [](const QSqlDatabase& db) { return rightsOfVersion(db, 11); }},
        {12,
         QStringLiteral("Shared workspaces: the program administrator adds profiles and providers on their own login"),
         {},
         [](const QSqlDatabase& db) { return rightsOfVersion(db, 12); }},
        {13,
         QStringLiteral("Shared workspaces: desks sign in through the gate; two-step verification in the database"),
         {},
         [](const QSqlDatabase& db) { return rightsOfVersion(db, 13); }},
        {14,
         QStringLiteral("Shared workspaces: Partner Membership Center sign-in and enrolling through the gate"),
         {},
         [](const QSqlDatabase& db) { return rightsOfVersion(db, 14); }},
        {15,
         QStringLiteral("Shared workspaces: a partner reads who changed its status"),
         {},
         [](const QSqlDatabase& db) { return rightsOfVersion(db, 15); }},
        // The Activity log pages a partner's events newest first and lists who wrote them.
        {16,
         QStringLiteral("Activity log: a partner's events by number and by who wrote them, read by its Admin agents"),
         {QStringLiteral("CREATE INDEX audit_events_by_partner_id ON audit_events (partner_account_id, id)"),
          QStringLiteral("CREATE INDEX audit_events_by_actor ON audit_events (actor_user_id, partner_account_id)")},
         [](const QSqlDatabase& db) { return rightsOfVersion(db, 16); }},
        // Messages to a partner go out in its primary contact's language (existing ones: English,
        // which they were written in). A workspace brought back to an earlier version keeps the
        // column, so it is added only where it is missing.
        {17,
         QStringLiteral("Messages: the language a partner's primary contact reads them in"),
         {},
         [](const QSqlDatabase& db) -> Status {
             auto columns = SqlEngine::of(db).columns(db, QStringLiteral("partner_accounts"));
             if (!columns) {
                 return columns.error();
             }
             if (!columns->contains(QStringLiteral("contact_language"))) {
                 auto added = SqlQuery::run(db,
                                            QStringLiteral("ALTER TABLE partner_accounts ADD COLUMN contact_language "
                                                           "TEXT NOT NULL DEFAULT 'en' "
                                                           "CHECK (contact_language IN ('en', 'es'))"));
                 if (!added) {
                     return added.error();
                 }
             }
             return rightsOfVersion(db, 17);
         }},
        // A person's customer search reads the full-text index through a function of the owner's
        // (postgresql-rights-18.sql); a file has nothing to change.
        {18,
         QStringLiteral("Shared workspaces: a customer search reads the full-text index"),
         {},
         [](const QSqlDatabase& db) { return rightsOfVersion(db, 18); }},
    };
}

int Schema::latestVersion()
{
    return migrations(SqlEngine::sqlite()).constLast().version;
}
