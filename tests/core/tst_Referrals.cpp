// Referrals (C8) and who sees them (V1): a reseller records leads of its own marketing and
// Microsoft referrals; a provider refers leads to the resellers it works with and follows them; a
// lead moves New → Accepted → Won or Lost and becomes a customer invitation. Refusals write
// nothing.

#include "TestSupport.h"
#include "services/InvitationService.h"
#include "services/ReferralService.h"
#include "services/RelationshipService.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReferrals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void c8_resellerRecordsOwnMarketingLead();
    void c8_resellerRecordsMicrosoftReferral();
    void c8_resellerCannotClaimProviderSource();
    void c8_validateFieldByField_data();
    void c8_validateFieldByField();
    void c8_providerRefersLeadToItsReseller();
    void c8_providerWithoutRelationshipRefused();
    void c8_providerAfterRelationshipEndedRefused();
    void c8_resellerCannotReferAndProviderCannotAdd();
    void e10_providerNotActiveCannotRefer();
    void c8_referralBecomesInvitation();
    void c8_invitationMustBeResellersOwn();
    void s12_inviteRecordsAndLinksInOneTransaction();
    void c8_statusTransitions_data();
    void c8_statusTransitions();
    void c8_statusChangeInformsReferringProvider();
    void c8_referringProviderCannotChangeStatus();
    void u2_helpdeskAgentRefused();
    void v1_otherResellerSeesNothing();
    void v1_listsNewestFirst();

private:
    static ReferralDraft draft(const QString& company = u"Contoso Bakery"_s,
                               ReferralSource source = ReferralSource::OwnMarketing);
    ReferralService& referrals() { return m_tw->workspace().referrals(); }
    void connectPair();
    // Everything a refused call must leave as it was, referrals included.
    QStringList snapshot() const;
    QString recordCustomerInvitation(const Session& session, const QString& recipient,
                                     InvitationKind kind = InvitationKind::CustomerOfReseller);
    Session userWithRole(const PartnerFixture& partner, const QString& userName, PartnerRole role);
    // A referral of the reseller's, brought to status along allowed transitions.
    Referral referralIn(ReferralStatus status);

    std::unique_ptr<TestWorkspace> m_tw;
    ChannelFixture m_channel;
};

ReferralDraft TestReferrals::draft(const QString& company, ReferralSource source)
{
    ReferralDraft d;
    d.companyName = company;
    d.contactName = u"Avery Quinn"_s;
    d.contactEmail = u" avery@Contoso.example "_s;
    d.contactPhone = u"+1 425 555 0142"_s;
    d.country = u"US"_s;
    d.notes = u"Met at the Seattle cloud fair."_s;
    d.source = source;
    return d;
}

void TestReferrals::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto channel = m_tw->createProviderAndReseller();
    PD_VERIFY_OK(channel);
    m_channel = channel.value();
}

void TestReferrals::cleanup()
{
    m_tw.reset();
}

void TestReferrals::connectPair()
{
    auto link = m_tw->inviteReseller(m_channel.providerSession);
    PD_VERIFY_OK(link);
    PD_VERIFY_OK(m_tw->workspace().relationships().authorizeProvider(m_channel.resellerSession, link.value(), true));
}

QStringList TestReferrals::snapshot() const
{
    QStringList state = m_tw->snapshot();
    state << u"referrals=%1"_s.arg(m_tw->count(u"referrals"_s))
          << m_tw->scalar(u"SELECT group_concat(id || ':' || status || ':' || coalesce(invitation_id, '') || ':' || "
                          "updated_at) FROM referrals"_s)
                 .toString();
    return state;
}

QString TestReferrals::recordCustomerInvitation(const Session& session, const QString& recipient, InvitationKind kind)
{
    const QString provider
        = kind == InvitationKind::CustomerOfResellerAndProvider ? m_channel.provider.account.id : QString();
    auto made = m_tw->workspace().invitations().newDraft(session, kind, u"en"_s, provider);
    if (!made) {
        qWarning("%s", qPrintable(made.errorString()));
        return {};
    }
    made.value().recipientEmail = recipient;
    auto recorded = m_tw->workspace().invitations().record(session, made.value());
    if (!recorded) {
        qWarning("%s", qPrintable(recorded.errorString()));
        return {};
    }
    return recorded->id;
}

