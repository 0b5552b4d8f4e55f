// Indirect providers (rules P1–P6) and what each partner sees of them (V1): finding a provider,
// inviting a reseller with a personalized link, authorizing, both sides' lists, ending.

#include "TestSupport.h"
#include "security/InvitationLinks.h"
#include "services/InvitationService.h"
#include "services/OutboxService.h"
#include "services/RelationshipService.h"
#include "storage/AuditStore.h"
#include "storage/CustomerStore.h"
#include "storage/PartnerStore.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIndirectRelationships : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void findProvidersServingResellersCountry_P1();
    void findProvidersFilteredByServices_P1_data();
    void findProvidersFilteredByServices_P1();
    void findProvidersRefusedToProviders_P1();

    void draftCarriesPersonalizedLink_P2();
    void draftWithoutItsLinkRefused_P2_data();
    void draftWithoutItsLinkRefused_P2();
    void recordStoresPendingInvitation_P2();
    void recordAgainUpdatesText_P2();
    void whoMayInvite_P2_E10_data();
    void whoMayInvite_P2_E10();
    void revokeEndsPendingInvitation_P2();
    void invitationExpiresAfter90Days_P2();

    void whoMayAuthorize_P3_data();
    void whoMayAuthorize_P3();
    void consentRequired_P3();
    void authorizeListsBothSides_P4();
    void authorizeAuditsAndMessagesBothSides_P4();
    void alreadyActiveRefused_P4();
    void countryNotServedRefused_P5();
    void countryServedAccepted_P5();
    void eitherSideEnds_P6_data();
    void eitherSideEnds_P6();
    void endNeedsAdminAgent_P6();
    void endedPairCanConnectAgain_P6();
    void endRevokesOlderResellerInvitations_S5_data();
    void endRevokesOlderResellerInvitations_S5();

    void sharedCustomersAndOtherPairs_C7_V1();

private:
    Session signIn(const PartnerFixture& partner);
    Session addUser(const PartnerFixture& partner, const QString& userName, PartnerRole role);
    // A provider serving countries, with its listing.
    PartnerFixture provider(const QString& prefix, const QStringList& countries = {u"US"_s},
                            const QList<ProviderService>& services
                            = {ProviderService::CustomerSupport, ProviderService::TechnicalAssistance,
                               ProviderService::MarketingHelp, ProviderService::FinancingAndCredit},
                            PartnerStatus status = PartnerStatus::Active, const QString& country = u"US"_s);
    PartnerFixture reseller(const QString& prefix, PartnerStatus status = PartnerStatus::Active,
                            const QString& country = u"US"_s);
    // The provider invites and the reseller's Admin agent accepts.
    IndirectRelationship connect(const Session& provider, const Session& reseller);
    QStringList names(const QList<ProviderListing>& listings);
    RelationshipService& relationships() { return m_tw->workspace().relationships(); }
    InvitationService& invitations() { return m_tw->workspace().invitations(); }

    std::unique_ptr<TestWorkspace> m_tw;
    PartnerFixture m_provider;
    PartnerFixture m_reseller;
    Session m_providerSession;
    Session m_resellerSession;
};

void TestIndirectRelationships::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    m_provider = provider(u"bluewater"_s, {u"US"_s, u"CA"_s});
    m_reseller = reseller(u"harborlight"_s);
    m_providerSession = signIn(m_provider);
    m_resellerSession = signIn(m_reseller);
}

void TestIndirectRelationships::cleanup()
{
    m_tw.reset();
}

Session TestIndirectRelationships::signIn(const PartnerFixture& partner)
{
    auto session = m_tw->signIn(partner.admin.upn);
    return session ? session.value() : Session();
}

Session TestIndirectRelationships::addUser(const PartnerFixture& partner, const QString& userName, PartnerRole role)
{
    auto user = m_tw->addUser(partner.tenant, userName);
    if (!user || !m_tw->addRoles(partner.account.id, user->id, {role})) {
        return {};
    }
    auto session = m_tw->signIn(user->upn);
    return session ? session.value() : Session();
}

PartnerFixture TestIndirectRelationships::provider(const QString& prefix, const QStringList& countries,
                                                   const QList<ProviderService>& services, PartnerStatus status,
                                                   const QString& country)
{
    auto created
        = m_tw->createPartner(prefix, PartnerType::IndirectProvider, status, {PartnerRole::AdminAgent}, country);
    if (!created || !m_tw->addListing(created->account.id, countries, services)) {
        qWarning("could not create provider %s", qPrintable(prefix));
        return {};
    }
    return created.value();
}

PartnerFixture TestIndirectRelationships::reseller(const QString& prefix, PartnerStatus status, const QString& country)
{
    auto created
        = m_tw->createPartner(prefix, PartnerType::IndirectReseller, status, {PartnerRole::AdminAgent}, country);
    return created ? created.value() : PartnerFixture();
}

