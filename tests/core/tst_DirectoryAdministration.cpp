// The program administrator keeps the directory of PMC accounts and MPN profiles: profiles are
// added (with a new PMC account when needed) and their status changed, each audited, and nobody
// else may do either.

#include "TestSupport.h"
#include "domain/PartnerRules.h"
#include "services/DirectoryService.h"
#include "storage/AuditStore.h"
#include "storage/DirectoryStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(NewMpnProfile)

class TestDirectoryAdministration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsProfileWithNewPmcAccount();
    void addsProfileToExistingPmcAccount();
    void newPmcPasswordHashedOutsideTheWriteLock_S10();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void onlyProgramAdministrators_U2();
    void statusChangeIsAudited_E2();

private:
    DirectoryService& directory() { return m_tw->workspace().directory(); }
    NewMpnProfile valid() const;

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_admin;
};

void TestDirectoryAdministration::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    PD_VERIFY_OK(m_tw->openStatus());
    auto admin = m_tw->createProgramAdministrator();
    PD_VERIFY_OK(admin);
    m_admin = admin.value();
}

void TestDirectoryAdministration::cleanup()
{
    m_tw.reset();
}

NewMpnProfile TestDirectoryAdministration::valid() const
{
    return {u"Fabrikam.PMC"_s, u"Pmc!2026pass"_s, u" 7654321 "_s, u"  Fabrikam   Consulting "_s,
            u"MX"_s,           MpnStatus::Active};
}

void TestDirectoryAdministration::addsProfileWithNewPmcAccount()
{
    QVERIFY(!directory().pmcAccountExists(u"fabrikam.pmc"_s));
    auto added = directory().addMpnProfile(m_admin, valid());
    PD_VERIFY_OK(added);
    QCOMPARE(added->partnerId, u"7654321"_s);
    QCOMPARE(added->organizationName, u"Fabrikam Consulting"_s);
    QCOMPARE(added->country, u"MX"_s);
    QCOMPARE(added->status, MpnStatus::Active);

    // The new account signs in to PMC with the password given, and holds the profile.
    auto pmc = directory().signInPmc(u"fabrikam.pmc"_s, u"Pmc!2026pass"_s);
    PD_VERIFY_OK(pmc);
    auto profiles = directory().mpnProfilesOf(*pmc);
    PD_VERIFY_OK(profiles);
    QCOMPARE(profiles->size(), 1);
    QCOMPARE(profiles->first().partnerId, u"7654321"_s);

    auto accountEvents = AuditStore::eventsOfSubject(m_tw->db(), u"PmcAccount"_s, pmc->id);
    PD_VERIFY_OK(accountEvents);
    QCOMPARE(accountEvents->size(), 1);
    QCOMPARE(accountEvents->first().action, u"pmcAccount.created"_s);
    QCOMPARE(accountEvents->first().actorUserId, m_admin.user.id);
    auto profileEvents = AuditStore::eventsOfSubject(m_tw->db(), u"MpnProfile"_s, u"7654321"_s);
    PD_VERIFY_OK(profileEvents);
    QCOMPARE(profileEvents->size(), 1);
    QCOMPARE(profileEvents->first().action, u"mpnProfile.added"_s);
    QCOMPARE(profileEvents->first().details.value(u"country"_s).toString(), u"MX"_s);
}

void TestDirectoryAdministration::newPmcPasswordHashedOutsideTheWriteLock_S10()
{
    // Hashing under the write lock made every other window's write wait for it, and fail after
    // the busy timeout: the new account's password is hashed before the transaction begins.
    m_tw->watchPasswordWork();
    PD_VERIFY_OK(directory().addMpnProfile(m_admin, valid()));
    QCOMPARE(m_tw->passwordWork(), 1);
    QCOMPARE(m_tw->passwordWorkUnderWriteLock(), 0);
    PD_VERIFY_OK(directory().signInPmc(u"fabrikam.pmc"_s, u"Pmc!2026pass"_s));

    // A profile for an existing account hashes nothing, and someone who may not add profiles
    // is refused before any hashing.
    NewMpnProfile another = valid();
    another.partnerId = u"7654322"_s;
    another.pmcPassword.clear();
    m_tw->watchPasswordWork();
    PD_VERIFY_OK(directory().addMpnProfile(m_admin, another));
    QCOMPARE(m_tw->passwordWork(), 0);
    auto stranger = m_tw->createTenant(u"stranger"_s);
    PD_VERIFY_OK(stranger);
    auto strangerSession = m_tw->signIn(stranger->admin.upn);
    PD_VERIFY_OK(strangerSession);
    NewMpnProfile refused = valid();
    refused.pmcUserName = u"other.pmc"_s;
    refused.partnerId = u"7654323"_s;
    m_tw->watchPasswordWork();
    PD_VERIFY_ERROR(directory().addMpnProfile(strangerSession.value(), refused), ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->passwordWork(), 0);
}