Session TestReferrals::userWithRole(const PartnerFixture& partner, const QString& userName, PartnerRole role)
{
    auto user = m_tw->addUser(partner.tenant, userName);
    if (!user || !m_tw->addRoles(partner.account.id, user->id, {role})) {
        qWarning("could not add %s", qPrintable(userName));
        return {};
    }
    auto session = m_tw->signIn(user->upn);
    return session ? session.value() : Session();
}

Referral TestReferrals::referralIn(ReferralStatus status)
{
    auto added = referrals().add(m_channel.resellerSession, draft());
    if (!added) {
        qWarning("%s", qPrintable(added.errorString()));
        return {};
    }
    QList<ReferralStatus> path;
    if (status == ReferralStatus::Accepted || status == ReferralStatus::Won) {
        path << ReferralStatus::Accepted;
    }
    if (status == ReferralStatus::Won || status == ReferralStatus::Lost) {
        path << status;
    }
    for (ReferralStatus step : path) {
        Status moved = referrals().setStatus(m_channel.resellerSession, added->id, step);
        if (!moved) {
            qWarning("%s", qPrintable(moved.errorString()));
        }
    }
    Referral r = added.value();
    r.status = status;
    return r;
}

void TestReferrals::c8_resellerRecordsOwnMarketingLead()
{
    auto added = referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    QCOMPARE(added->source, ReferralSource::OwnMarketing);
    QCOMPARE(added->status, ReferralStatus::New);
    QCOMPARE(added->partnerAccountId, m_channel.reseller.account.id);
    QCOMPARE(added->partnerName, m_channel.reseller.account.legal.legalName);
    QVERIFY(added->referredByAccountId.isEmpty());
    QCOMPARE(added->companyName, u"Contoso Bakery"_s);
    QCOMPARE(added->contactEmail, u"avery@contoso.example"_s); // trimmed, domain in lower case
    QCOMPARE(added->contactPhone, u"+14255550142"_s);
    QCOMPARE(added->created, m_tw->clock().now());

    auto listed = referrals().referrals(m_channel.resellerSession);
    PD_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().id, added->id);
    QCOMPARE(listed->constFirst().notes, u"Met at the Seattle cloud fair."_s);

    QCOMPARE(m_tw->scalar(u"SELECT source || ':' || status FROM referrals"_s).toString(), u"OwnMarketing:New"_s);
    QCOMPARE(m_tw->scalar(u"SELECT partner_account_id FROM audit_events WHERE action = 'referral.created' AND "
                          "subject_id = ?"_s,
                          {added->id})
                 .toString(),
             m_channel.reseller.account.id);
    QCOMPARE(m_tw->count(u"outbox_messages"_s), 0); // nobody else to tell
}

void TestReferrals::c8_resellerRecordsMicrosoftReferral()
{
    auto added = referrals().add(m_channel.resellerSession, draft(u"Fabrikam"_s, ReferralSource::MicrosoftReferral));
    PD_VERIFY_OK(added);
    QCOMPARE(added->source, ReferralSource::MicrosoftReferral);
    QCOMPARE(m_tw->scalar(u"SELECT source FROM referrals"_s).toString(), u"MicrosoftReferral"_s);
}

void TestReferrals::c8_resellerCannotClaimProviderSource()
{
    const QStringList before = snapshot();
    auto refused = referrals().add(m_channel.resellerSession, draft(u"Fabrikam"_s, ReferralSource::IndirectProvider));
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"source"_s);
    QCOMPARE(snapshot(), before);
}