IndirectRelationship TestIndirectRelationships::connect(const Session& provider, const Session& reseller)
{
    auto link = m_tw->inviteReseller(provider);
    if (!link) {
        qWarning("invite: %s", qPrintable(link.errorString()));
        return {};
    }
    auto relationship = relationships().authorizeProvider(reseller, link.value(), true);
    if (!relationship) {
        qWarning("authorize: %s", qPrintable(relationship.errorString()));
        return {};
    }
    return relationship.value();
}

QStringList TestIndirectRelationships::names(const QList<ProviderListing>& listings)
{
    QStringList result;
    for (const ProviderListing& listing : listings) {
        result << listing.name;
    }
    return result;
}

void TestIndirectRelationships::findProvidersServingResellersCountry_P1()
{
    const PartnerFixture spain
        = provider(u"altamira"_s, {u"ES"_s}, {ProviderService::CustomerSupport}, PartnerStatus::Active, u"ES"_s);
    const PartnerFixture suspended
        = provider(u"dormant"_s, {u"US"_s}, {ProviderService::CustomerSupport}, PartnerStatus::Suspended);
    const PartnerFixture canada = provider(u"northstar"_s, {u"CA"_s, u"US"_s}, {ProviderService::TechnicalAssistance},
                                           PartnerStatus::Active, u"CA"_s);
    auto found = relationships().findProviders(m_resellerSession);
    PD_VERIFY_OK(found);
    // The reseller's own country by default; suspended providers are not offered.
    QCOMPARE(names(found.value()), (QStringList{m_provider.account.legal.legalName, canada.account.legal.legalName}));
    const ProviderListing& first = found->constFirst();
    QCOMPARE(first.contactEmail, u"channel@provider.example"_s);
    QCOMPARE(first.countries, (QStringList{u"CA"_s, u"US"_s}));

    auto inSpain = relationships().findProviders(m_resellerSession, u"ES"_s);
    PD_VERIFY_OK(inSpain);
    QCOMPARE(names(inSpain.value()), QStringList{spain.account.legal.legalName});
    auto nowhere = relationships().findProviders(m_resellerSession, u"JP"_s);
    PD_VERIFY_OK(nowhere);
    QVERIFY(nowhere->isEmpty());
    QVERIFY(!names(found.value()).contains(suspended.account.legal.legalName));
}

void TestIndirectRelationships::findProvidersFilteredByServices_P1_data()
{
    QTest::addColumn<QList<ProviderService>>("services");
    QTest::addColumn<int>("expected");
    QTest::newRow("none asked") << QList<ProviderService>{} << 2;
    QTest::newRow("technical assistance") << QList<ProviderService>{ProviderService::TechnicalAssistance} << 2;
    QTest::newRow("financing and credit") << QList<ProviderService>{ProviderService::FinancingAndCredit} << 1;
    QTest::newRow("marketing and financing")
        << QList<ProviderService>{ProviderService::MarketingHelp, ProviderService::FinancingAndCredit} << 1;
}

void TestIndirectRelationships::findProvidersFilteredByServices_P1()
{
    QFETCH(QList<ProviderService>, services);
    QFETCH(int, expected);
    provider(u"northstar"_s, {u"US"_s}, {ProviderService::CustomerSupport, ProviderService::TechnicalAssistance});
    auto found = relationships().findProviders(m_resellerSession, u"US"_s, services);
    PD_VERIFY_OK(found);
    QCOMPARE(found->size(), expected);
    for (const ProviderListing& listing : found.value()) {
        for (ProviderService service : services) {
            QVERIFY(listing.services.contains(service));
        }
    }
}

void TestIndirectRelationships::findProvidersRefusedToProviders_P1()
{
    PD_VERIFY_ERROR(relationships().findProviders(m_providerSession), ErrorCode::PermissionDenied);
}

void TestIndirectRelationships::draftCarriesPersonalizedLink_P2()
{
    auto draft = invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(draft);
    PD_VERIFY_OK(InvitationLinks::tokenOf(draft->link));
    QVERIFY(draft->body.contains(draft->link));
    QVERIFY(draft->subject.contains(m_provider.account.legal.legalName));
    QVERIFY(draft->body.contains(m_provider.account.partnerId));
    QVERIFY(draft->body.contains(u"submit orders and add subscriptions"_s));
    QVERIFY(draft->body.contains(u"administrator access to your tenant"_s));
    // Nothing is stored until the draft leaves the dialog.
    QCOMPARE(m_tw->count(u"invitations"_s), 0);
    auto another = invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(another);
    QVERIFY(another->link != draft->link);
    PD_VERIFY_ERROR(invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"fr"_s),
                    ErrorCode::InvalidInput);
}