void TestDirectoryAdministration::addsProfileToExistingPmcAccount()
{
    auto pmc = m_tw->createPmcAccount(u"fabrikam.pmc"_s);
    PD_VERIFY_OK(pmc);
    NewMpnProfile input = valid();
    input.pmcPassword.clear(); // an existing account keeps its password; none is asked for
    QVERIFY(directory().validateNewMpnProfile(input).isEmpty());
    auto added = directory().addMpnProfile(m_admin, input);
    PD_VERIFY_OK(added);
    QCOMPARE(added->pmcAccountId, pmc->id);
    QCOMPARE(m_tw->count(u"pmc_accounts"_s), 1);
    PD_VERIFY_OK(directory().signInPmc(u"fabrikam.pmc"_s, TestWorkspace::defaultPassword()));
}

void TestDirectoryAdministration::refusesInvalidInput_data()
{
    QTest::addColumn<NewMpnProfile>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    NewMpnProfile input = valid();
    input.partnerId = u"12345"_s;
    QTest::newRow("Partner ID too short")
        << input << u"partnerId"_s << u"A Partner ID has 6 or 7 digits. Enter a number such as 1234567."_s;
    input = valid();
    input.pmcPassword = u"weak"_s;
    QTest::newRow("new PMC account with a weak password") << input << u"pmcPassword"_s << QString();
    input = valid();
    input.organizationName = u"  "_s;
    QTest::newRow("no organization") << input << u"organizationName"_s << u"Enter the organization name."_s;
    input = valid();
    input.country = u"XX"_s;
    QTest::newRow("unknown country") << input << u"country"_s << QString();
}

void TestDirectoryAdministration::refusesInvalidInput()
{
    QFETCH(NewMpnProfile, input);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto refused = directory().addMpnProfile(m_admin, input);
    PD_VERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field(), field);
    if (!message.isEmpty()) {
        QCOMPARE(refused.errorString(), message);
    }
    QCOMPARE(m_tw->count(u"mpn_profiles"_s), 0);
    QCOMPARE(m_tw->count(u"pmc_accounts"_s), 0);
}

void TestDirectoryAdministration::onlyProgramAdministrators_U2()
{
    auto partner = m_tw->createPartner(u"harbor"_s, PartnerType::IndirectProvider);
    PD_VERIFY_OK(partner);
    auto session = m_tw->signIn(partner->admin.upn);
    PD_VERIFY_OK(session);
    const int profiles = m_tw->count(u"mpn_profiles"_s);

    auto refused = directory().addMpnProfile(session.value(), valid());
    PD_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
    QCOMPARE(refused.errorString(), u"Only a program administrator of this workspace can do this."_s);
    PD_VERIFY_ERROR(directory().setMpnProfileStatus(session.value(), partner->profile.partnerId, MpnStatus::Inactive),
                    ErrorCode::PermissionDenied);
    QCOMPARE(m_tw->count(u"mpn_profiles"_s), profiles);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM mpn_profiles WHERE partner_id = ?"_s, {partner->profile.partnerId})
                 .toString(),
             u"Active"_s);

    // A duplicate Partner ID is refused for the administrator too.
    NewMpnProfile duplicate = valid();
    duplicate.partnerId = partner->profile.partnerId;
    auto taken = directory().addMpnProfile(m_admin, duplicate);
    PD_VERIFY_ERROR(taken, ErrorCode::Conflict);
    QCOMPARE(taken.error().field(), u"partnerId"_s);
}

void TestDirectoryAdministration::statusChangeIsAudited_E2()
{
    PD_VERIFY_OK(directory().addMpnProfile(m_admin, valid()));
    auto changed = directory().setMpnProfileStatus(m_admin, u"7654321"_s, MpnStatus::Suspended);
    PD_VERIFY_OK(changed);
    QCOMPARE(changed->status, MpnStatus::Suspended);
    QCOMPARE(m_tw->scalar(u"SELECT status FROM mpn_profiles WHERE partner_id = '7654321'"_s).toString(),
             u"Suspended"_s);
    auto events = AuditStore::eventsOfSubject(m_tw->db(), u"MpnProfile"_s, u"7654321"_s);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->last().action, u"mpnProfile.statusChanged"_s);

    // A suspended profile is no longer usable for enrollment (E2).
    auto profile = DirectoryStore::mpnProfile(m_tw->db(), u"7654321"_s);
    PD_VERIFY_OK(profile);
    PD_VERIFY_ERROR(PartnerRules::mpnProfileUsable(profile->value(), u"MX"_s), ErrorCode::InvalidState);

    PD_VERIFY_ERROR(directory().setMpnProfileStatus(m_admin, u"1111111"_s, MpnStatus::Active), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestDirectoryAdministration)
#include "tst_DirectoryAdministration.moc"