void TestReferrals::c8_validateFieldByField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField"); // empty: valid

    QTest::newRow("company empty") << u"companyName"_s << u"  "_s << u"companyName"_s;
    QTest::newRow("company too long") << u"companyName"_s << QString(201, u'x') << u"companyName"_s;
    QTest::newRow("contact name optional") << u"contactName"_s << QString() << QString();
    QTest::newRow("contact name too long") << u"contactName"_s << QString(201, u'x') << u"contactName"_s;
    QTest::newRow("email empty") << u"contactEmail"_s << QString() << u"contactEmail"_s;
    QTest::newRow("email without at") << u"contactEmail"_s << u"avery.contoso.example"_s << u"contactEmail"_s;
    QTest::newRow("phone optional") << u"contactPhone"_s << QString() << QString();
    QTest::newRow("phone too short") << u"contactPhone"_s << u"+1 42"_s << u"contactPhone"_s;
    QTest::newRow("country optional") << u"country"_s << QString() << QString();
    QTest::newRow("country unknown") << u"country"_s << u"XX"_s << u"country"_s;
    QTest::newRow("notes too long") << u"notes"_s << QString(4001, u'x') << u"notes"_s;
}

void TestReferrals::c8_validateFieldByField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);
    ReferralDraft d = draft();
    QVERIFY(referrals().validate(d).isEmpty());
    if (field == u"companyName"_s) {
        d.companyName = value;
    } else if (field == u"contactName"_s) {
        d.contactName = value;
    } else if (field == u"contactEmail"_s) {
        d.contactEmail = value;
    } else if (field == u"contactPhone"_s) {
        d.contactPhone = value;
    } else if (field == u"country"_s) {
        d.country = value;
    } else if (field == u"notes"_s) {
        d.notes = value;
    }
    const QList<Error> errors = referrals().validate(d);
    if (expectedField.isEmpty()) {
        QVERIFY(errors.isEmpty());
        PD_VERIFY_OK(referrals().add(m_channel.resellerSession, d));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field(), expectedField);
    QVERIFY(!errors.constFirst().message().isEmpty());
    const QStringList before = snapshot();
    auto refused = referrals().add(m_channel.resellerSession, d);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), expectedField);
    QCOMPARE(snapshot(), before);
}

void TestReferrals::c8_providerRefersLeadToItsReseller()
{
    connectPair();
    const int messagesBefore = m_tw->count(u"outbox_messages"_s);
    // The draft's source is the provider's to decide: a referred lead comes from it.
    auto referred = referrals().refer(m_channel.providerSession, m_channel.reseller.account.id,
                                      draft(u"Northwind Traders"_s, ReferralSource::MicrosoftReferral));
    PD_VERIFY_OK(referred);
    QCOMPARE(referred->source, ReferralSource::IndirectProvider);
    QCOMPARE(referred->status, ReferralStatus::New);
    QCOMPARE(referred->partnerAccountId, m_channel.reseller.account.id);
    QCOMPARE(referred->referredByAccountId, m_channel.provider.account.id);
    QCOMPARE(referred->referredByName, m_channel.provider.account.legal.legalName);

    // The reseller works on it; the provider follows it.
    auto resellerList = referrals().referrals(m_channel.resellerSession);
    PD_VERIFY_OK(resellerList);
    QCOMPARE(resellerList->size(), 1);
    QCOMPARE(resellerList->constFirst().id, referred->id);
    QCOMPARE(resellerList->constFirst().referredByName, m_channel.provider.account.legal.legalName);
    auto providerList = referrals().referrals(m_channel.providerSession);
    PD_VERIFY_OK(providerList);
    QCOMPARE(providerList->size(), 1);
    QCOMPARE(providerList->constFirst().partnerName, m_channel.reseller.account.legal.legalName);

    // Audited on both sides.
    QStringList sides{m_channel.provider.account.id, m_channel.reseller.account.id};
    sides.sort();
    QCOMPARE(m_tw->scalar(u"SELECT group_concat(partner_account_id, ',') FROM (SELECT partner_account_id FROM "
                          "audit_events WHERE action = 'referral.referred' AND subject_id = ? ORDER BY "
                          "partner_account_id) AS sides"_s,
                          {referred->id})
                 .toString()
                 .split(u','),
             sides);
    // The reseller's primary contact hears of it, with what it needs to follow up.
    QCOMPARE(m_tw->count(u"outbox_messages"_s), messagesBefore + 1);
    QCOMPARE(m_tw->scalar(u"SELECT recipient FROM outbox_messages WHERE kind = 'referral.referred'"_s).toString(),
             m_channel.reseller.account.legal.contactEmail);
    QCOMPARE(
        m_tw->scalar(u"SELECT partner_account_id FROM outbox_messages WHERE kind = 'referral.referred'"_s).toString(),
        m_channel.reseller.account.id);
    const QString body
        = m_tw->scalar(u"SELECT body FROM outbox_messages WHERE kind = 'referral.referred'"_s).toString();
    QVERIFY2(body.contains(u"Northwind Traders"_s), qPrintable(body));
    QVERIFY(body.contains(u"avery@contoso.example"_s));
    QVERIFY(body.contains(m_channel.provider.account.legal.legalName));
    QVERIFY(body.contains(u"Met at the Seattle cloud fair."_s));
}