void TestIndirectRelationships::draftWithoutItsLinkRefused_P2_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("link removed") << u"remove"_s << u"body"_s;
    QTest::newRow("link altered") << u"alter"_s << u"body"_s;
    QTest::newRow("characters added to the link") << u"append"_s << u"body"_s;
    QTest::newRow("link cut short") << u"cut"_s << u"body"_s;
    QTest::newRow("no recipient") << u"noRecipient"_s << u"recipientEmail"_s;
    QTest::newRow("recipient without domain") << u"badRecipient"_s << u"recipientEmail"_s;
    QTest::newRow("no subject") << u"noSubject"_s << u"subject"_s;
    QTest::newRow("message too long") << u"huge"_s << u"body"_s;
}

void TestIndirectRelationships::draftWithoutItsLinkRefused_P2()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    auto made = invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(made);
    InvitationDraft draft = made.value();
    draft.recipientEmail = u"riley@harborlight.example"_s;
    const QString link = draft.link;
    if (change == "remove"_L1) {
        draft.body.replace(link, QString());
    } else if (change == "alter"_L1) {
        QString altered = link;
        altered[altered.size() - 3] = altered.at(altered.size() - 3) == u'x' ? u'y' : u'x';
        draft.body.replace(link, altered);
    } else if (change == "append"_L1) {
        draft.body.replace(link, link + u"x"_s);
    } else if (change == "cut"_L1) {
        draft.body.replace(link, link.chopped(4));
    } else if (change == "noRecipient"_L1) {
        draft.recipientEmail.clear();
    } else if (change == "badRecipient"_L1) {
        draft.recipientEmail = u"riley@"_s;
    } else if (change == "noSubject"_L1) {
        draft.subject = u"   "_s;
    } else if (change == "huge"_L1) {
        draft.body += QString(InvitationService::MessageMaxLength, u'x');
    }
    const QList<Error> problems = InvitationService::validate(draft);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field(), field);
    if (field == "body"_L1 && change != "huge"_L1) {
        QVERIFY(problems.constFirst().message().contains(link));
    }
    PD_VERIFY_ERROR(invitations().record(m_providerSession, draft), ErrorCode::InvalidInput);
    QCOMPARE(m_tw->count(u"invitations"_s), 0);
}

void TestIndirectRelationships::recordStoresPendingInvitation_P2()
{
    auto draft = invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"  Riley@HarborLight.example "_s;
    draft.value().body.prepend(u"Hi Riley, as discussed on the phone:\n\n"_s);
    auto recorded = invitations().record(m_providerSession, draft.value());
    PD_VERIFY_OK(recorded);
    QCOMPARE(recorded->status, InvitationStatus::Pending);
    QCOMPARE(recorded->recipientEmail, u"Riley@harborlight.example"_s);
    QCOMPARE(recorded->expires, m_tw->clock().now().addDays(90));

    auto sent = invitations().sent(m_providerSession, {InvitationKind::ResellerOfProvider});
    PD_VERIFY_OK(sent);
    QCOMPARE(sent->size(), 1);
    const Invitation& stored = sent->constFirst();
    QCOMPARE(stored.status, InvitationStatus::Pending);
    QCOMPARE(stored.createdByName, m_provider.admin.displayName);
    QVERIFY(stored.message.startsWith(u"Hi Riley, as discussed"_s));
    QVERIFY(stored.message.contains(Invitation::linkPlaceholder()));
    QVERIFY(!stored.message.contains(draft->link));
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"Invitation"_s, stored.id);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().action, u"invitation.created"_s);
    QCOMPARE(events->constFirst().partnerAccountId, m_provider.account.id);
}

void TestIndirectRelationships::recordAgainUpdatesText_P2()
{
    auto draft = invitations().newDraft(m_providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = u"riley@harborlight.example"_s;
    PD_VERIFY_OK(invitations().record(m_providerSession, draft.value()));
    draft.value().subject = u"Let's work together"_s;
    PD_VERIFY_OK(invitations().record(m_providerSession, draft.value()));
    QCOMPARE(m_tw->count(u"invitations"_s), 1);
    QCOMPARE(m_tw->scalar(u"SELECT subject FROM invitations"_s).toString(), u"Let's work together"_s);
    // Once accepted, the text is history.
    PD_VERIFY_OK(relationships().authorizeProvider(m_resellerSession, draft->link, true));
    draft.value().subject = u"Too late"_s;
    PD_VERIFY_ERROR(invitations().record(m_providerSession, draft.value()), ErrorCode::InvalidState);
}

void TestIndirectRelationships::whoMayInvite_P2_E10_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("provider Admin agent") << u"admin"_s << ErrorCode::None;
    QTest::newRow("provider Sales agent") << u"sales"_s << ErrorCode::None;
    QTest::newRow("provider Helpdesk agent") << u"helpdesk"_s << ErrorCode::PermissionDenied;
    QTest::newRow("reseller Admin agent") << u"reseller"_s << ErrorCode::PermissionDenied;
    QTest::newRow("suspended provider (E10)") << u"suspended"_s << ErrorCode::InvalidState;
}

