// The seed's section "Connect with an indirect provider", walked end to end through the services
// the GUI calls, in the seed's order: the reseller finds a provider; the provider emails an
// invitation with a personalized link; the reseller follows the link, checks the box and
// authorizes the provider; each is listed on the other's page; one side ends it; both show it
// ended, and the provider can no longer act for the reseller.

#include "TestSupport.h"
#include "security/InvitationLinks.h"
#include "services/InvitationService.h"
#include "services/OutboxService.h"
#include "services/RelationshipService.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestConnectWithIndirectProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedSectionEndToEnd_data();
    void seedSectionEndToEnd();
};

void TestConnectWithIndirectProvider::seedSectionEndToEnd_data()
{
    QTest::addColumn<bool>("providerEnds");
    QTest::newRow("the provider ends it") << true;
    QTest::newRow("the reseller ends it") << false;
}

void TestConnectWithIndirectProvider::seedSectionEndToEnd()
{
    QFETCH(bool, providerEnds);
    TestWorkspace tw;
    PD_VERIFY_OK(tw.openStatus());
    auto channel = tw.createProviderAndReseller();
    PD_VERIFY_OK(channel);
    const PartnerFixture& provider = channel->provider;
    const PartnerFixture& reseller = channel->reseller;
    const Session& providerSession = channel->providerSession;
    const Session& resellerSession = channel->resellerSession;
    RelationshipService& relationships = tw->relationships();
    InvitationService& invitations = tw->invitations();

    // "search the list of official Microsoft providers to find one"
    auto found = relationships.findProviders(resellerSession);
    PD_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().name, provider.account.legal.legalName);

    // 1. The provider emails an invitation with a link that associates the two accounts.
    auto draft = invitations.newDraft(providerSession, InvitationKind::ResellerOfProvider, u"en"_s);
    PD_VERIFY_OK(draft);
    draft.value().recipientEmail = reseller.account.legal.contactEmail;
    draft.value().body.prepend(u"Hi, as discussed:\n\n"_s);
    PD_VERIFY_OK(invitations.record(providerSession, draft.value()));
    const QString link = draft->link;
    auto pending = invitations.sent(providerSession, {InvitationKind::ResellerOfProvider});
    PD_VERIFY_OK(pending);
    QCOMPARE(pending->constFirst().status, InvitationStatus::Pending);

    // 2. The reseller follows the link (after signing in) and sees who invites.
    auto preview = invitations.open(u"  "_s + link + u"\n"_s);
    PD_VERIFY_OK(preview);
    QCOMPARE(preview->partnerName, provider.account.legal.legalName);
    PD_VERIFY_OK(relationships.checkAuthorization(resellerSession, link));

    // 3. Without the box checked nothing happens; with it, the provider is authorized.
    PD_VERIFY_ERROR(relationships.authorizeProvider(resellerSession, link, false), ErrorCode::InvalidInput);
    QCOMPARE(tw.count(u"indirect_relationships"_s), 0);
    auto made = relationships.authorizeProvider(resellerSession, link, true);
    PD_VERIFY_OK(made);

    // 4. Listed on each other's pages; the link is used up.
    auto providers = relationships.providersOf(resellerSession);
    auto resellers = relationships.resellersOf(providerSession);
    PD_VERIFY_OK(providers);
    PD_VERIFY_OK(resellers);
    QCOMPARE(providers->size(), 1);
    QCOMPARE(providers->constFirst().provider.name, provider.account.legal.legalName);
    QCOMPARE(providers->constFirst().status, RelationshipStatus::Active);
    QCOMPARE(resellers->size(), 1);
    QCOMPARE(resellers->constFirst().reseller.name, reseller.account.legal.legalName);
    PD_VERIFY_ERROR(invitations.open(link), ErrorCode::Conflict);
    PD_VERIFY_OK(relationships.requireActiveRelationship(providerSession, reseller.account.id));
    auto mail = tw->outbox().messages(resellerSession);
    PD_VERIFY_OK(mail);
    QVERIFY(mail->constFirst().subject.contains(u"is now your indirect provider"_s));

    // Either side ends it: both show it ended, and the provider's rights are gone.
    tw.clock().advance(24 * 60);
    PD_VERIFY_OK(relationships.end(providerEnds ? providerSession : resellerSession, made->id));
    providers = relationships.providersOf(resellerSession);
    resellers = relationships.resellersOf(providerSession);
    PD_VERIFY_OK(providers);
    PD_VERIFY_OK(resellers);
    QCOMPARE(providers->constFirst().status, RelationshipStatus::Ended);
    QCOMPARE(resellers->constFirst().status, RelationshipStatus::Ended);
    QCOMPARE(providers->constFirst().ended, tw.clock().now());
    PD_VERIFY_ERROR(relationships.requireActiveRelationship(providerSession, reseller.account.id),
                    ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestConnectWithIndirectProvider)
#include "tst_ConnectWithIndirectProvider.moc"