void TestReferrals::c8_providerWithoutRelationshipRefused()
{
    // The fixture's pair has not connected yet.
    const QStringList before = snapshot();
    auto refused = referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft());
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.error().field(), u"reseller"_s);
    QCOMPARE(snapshot(), before);

    // Nor to a reseller that works with another provider, nor to an unknown id.
    auto other = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(other);
    PD_VERIFY_OK(m_tw->addListing(other->account.id, {u"US"_s}));
    auto otherSession = m_tw->signIn(other->admin.upn);
    PD_VERIFY_OK(otherSession);
    connectPair();
    const QStringList connected = snapshot();
    PD_VERIFY_ERROR(referrals().refer(otherSession.value(), m_channel.reseller.account.id, draft()),
                    ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(referrals().refer(m_channel.providerSession, u"no-such-reseller"_s, draft()),
                    ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), connected);
}

void TestReferrals::c8_providerAfterRelationshipEndedRefused()
{
    connectPair();
    PD_VERIFY_OK(referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft()));
    auto relationships = m_tw->workspace().relationships().resellersOf(m_channel.providerSession);
    PD_VERIFY_OK(relationships);
    PD_VERIFY_OK(m_tw->workspace().relationships().end(m_channel.resellerSession, relationships->constFirst().id));
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft(u"Tailspin"_s)),
                    ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
    // What it referred before stays on both sides.
    QCOMPARE(referrals().referrals(m_channel.providerSession)->size(), 1);
    auto kept = referrals().referrals(m_channel.resellerSession);
    PD_VERIFY_OK(kept);
    QCOMPARE(kept->size(), 1);
    // The lead is the reseller's own: it goes on working on it, and the provider's log hears of it.
    PD_VERIFY_OK(referrals().setStatus(m_channel.resellerSession, kept->constFirst().id, ReferralStatus::Lost));
    QCOMPARE(m_tw->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'referral.statusChanged' "
                          "AND partner_account_id = ?"_s,
                          {m_channel.provider.account.id})
                 .toInt(),
             1);
}