void TestIndirectRelationships::whoMayInvite_P2_E10()
{
    QFETCH(QString, who);
    QFETCH(ErrorCode, expected);
    Session session = m_providerSession;
    if (who == "sales"_L1) {
        session = addUser(m_provider, u"sam"_s, PartnerRole::SalesAgent);
    } else if (who == "helpdesk"_L1) {
        session = addUser(m_provider, u"hale"_s, PartnerRole::HelpdeskAgent);
    } else if (who == "reseller"_L1) {
        session = m_resellerSession;
    } else if (who == "suspended"_L1) {
        session = signIn(provider(u"dormant"_s, {u"US"_s}, {}, PartnerStatus::Suspended));
    }
    auto link = m_tw->inviteReseller(session);
    QCOMPARE(link.code(), expected);
    QCOMPARE(m_tw->count(u"invitations"_s), expected == ErrorCode::None ? 1 : 0);
}

void TestIndirectRelationships::revokeEndsPendingInvitation_P2()
{
    auto link = m_tw->inviteReseller(m_providerSession);
    PD_VERIFY_OK(link);
    auto sent = invitations().sent(m_providerSession, {});
    PD_VERIFY_OK(sent);
    const QString id = sent->constFirst().id;
    auto revoked = invitations().revoke(m_providerSession, id);
    PD_VERIFY_OK(revoked);
    QCOMPARE(revoked->status, InvitationStatus::Revoked);
    PD_VERIFY_ERROR(invitations().revoke(m_providerSession, id), ErrorCode::InvalidState);
    auto refused = relationships().authorizeProvider(m_resellerSession, link.value(), true);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY(refused.errorString().contains(m_provider.account.legal.legalName));
    QCOMPARE(m_tw->count(u"indirect_relationships"_s), 0);
}

void TestIndirectRelationships::invitationExpiresAfter90Days_P2()
{
    auto link = m_tw->inviteReseller(m_providerSession);
    PD_VERIFY_OK(link);
    m_tw->clock().advance(89 * 24 * 60);
    PD_VERIFY_OK(invitations().open(link.value()));
    m_tw->clock().advance(24 * 60);
    auto sent = invitations().sent(m_providerSession, {});
    PD_VERIFY_OK(sent);
    QCOMPARE(sent->constFirst().status, InvitationStatus::Expired);
    PD_VERIFY_ERROR(invitations().open(link.value()), ErrorCode::InvalidState);
    PD_VERIFY_ERROR(invitations().revoke(m_providerSession, sent->constFirst().id), ErrorCode::InvalidState);
}

void TestIndirectRelationships::whoMayAuthorize_P3_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("reseller Admin agent") << u"admin"_s << ErrorCode::None;
    QTest::newRow("reseller Sales agent") << u"sales"_s << ErrorCode::PermissionDenied;
    QTest::newRow("reseller under review") << u"underReview"_s << ErrorCode::InvalidState;
    QTest::newRow("suspended reseller") << u"suspended"_s << ErrorCode::InvalidState;
    QTest::newRow("another provider") << u"provider"_s << ErrorCode::PermissionDenied;
    QTest::newRow("the inviting provider, reselling too (E9)") << u"self"_s << ErrorCode::InvalidInput;
    QTest::newRow("another provider, reselling too (E9)") << u"reselling provider"_s << ErrorCode::None;
    QTest::newRow("tenant without partner account") << u"unenrolled"_s << ErrorCode::PermissionDenied;
}

void TestIndirectRelationships::whoMayAuthorize_P3()
{
    QFETCH(QString, who);
    QFETCH(ErrorCode, expected);
    auto link = m_tw->inviteReseller(m_providerSession);
    PD_VERIFY_OK(link);
    Session session = m_resellerSession;
    if (who == "sales"_L1) {
        session = addUser(m_reseller, u"jordan"_s, PartnerRole::SalesAgent);
    } else if (who == "underReview"_L1) {
        session = signIn(reseller(u"newcomer"_s, PartnerStatus::UnderReview));
    } else if (who == "suspended"_L1) {
        session = signIn(reseller(u"paused"_s, PartnerStatus::Suspended));
    } else if (who == "provider"_L1) {
        session = signIn(provider(u"kestrel"_s));
    } else if (who == "self"_L1 || who == "reselling provider"_L1) {
        // A provider that also resells may authorize providers (on a shared workspace, the
        // database's function allows it by its reseller program too), but not itself.
        const PartnerFixture resellingProvider = who == "self"_L1 ? m_provider : provider(u"kestrel"_s);
        PartnerProgram program;
        program.type = PartnerType::IndirectReseller;
        program.support = resellingProvider.account.support;
        program.created = m_tw->clock().now();
        PD_VERIFY_OK(m_tw->workspace().inTransaction(
            [&]() { return PartnerStore::insertProgram(m_tw->db(), resellingProvider.account.id, program); }));
        session = signIn(resellingProvider);
        QVERIFY(session.can(Action::AuthorizeProvider));
    } else if (who == "unenrolled"_L1) {
        auto tenant = m_tw->createTenant(u"quillfeather"_s);
        PD_VERIFY_OK(tenant);
        auto signedIn = m_tw->signIn(tenant->admin.upn);
        PD_VERIFY_OK(signedIn);
        session = signedIn.value();
    }
    const QStringList before = m_tw->snapshot();
    auto checked = relationships().checkAuthorization(session, link.value());
    QCOMPARE(checked.code(), expected);
    auto authorized = relationships().authorizeProvider(session, link.value(), true);
    QCOMPARE(authorized.code(), expected);
    if (expected != ErrorCode::None) {
        QCOMPARE(m_tw->snapshot(), before);
        QVERIFY(!authorized.errorString().isEmpty());
    } else {
        QCOMPARE(authorized->status, RelationshipStatus::Active);
    }
}

