#include "PartnerIdPage.h"

#include "domain/Countries.h"
#include "domain/PartnerRules.h"
#include "domain/Validators.h"
#include "services/AccountService.h"
#include "services/Workspace.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

PartnerIdPage::PartnerIdPage(Workspace& workspace, const Session& session, QWidget* parent)
    : FormPage(workspace, session, Action::EditPartnerId, QStringLiteral("partnerIdPage"), parent)
{
    m_partnerId = addLineEdit(QStringLiteral("partnerId"), QStringLiteral("partnerIdLineEdit"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("partnerIdExplanationLabel"));
    m_explanation->setWordWrap(true);
    addBelow(m_explanation);
    m_profilesTable = Tables::makeReadOnly(QStringLiteral("mpnProfilesTableWidget"), 5, this);
    addBelow(m_profilesTable, 1);
    // Double-click or Enter on a profile chooses it.
    connect(m_profilesTable, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* item) { choose(item->row()); });
    finishSetup();
}

QString PartnerIdPage::title() const
{
    return tr("Partner ID");
}

QString PartnerIdPage::headingText() const
{
    return tr("Partner ID (MPN ID)");
}

void PartnerIdPage::retranslateFields()
{
    setRowLabel(m_partnerId, tr("&Partner ID:"));
    m_explanation->setText(tr("The Partner ID links your Microsoft Partner Network membership, benefits and "
                              "competencies to this account. You can link another active profile of your "
                              "organization's Partner Membership Center account located in your country/region; "
                              "double-click one to choose it."));
    m_profilesTable->setAccessibleName(tr("MPN profiles of your Partner Membership Center account"));
    m_profilesTable->setHorizontalHeaderLabels(
        {tr("Partner ID"), tr("Organization"), tr("Country/region"), tr("Status"), tr("Linked to")});
}

void PartnerIdPage::fill(const PartnerAccount& account)
{
    m_accountId = account.id;
    m_partnerId->setText(account.partnerId);
    loadProfiles();
}

void PartnerIdPage::loadProfiles()
{
    auto profiles = m_workspace.accounts().mpnProfiles(m_session);
    m_profiles = profiles ? profiles.value() : QList<MpnProfile>();
    QList<QStringList> rows;
    for (const MpnProfile& p : std::as_const(m_profiles)) {
        rows << QStringList{p.partnerId, p.organizationName, Countries::name(p.country), Enums::displayName(p.status),
                            p.linkedPartnerName};
    }
    Tables::setRows(m_profilesTable, rows);
}

void PartnerIdPage::afterLanguageChange()
{
    FormPage::afterLanguageChange();
    if (hasUnsavedChanges()) {
        loadProfiles(); // country and status names in the new language; the typed ID stays
    }
}

void PartnerIdPage::choose(int row)
{
    if (m_partnerId->isReadOnly() || row < 0 || row >= m_profiles.size()) {
        return;
    }
    m_partnerId->setText(m_profiles.at(row).partnerId);
    m_fields->markEdited(QStringLiteral("partnerId"));
}

QList<Error> PartnerIdPage::validate() const
{
    const QString field = QStringLiteral("partnerId");
    Status valid = Validators::partnerId(m_partnerId->text());
    if (!valid) {
        return {valid.about(field)};
    }
    // A profile of this PMC account is checked against E2 and E3 right away; any other ID is
    // left to the service, which says why it can't be linked.
    const QString wanted = Validators::normalizedPartnerId(m_partnerId->text());
    for (const MpnProfile& profile : m_profiles) {
        if (profile.partnerId == wanted) {
            Status usable = PartnerRules::mpnProfileUsable(profile, m_session.tenant.country);
            if (usable) {
                usable = PartnerRules::partnerIdAvailable(profile, m_accountId);
            }
            return usable ? QList<Error>() : QList<Error>{usable.about(field)};
        }
    }
    return {};
}

Result<PartnerAccount> PartnerIdPage::save()
{
    return m_workspace.accounts().changePartnerId(m_session, m_partnerId->text());
}