void TestReferrals::c8_resellerCannotReferAndProviderCannotAdd()
{
    connectPair();
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(referrals().refer(m_channel.resellerSession, m_channel.reseller.account.id, draft()),
                    ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(referrals().add(m_channel.providerSession, draft()), ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
}

void TestReferrals::e10_providerNotActiveCannotRefer()
{
    auto pending = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider, PartnerStatus::UnderReview);
    PD_VERIFY_OK(pending);
    auto pendingSession = m_tw->signIn(pending->admin.upn);
    PD_VERIFY_OK(pendingSession);
    const QStringList before = snapshot();
    auto refused = referrals().refer(pendingSession.value(), m_channel.reseller.account.id, draft());
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY2(refused.errorString().contains(u"under review"_s), qPrintable(refused.errorString()));
    QCOMPARE(snapshot(), before);
}

void TestReferrals::c8_referralBecomesInvitation()
{
    connectPair();
    auto referred = referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft());
    PD_VERIFY_OK(referred);
    const int messagesBefore = m_tw->count(u"outbox_messages"_s);

    // The reseller sends "Request a reseller relationship" to the lead's contact, then links it.
    const QString invitationId = recordCustomerInvitation(m_channel.resellerSession, referred->contactEmail);
    QVERIFY(!invitationId.isEmpty());
    m_tw->clock().advance(5);
    PD_VERIFY_OK(referrals().linkInvitation(m_channel.resellerSession, referred->id, invitationId));

    auto listed = referrals().referrals(m_channel.resellerSession);
    PD_VERIFY_OK(listed);
    QCOMPARE(listed->constFirst().status, ReferralStatus::Accepted);
    QCOMPARE(listed->constFirst().invitationId, invitationId);
    QCOMPARE(listed->constFirst().updated, m_tw->clock().now());
    QCOMPARE(m_tw->scalar(u"SELECT status || ':' || invitation_id FROM referrals"_s).toString(),
             u"Accepted:"_s + invitationId);
    QCOMPARE(m_tw->scalar(u"SELECT COUNT(*) FROM audit_events WHERE action = 'referral.invited'"_s).toInt(), 2);
    // The provider that referred it hears that it moved on.
    QCOMPARE(m_tw->count(u"outbox_messages"_s), messagesBefore + 1);
    QCOMPARE(m_tw->scalar(u"SELECT recipient FROM outbox_messages WHERE kind = 'referral.statusChanged'"_s).toString(),
             m_channel.provider.account.legal.contactEmail);

    // An Accepted referral may take a newer invitation (the first one expired, say) and stays
    // Accepted; a Lost one no longer becomes an invitation.
    const QString second = recordCustomerInvitation(m_channel.resellerSession, referred->contactEmail);
    PD_VERIFY_OK(referrals().linkInvitation(m_channel.resellerSession, referred->id, second));
    QCOMPARE(m_tw->scalar(u"SELECT status || ':' || invitation_id FROM referrals"_s).toString(),
             u"Accepted:"_s + second);
    PD_VERIFY_OK(referrals().setStatus(m_channel.resellerSession, referred->id, ReferralStatus::Lost));
    const QString third = recordCustomerInvitation(m_channel.resellerSession, referred->contactEmail);
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(referrals().linkInvitation(m_channel.resellerSession, referred->id, third),
                    ErrorCode::InvalidState);
    QCOMPARE(snapshot(), before);
}

void TestReferrals::s12_inviteRecordsAndLinksInOneTransaction()
{
    auto added = referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    auto made = m_tw->workspace().invitations().newDraft(m_channel.resellerSession, InvitationKind::CustomerOfReseller,
                                                         u"en"_s);
    PD_VERIFY_OK(made);
    made.value().recipientEmail = added->contactEmail;

    // The link step fails: the invitation isn't kept either.
    if (m_tw->onServer()) {
        PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                                   u"CREATE FUNCTION referrals_locked() RETURNS trigger LANGUAGE plpgsql "
                                   "AS 'BEGIN RAISE EXCEPTION ''referrals are locked''; END'"_s));
        PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                                   u"CREATE TRIGGER referrals_locked BEFORE UPDATE ON referrals "
                                   "FOR EACH ROW EXECUTE FUNCTION referrals_locked()"_s));
    } else {
        PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                                   u"CREATE TRIGGER referrals_locked BEFORE UPDATE ON referrals "
                                   "BEGIN SELECT RAISE(ABORT, 'referrals are locked'); END"_s));
    }
    const QStringList before = snapshot();
    auto failed = referrals().invite(m_channel.resellerSession, added->id, made.value());
    QVERIFY(!failed.ok());
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_tw->count(u"invitations"_s), 0);
    PD_VERIFY_OK(SqlQuery::run(m_tw->db(),
                               m_tw->onServer() ? u"DROP TRIGGER referrals_locked ON referrals"_s
                                                : u"DROP TRIGGER referrals_locked"_s));

    // Both halves together: a Pending invitation, and the referral Accepted and linked to it.
    auto invited = referrals().invite(m_channel.resellerSession, added->id, made.value());
    PD_VERIFY_OK(invited);
    QCOMPARE(invited->status, InvitationStatus::Pending);
    QCOMPARE(m_tw->scalar(u"SELECT status || ':' || invitation_id FROM referrals"_s).toString(),
             u"Accepted:"_s + invited->id);
    QCOMPARE(m_tw->scalar(u"SELECT COUNT(*) FROM audit_events WHERE action = 'referral.invited'"_s).toInt(), 1);
    // Recorded again (copied, then Done): the same invitation, linked once.
    auto again = referrals().invite(m_channel.resellerSession, added->id, made.value());
    PD_VERIFY_OK(again);
    QCOMPARE(again->id, invited->id);
    QCOMPARE(m_tw->count(u"invitations"_s), 1);
    QCOMPARE(m_tw->scalar(u"SELECT COUNT(*) FROM audit_events WHERE action = 'referral.invited'"_s).toInt(), 1);

    // A referral that can no longer become an invitation records none.
    PD_VERIFY_OK(referrals().setStatus(m_channel.resellerSession, added->id, ReferralStatus::Lost));
    auto another = m_tw->workspace().invitations().newDraft(m_channel.resellerSession,
                                                            InvitationKind::CustomerOfReseller, u"en"_s);
    PD_VERIFY_OK(another);
    another.value().recipientEmail = added->contactEmail;
    const QStringList lost = snapshot();
    PD_VERIFY_ERROR(referrals().invite(m_channel.resellerSession, added->id, another.value()), ErrorCode::InvalidState);
    QCOMPARE(snapshot(), lost);
}