void TestIndirectRelationships::consentRequired_P3()
{
    auto link = m_tw->inviteReseller(m_providerSession);
    PD_VERIFY_OK(link);
    const QStringList before = m_tw->snapshot();
    auto refused = relationships().authorizeProvider(m_resellerSession, link.value(), false);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), u"consent"_s);
    QVERIFY(refused.errorString().contains(u"submit orders and add subscriptions"_s));
    QVERIFY(refused.errorString().contains(u"administrator access to your tenant"_s));
    QCOMPARE(m_tw->snapshot(), before);
}

void TestIndirectRelationships::authorizeListsBothSides_P4()
{
    m_tw->clock().advance(60);
    const IndirectRelationship made = connect(m_providerSession, m_resellerSession);
    QCOMPARE(made.status, RelationshipStatus::Active);

    auto providers = relationships().providersOf(m_resellerSession);
    PD_VERIFY_OK(providers);
    QCOMPARE(providers->size(), 1);
    const IndirectRelationship& seenByReseller = providers->constFirst();
    QCOMPARE(seenByReseller.provider.name, m_provider.account.legal.legalName);
    QCOMPARE(seenByReseller.provider.partnerId, m_provider.account.partnerId);
    QCOMPARE(seenByReseller.provider.country, u"US"_s);
    QCOMPARE(seenByReseller.provider.support.email, m_provider.account.support.email);
    QCOMPARE(seenByReseller.since, m_tw->clock().now());
    QCOMPARE(seenByReseller.authorizedByName, m_reseller.admin.displayName);

    auto resellers = relationships().resellersOf(m_providerSession);
    PD_VERIFY_OK(resellers);
    QCOMPARE(resellers->size(), 1);
    const IndirectRelationship& seenByProvider = resellers->constFirst();
    QCOMPARE(seenByProvider.reseller.name, m_reseller.account.legal.legalName);
    QCOMPARE(seenByProvider.reseller.partnerId, m_reseller.account.partnerId);
    QCOMPARE(seenByProvider.reseller.status, PartnerStatus::Active);
    QCOMPARE(seenByProvider.sharedCustomers, 0);

    auto sent = invitations().sent(m_providerSession, {});
    PD_VERIFY_OK(sent);
    QCOMPARE(sent->constFirst().status, InvitationStatus::Accepted);
    QCOMPARE(sent->constFirst().acceptedByPartnerName, m_reseller.account.legal.legalName);
    QCOMPARE(sent->constFirst().accepted, m_tw->clock().now());
    PD_VERIFY_OK(relationships().requireActiveRelationship(m_providerSession, m_reseller.account.id));
}

void TestIndirectRelationships::authorizeAuditsAndMessagesBothSides_P4()
{
    const IndirectRelationship made = connect(m_providerSession, m_resellerSession);
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"IndirectRelationship"_s, made.id);
    PD_VERIFY_OK(events);
    QStringList sides;
    for (const AuditEvent& event : events.value()) {
        QCOMPARE(event.action, u"indirectRelationship.authorized"_s);
        QCOMPARE(event.actorUserId, m_reseller.admin.id);
        sides << event.partnerAccountId;
    }
    sides.sort();
    QStringList expected{m_provider.account.id, m_reseller.account.id};
    expected.sort();
    QCOMPARE(sides, expected);

    auto resellerMail = m_tw->workspace().outbox().messages(m_resellerSession);
    PD_VERIFY_OK(resellerMail);
    QCOMPARE(resellerMail->size(), 1);
    QCOMPARE(resellerMail->constFirst().recipient, m_reseller.account.legal.contactEmail);
    QVERIFY(resellerMail->constFirst().subject.contains(m_provider.account.legal.legalName));
    auto providerMail = m_tw->workspace().outbox().messages(m_providerSession);
    PD_VERIFY_OK(providerMail);
    QCOMPARE(providerMail->size(), 1);
    QCOMPARE(providerMail->constFirst().recipient, m_provider.account.legal.contactEmail);
}

void TestIndirectRelationships::alreadyActiveRefused_P4()
{
    connect(m_providerSession, m_resellerSession);
    auto second = m_tw->inviteReseller(m_providerSession);
    PD_VERIFY_OK(second);
    const QStringList before = m_tw->snapshot();
    auto refused = relationships().authorizeProvider(m_resellerSession, second.value(), true);
    PD_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QVERIFY(refused.errorString().contains(u"already your indirect provider"_s));
    QCOMPARE(m_tw->snapshot(), before);
}

void TestIndirectRelationships::countryNotServedRefused_P5()
{
    const PartnerFixture spain = provider(u"altamira"_s, {u"ES"_s, u"PT"_s}, {}, PartnerStatus::Active, u"ES"_s);
    auto link = m_tw->inviteReseller(signIn(spain));
    PD_VERIFY_OK(link);
    const QStringList before = m_tw->snapshot();
    auto refused = relationships().authorizeProvider(m_resellerSession, link.value(), true);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY2(refused.errorString().contains(u"Spain"_s) && refused.errorString().contains(u"Portugal"_s)
                 && refused.errorString().contains(u"United States"_s),
             qPrintable(refused.errorString()));
    QCOMPARE(m_tw->snapshot(), before);
}

void TestIndirectRelationships::countryServedAccepted_P5()
{
    const PartnerFixture canada = reseller(u"mapleleaf"_s, PartnerStatus::Active, u"CA"_s);
    const IndirectRelationship made = connect(m_providerSession, signIn(canada));
    QCOMPARE(made.reseller.country, u"CA"_s);
    QCOMPARE(made.status, RelationshipStatus::Active);
}

void TestIndirectRelationships::eitherSideEnds_P6_data()
{
    QTest::addColumn<bool>("byProvider");
    QTest::newRow("provider ends") << true;
    QTest::newRow("reseller ends") << false;
}

void TestIndirectRelationships::eitherSideEnds_P6()
{
    QFETCH(bool, byProvider);
    const IndirectRelationship made = connect(m_providerSession, m_resellerSession);
    m_tw->clock().advance(60);
    const Session& ender = byProvider ? m_providerSession : m_resellerSession;
    auto ended = relationships().end(ender, made.id);
    PD_VERIFY_OK(ended);
    QCOMPARE(ended->status, RelationshipStatus::Ended);
    QCOMPARE(ended->ended, m_tw->clock().now());
    QCOMPARE(ended->endedByName, (byProvider ? m_provider : m_reseller).admin.displayName);

    // History stays on both sides.
    auto providers = relationships().providersOf(m_resellerSession);
    auto resellers = relationships().resellersOf(m_providerSession);
    PD_VERIFY_OK(providers);
    PD_VERIFY_OK(resellers);
    QCOMPARE(providers->size(), 1);
    QCOMPARE(resellers->size(), 1);
    QCOMPARE(providers->constFirst().status, RelationshipStatus::Ended);
    QCOMPARE(resellers->constFirst().status, RelationshipStatus::Ended);
    QCOMPARE(providers->constFirst().since, made.since);

    // The provider's rights over the reseller's customers are gone.
    auto refused = relationships().requireActiveRelationship(m_providerSession, m_reseller.account.id);
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QVERIFY(refused.errorString().contains(u"can no longer act"_s));
    PD_VERIFY_ERROR(relationships().end(ender, made.id), ErrorCode::InvalidState);

    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"IndirectRelationship"_s, made.id);
    PD_VERIFY_OK(events);
    QCOMPARE(std::count_if(events->cbegin(), events->cend(),
                           [](const AuditEvent& e) { return e.action == "indirectRelationship.ended"_L1; }),
             2);
    auto resellerMail = m_tw->workspace().outbox().messages(m_resellerSession);
    PD_VERIFY_OK(resellerMail);
    QVERIFY(resellerMail->constFirst().subject.contains(u"has ended"_s));
}

void TestIndirectRelationships::endNeedsAdminAgent_P6()
{
    const IndirectRelationship made = connect(m_providerSession, m_resellerSession);
    const Session sales = addUser(m_reseller, u"jordan"_s, PartnerRole::SalesAgent);
    const QStringList before = m_tw->snapshot();
    PD_VERIFY_ERROR(relationships().end(sales, made.id), ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->snapshot(), before);
}

void TestIndirectRelationships::endedPairCanConnectAgain_P6()
{
    const IndirectRelationship first = connect(m_providerSession, m_resellerSession);
    PD_VERIFY_OK(relationships().end(m_resellerSession, first.id));
    const IndirectRelationship second = connect(m_providerSession, m_resellerSession);
    QCOMPARE(second.status, RelationshipStatus::Active);
    QVERIFY(second.id != first.id);
    auto providers = relationships().providersOf(m_resellerSession);
    PD_VERIFY_OK(providers);
    QCOMPARE(providers->size(), 2);
    QCOMPARE(providers->at(0).status, RelationshipStatus::Active);
    QCOMPARE(providers->at(1).status, RelationshipStatus::Ended);
}