void TestReferrals::c8_invitationMustBeResellersOwn()
{
    connectPair();
    auto added = referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    auto other = m_tw->createPartner(u"northwind"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(other);
    auto otherSession = m_tw->signIn(other->admin.upn);
    PD_VERIFY_OK(otherSession);
    const QString othersInvitation = recordCustomerInvitation(otherSession.value(), u"avery@contoso.example"_s);
    QVERIFY(!othersInvitation.isEmpty());
    auto resellerInvitation = m_tw->inviteReseller(m_channel.providerSession, u"someone@reseller.example"_s);
    PD_VERIFY_OK(resellerInvitation);
    const QString providersInvitation
        = m_tw->scalar(u"SELECT id FROM invitations WHERE kind = 'ResellerOfProvider' AND recipient_email = ?"_s,
                       {u"someone@reseller.example"_s})
              .toString();
    const QString revoked = recordCustomerInvitation(m_channel.resellerSession, u"avery@contoso.example"_s);
    PD_VERIFY_OK(m_tw->workspace().invitations().revoke(m_channel.resellerSession, revoked));

    const QStringList before = snapshot();
    PD_VERIFY_ERROR(referrals().linkInvitation(m_channel.resellerSession, added->id, othersInvitation),
                    ErrorCode::NotFound);
    PD_VERIFY_ERROR(referrals().linkInvitation(m_channel.resellerSession, added->id, providersInvitation),
                    ErrorCode::NotFound);
    PD_VERIFY_ERROR(referrals().linkInvitation(m_channel.resellerSession, added->id, u"no-such-invitation"_s),
                    ErrorCode::NotFound);
    PD_VERIFY_ERROR(referrals().linkInvitation(m_channel.resellerSession, added->id, revoked), ErrorCode::InvalidState);
    QCOMPARE(snapshot(), before);

    // An invitation with its provider is a customer invitation too.
    const QString withProvider = recordCustomerInvitation(m_channel.resellerSession, u"avery@contoso.example"_s,
                                                          InvitationKind::CustomerOfResellerAndProvider);
    QVERIFY(!withProvider.isEmpty());
    PD_VERIFY_OK(referrals().linkInvitation(m_channel.resellerSession, added->id, withProvider));
}

void TestReferrals::c8_statusTransitions_data()
{
    QTest::addColumn<ReferralStatus>("from");
    QTest::addColumn<ReferralStatus>("to");
    QTest::addColumn<bool>("allowed");

    for (ReferralStatus from : EnumValues<ReferralStatus>::all) {
        for (ReferralStatus to : EnumValues<ReferralStatus>::all) {
            const bool allowed = (from == ReferralStatus::New && to == ReferralStatus::Accepted)
                || (from == ReferralStatus::New && to == ReferralStatus::Lost)
                || (from == ReferralStatus::Accepted && to == ReferralStatus::Won)
                || (from == ReferralStatus::Accepted && to == ReferralStatus::Lost);
            const QString name = u"%1 to %2"_s.arg(Enums::key(from), Enums::key(to));
            QTest::newRow(qPrintable(name)) << from << to << allowed;
        }
    }
}

void TestReferrals::c8_statusTransitions()
{
    QFETCH(ReferralStatus, from);
    QFETCH(ReferralStatus, to);
    QFETCH(bool, allowed);
    const Referral r = referralIn(from);
    QVERIFY(!r.id.isEmpty());
    QCOMPARE(m_tw->scalar(u"SELECT status FROM referrals WHERE id = ?"_s, {r.id}).toString(), Enums::key(from));
    QCOMPARE(Referral::canMove(from, to), allowed); // what the page reads to enable its buttons

    const QStringList before = snapshot();
    m_tw->clock().advance(1);
    Status changed = referrals().setStatus(m_channel.resellerSession, r.id, to);
    if (allowed) {
        PD_VERIFY_OK(changed);
        QCOMPARE(m_tw->scalar(u"SELECT status FROM referrals WHERE id = ?"_s, {r.id}).toString(), Enums::key(to));
        QCOMPARE(m_tw->scalar(u"SELECT details FROM audit_events WHERE action = 'referral.statusChanged' ORDER BY id "
                              "DESC LIMIT 1"_s)
                     .toString()
                     .contains(u"\"status\":\"%1\""_s.arg(Enums::key(to))),
                 true);
    } else {
        PD_VERIFY_ERROR(changed, ErrorCode::InvalidState);
        // The refusal names both statuses.
        QVERIFY2(changed.errorString().contains(Enums::displayName(from)), qPrintable(changed.errorString()));
        QVERIFY2(changed.errorString().contains(Enums::displayName(to)), qPrintable(changed.errorString()));
        QCOMPARE(snapshot(), before);
    }
}

void TestReferrals::c8_statusChangeInformsReferringProvider()
{
    connectPair();
    auto referred = referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft());
    PD_VERIFY_OK(referred);
    const int before = m_tw->count(u"outbox_messages"_s);
    PD_VERIFY_OK(referrals().setStatus(m_channel.resellerSession, referred->id, ReferralStatus::Accepted));
    PD_VERIFY_OK(referrals().setStatus(m_channel.resellerSession, referred->id, ReferralStatus::Won));
    QCOMPARE(m_tw->count(u"outbox_messages"_s), before + 2);
    const QString subject
        = m_tw->scalar(u"SELECT subject FROM outbox_messages WHERE kind = 'referral.statusChanged' ORDER BY seq DESC"_s)
              .toString();
    QVERIFY2(subject.contains(u"Contoso Bakery"_s) && subject.contains(u"Won"_s), qPrintable(subject));
    QCOMPARE(m_tw->scalar(u"SELECT partner_account_id FROM outbox_messages WHERE kind = 'referral.statusChanged'"_s)
                 .toString(),
             m_channel.provider.account.id);
    auto providerList = referrals().referrals(m_channel.providerSession);
    PD_VERIFY_OK(providerList);
    QCOMPARE(providerList->constFirst().status, ReferralStatus::Won);
    QCOMPARE(m_tw->scalar(u"SELECT COUNT(*) FROM audit_events WHERE action = 'referral.statusChanged' AND "
                          "partner_account_id = ?"_s,
                          {m_channel.provider.account.id})
                 .toInt(),
             2);

    // The reseller's own leads have nobody else to tell.
    auto own = referrals().add(m_channel.resellerSession, draft(u"Fabrikam"_s));
    PD_VERIFY_OK(own);
    PD_VERIFY_OK(referrals().setStatus(m_channel.resellerSession, own->id, ReferralStatus::Lost));
    QCOMPARE(m_tw->count(u"outbox_messages"_s), before + 2);
}