void TestIndirectRelationships::endRevokesOlderResellerInvitations_S5_data()
{
    QTest::addColumn<bool>("byProvider");
    QTest::newRow("S5 provider ends") << true;
    QTest::newRow("S5 reseller ends") << false;
}

void TestIndirectRelationships::endRevokesOlderResellerInvitations_S5()
{
    QFETCH(bool, byProvider);
    // Invited twice to the same address and once to another; the first link is accepted.
    auto first = m_tw->inviteReseller(m_providerSession, u"admin@reseller.example"_s);
    auto second = m_tw->inviteReseller(m_providerSession, u"Admin@Reseller.example"_s);
    auto elsewhere = m_tw->inviteReseller(m_providerSession, u"riley@personal.example"_s);
    PD_VERIFY_OK(first);
    PD_VERIFY_OK(second);
    PD_VERIFY_OK(elsewhere);
    m_tw->clock().advance(60);
    auto made = relationships().authorizeProvider(m_resellerSession, first.value(), true);
    PD_VERIFY_OK(made);
    m_tw->clock().advance(60);
    const QDateTime endedAt = m_tw->clock().now();
    PD_VERIFY_OK(relationships().end(byProvider ? m_providerSession : m_resellerSession, made->id));

    // The pending invitation to the reseller's address is revoked with the relationship, audited.
    QCOMPARE(m_tw->scalar(u"SELECT group_concat(status || ' ' || revoked_at) FROM invitations "
                          "WHERE lower(recipient_email) = ? AND status <> 'Accepted'"_s,
                          {u"admin@reseller.example"_s})
                 .toString(),
             u"Revoked "_s + endedAt.toString(Qt::ISODateWithMs));
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"IndirectRelationship"_s, made->id);
    PD_VERIFY_OK(events);
    QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const AuditEvent& e) {
        return e.action == "invitation.revoked"_L1 && e.details.value(u"resellerInvitations"_s).toInt() == 1;
    }));

    // Neither old link revives the relationship: both read as revoked, and nothing is written.
    const QString expected = m_provider.account.legal.legalName + u" withdrew this invitation on "_s
        + QLocale().toString(endedAt.toLocalTime(), QLocale::ShortFormat)
        + u". Ask them for a new invitation if you still want to work together."_s;
    for (const QString& link : {second.value(), elsewhere.value()}) {
        const QStringList before = m_tw->snapshot();
        auto checked = relationships().checkAuthorization(m_resellerSession, link);
        PD_VERIFY_ERROR(checked, ErrorCode::InvalidState);
        QCOMPARE(checked.errorString(), expected);
        auto refused = relationships().authorizeProvider(m_resellerSession, link, true);
        PD_VERIFY_ERROR(refused, ErrorCode::InvalidState);
        QCOMPARE(refused.errorString(), expected);
        QCOMPARE(m_tw->snapshot(), before);
    }
    QCOMPARE(m_tw->count(u"indirect_relationships"_s), 1);
    auto providers = relationships().providersOf(m_resellerSession);
    PD_VERIFY_OK(providers);
    QCOMPARE(providers->size(), 1);
    QCOMPARE(providers->constFirst().status, RelationshipStatus::Ended);

    // A new invitation, sent after the end, connects them again.
    m_tw->clock().advance(1);
    auto fresh = m_tw->inviteReseller(m_providerSession);
    PD_VERIFY_OK(fresh);
    PD_VERIFY_OK(relationships().authorizeProvider(m_resellerSession, fresh.value(), true));
}