void TestReferrals::c8_referringProviderCannotChangeStatus()
{
    connectPair();
    auto referred = referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft());
    PD_VERIFY_OK(referred);
    const QString invitationId = recordCustomerInvitation(m_channel.resellerSession, referred->contactEmail);
    const QStringList before = snapshot();
    Status refused = referrals().setStatus(m_channel.providerSession, referred->id, ReferralStatus::Accepted);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY(refused.errorString().contains(m_channel.reseller.account.legal.legalName));
    PD_VERIFY_ERROR(referrals().linkInvitation(m_channel.providerSession, referred->id, invitationId),
                    ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
}

void TestReferrals::u2_helpdeskAgentRefused()
{
    auto added = referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(added);
    const Session helpdesk = userWithRole(m_channel.reseller, u"hana"_s, PartnerRole::HelpdeskAgent);
    const Session sales = userWithRole(m_channel.reseller, u"sol"_s, PartnerRole::SalesAgent);
    QVERIFY(!helpdesk.can(Action::ManageReferrals));
    QVERIFY(sales.can(Action::ManageReferrals));
    const QStringList before = snapshot();
    PD_VERIFY_ERROR(referrals().referrals(helpdesk), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(referrals().add(helpdesk, draft(u"Fabrikam"_s)), ErrorCode::PermissionDenied);
    PD_VERIFY_ERROR(referrals().setStatus(helpdesk, added->id, ReferralStatus::Accepted), ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
    // A Sales agent works on leads like an Admin agent.
    PD_VERIFY_OK(referrals().setStatus(sales, added->id, ReferralStatus::Accepted));
    QCOMPARE(referrals().referrals(sales)->size(), 1);
}

void TestReferrals::v1_otherResellerSeesNothing()
{
    connectPair();
    auto own = referrals().add(m_channel.resellerSession, draft());
    PD_VERIFY_OK(own);
    auto referred = referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft(u"Tailspin"_s));
    PD_VERIFY_OK(referred);

    auto other = m_tw->createPartner(u"northwind"_s, PartnerType::IndirectReseller);
    PD_VERIFY_OK(other);
    auto otherSession = m_tw->signIn(other->admin.upn);
    PD_VERIFY_OK(otherSession);
    auto otherProvider = m_tw->createPartner(u"northstar"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(otherProvider);
    auto otherProviderSession = m_tw->signIn(otherProvider->admin.upn);
    PD_VERIFY_OK(otherProviderSession);

    auto seenByOther = referrals().referrals(otherSession.value());
    PD_VERIFY_OK(seenByOther);
    QVERIFY(seenByOther->isEmpty());
    auto seenByOtherProvider = referrals().referrals(otherProviderSession.value());
    PD_VERIFY_OK(seenByOtherProvider);
    QVERIFY(seenByOtherProvider->isEmpty());
    // The referring provider sees the lead it referred, not the reseller's own.
    auto seenByProvider = referrals().referrals(m_channel.providerSession);
    PD_VERIFY_OK(seenByProvider);
    QCOMPARE(seenByProvider->size(), 1);
    QCOMPARE(seenByProvider->constFirst().id, referred->id);

    const QString invitationId = recordCustomerInvitation(otherSession.value(), u"avery@contoso.example"_s);
    const QStringList before = snapshot();
    for (const QString& id : {own->id, referred->id}) {
        Status refused = referrals().setStatus(otherSession.value(), id, ReferralStatus::Lost);
        PD_VERIFY_ERROR(refused, ErrorCode::NotFound);
        QVERIFY(!refused.errorString().contains(u"Contoso"_s) && !refused.errorString().contains(u"Tailspin"_s));
        PD_VERIFY_ERROR(referrals().linkInvitation(otherSession.value(), id, invitationId), ErrorCode::NotFound);
        PD_VERIFY_ERROR(referrals().setStatus(otherProviderSession.value(), id, ReferralStatus::Lost),
                        ErrorCode::NotFound);
    }
    QCOMPARE(snapshot(), before);
}

void TestReferrals::v1_listsNewestFirst()
{
    connectPair();
    PD_VERIFY_OK(referrals().add(m_channel.resellerSession, draft(u"First"_s)));
    m_tw->clock().advance(10);
    PD_VERIFY_OK(referrals().refer(m_channel.providerSession, m_channel.reseller.account.id, draft(u"Second"_s)));
    m_tw->clock().advance(10);
    PD_VERIFY_OK(referrals().add(m_channel.resellerSession, draft(u"Third"_s, ReferralSource::MicrosoftReferral)));
    auto listed = referrals().referrals(m_channel.resellerSession);
    PD_VERIFY_OK(listed);
    QStringList companies;
    for (const Referral& r : listed.value()) {
        companies << r.companyName;
    }
    QCOMPARE(companies, (QStringList{u"Third"_s, u"Second"_s, u"First"_s}));
}

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_Referrals.moc"