void TestIndirectRelationships::sharedCustomersAndOtherPairs_C7_V1()
{
    // The first pair connects, and shares one customer; the reseller has another of its own.
    const IndirectRelationship made = connect(m_providerSession, m_resellerSession);
    auto customerTenant = m_tw->createTenant(u"lakeside"_s);
    PD_VERIFY_OK(customerTenant);
    Customer customer;
    customer.id = Workspace::newId();
    customer.tenantId = customerTenant->tenant.id;
    customer.company.legalName = u"Lakeside Dental"_s;
    customer.company.address.country = u"US"_s;
    customer.created = m_tw->clock().now();
    auto ownTenant = m_tw->createTenant(u"pinecrest"_s);
    PD_VERIFY_OK(ownTenant);
    Customer own = customer;
    own.id = Workspace::newId();
    own.tenantId = ownTenant->tenant.id;
    own.company.legalName = u"Pinecrest Logistics"_s;
    PD_VERIFY_OK(m_tw->workspace().inTransaction([&]() -> Status {
        Status s = CustomerStore::insertCustomer(m_tw->db(), customer);
        if (s) {
            s = CustomerStore::insertCustomer(m_tw->db(), own);
        }
        if (s) {
            s = CustomerStore::insertRelationship(m_tw->db(), Workspace::newId(), customer.id, m_reseller.account.id,
                                                  true, customer.created);
        }
        if (s) {
            s = CustomerStore::insertRelationship(m_tw->db(), Workspace::newId(), customer.id, m_provider.account.id,
                                                  false, customer.created);
        }
        if (s) {
            s = CustomerStore::insertRelationship(m_tw->db(), Workspace::newId(), own.id, m_reseller.account.id, true,
                                                  customer.created);
        }
        return s;
    }));
    auto resellers = relationships().resellersOf(m_providerSession);
    PD_VERIFY_OK(resellers);
    QCOMPARE(resellers->constFirst().sharedCustomers, 1); // the provider doesn't serve Pinecrest
    // The same count read apart, as the Indirect resellers page has it counted on a reader.
    auto later = relationships().resellersOf(m_providerSession, RelationshipService::SharedCounts::Later);
    PD_VERIFY_OK(later);
    QCOMPARE(later->constFirst().sharedCustomers, IndirectRelationship::NotCounted);
    auto countsRead = relationships().sharedCountsRead(m_providerSession);
    PD_VERIFY_OK(countsRead);
    auto counts = countsRead.value()(m_tw->db());
    PD_VERIFY_OK(counts);
    QCOMPARE(counts.value(), (QHash<QString, int>{{made.id, 1}}));
    // A reseller is no provider of anyone here: nothing to count.
    auto theirCountsRead = relationships().sharedCountsRead(m_resellerSession);
    PD_VERIFY_OK(theirCountsRead);
    auto theirCounts = theirCountsRead.value()(m_tw->db());
    PD_VERIFY_OK(theirCounts);
    QVERIFY(theirCounts->isEmpty());
    // C7: View customers lists Lakeside, not Pinecrest, from either side.
    for (const Session& side : {m_resellerSession, m_providerSession}) {
        auto shared = relationships().sharedCustomers(side, made.id);
        PD_VERIFY_OK(shared);
        QCOMPARE(shared->size(), 1);
        QCOMPARE(shared->constFirst().companyName, u"Lakeside Dental"_s);
        QCOMPARE(shared->constFirst().primaryDomain, u"lakeside.onmicrosoft.com"_s);
    }

    // The second pair, with a pending invitation of its own.
    const PartnerFixture otherProvider = provider(u"northstar"_s);
    const PartnerFixture otherReseller = reseller(u"quillfeather"_s);
    const Session otherProviderSession = signIn(otherProvider);
    const Session otherResellerSession = signIn(otherReseller);
    PD_VERIFY_OK(m_tw->inviteReseller(otherProviderSession, u"avery@quillfeather.example"_s));
    auto firstInvitations = invitations().sent(m_providerSession, {});
    PD_VERIFY_OK(firstInvitations);
    QCOMPARE(firstInvitations->size(), 1);

    auto theirProviders = relationships().providersOf(otherResellerSession);
    PD_VERIFY_OK(theirProviders);
    QVERIFY(theirProviders->isEmpty());
    auto theirResellers = relationships().resellersOf(otherProviderSession);
    PD_VERIFY_OK(theirResellers);
    QVERIFY(theirResellers->isEmpty());
    auto theirInvitations = invitations().sent(otherProviderSession, {});
    PD_VERIFY_OK(theirInvitations);
    QCOMPARE(theirInvitations->size(), 1);
    QCOMPARE(theirInvitations->constFirst().recipientEmail, u"avery@quillfeather.example"_s);
    auto resellerInvitations = invitations().sent(otherResellerSession, {});
    PD_VERIFY_OK(resellerInvitations);
    QVERIFY(resellerInvitations->isEmpty());

    const QStringList before = m_tw->snapshot();
    PD_VERIFY_ERROR(relationships().end(otherResellerSession, made.id), ErrorCode::NotFound);
    PD_VERIFY_ERROR(relationships().end(otherProviderSession, made.id), ErrorCode::NotFound);
    PD_VERIFY_ERROR(relationships().sharedCustomers(otherResellerSession, made.id), ErrorCode::NotFound);
    PD_VERIFY_ERROR(relationships().sharedCustomers(otherProviderSession, made.id), ErrorCode::NotFound);
    PD_VERIFY_ERROR(invitations().revoke(otherProviderSession, firstInvitations->constFirst().id), ErrorCode::NotFound);
    PD_VERIFY_ERROR(relationships().requireActiveRelationship(otherProviderSession, m_reseller.account.id),
                    ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->snapshot(), before);

    // The second pair connects too: each side then has messages of its own, none about the first.
    connect(otherProviderSession, otherResellerSession);
    for (const Session& other : {otherProviderSession, otherResellerSession}) {
        auto mail = m_tw->workspace().outbox().messages(other);
        PD_VERIFY_OK(mail);
        QVERIFY(!mail->isEmpty());
        for (const OutboxMessage& message : mail.value()) {
            QVERIFY(!message.body.contains(m_provider.account.legal.legalName));
            QVERIFY(!message.body.contains(m_reseller.account.legal.legalName));
        }
    }
}

QTEST_GUILESS_MAIN(TestIndirectRelationships)
#include "tst_IndirectRelationships.moc"
