#include "PartnerIdPage.h"

#include "domain/Countries.h"
#include "domain/Validators.h"
#include "services/AccountService.h"
#include "services/Workspace.h"
#include "widgets/Tables.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

PartnerIdPage::PartnerIdPage(Workspace& workspace, const Session& session, QWidget* parent)
    : FormPage(workspace, session, Action::EditPartnerId, QStringLiteral("partnerIdPage"), parent)
{
    m_partnerId = addLineEdit(QStringLiteral("partnerId"), QStringLiteral("partnerIdLineEdit"));
    m_partnerId->setMaxLength(7);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("partnerIdExplanationLabel"));
    m_explanation->setWordWrap(true);
    addBelow(m_explanation);
    m_profilesTable = Tables::makeReadOnly(QStringLiteral("mpnProfilesTableWidget"), 5, this);
    addBelow(m_profilesTable, 1);
    connect(m_profilesTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (!m_partnerId->isReadOnly()) {
            m_partnerId->setText(m_profilesTable->item(row, 0)->text());
            Q_EMIT m_partnerId->textEdited(m_partnerId->text());
        }
    });
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
    m_profilesTable->setHorizontalHeaderLabels(
        {tr("Partner ID"), tr("Organization"), tr("Country/region"), tr("Status"), tr("Linked to")});
}

void PartnerIdPage::fill(const PartnerAccount& account)
{
    m_partnerId->setText(account.partnerId);
    auto profiles = m_workspace.accounts().mpnProfiles(m_session);
    QList<QStringList> rows;
    for (const MpnProfile& p : profiles ? profiles.value() : QList<MpnProfile>()) {
        rows << QStringList{p.partnerId, p.organizationName, Countries::name(p.country), Enums::displayName(p.status),
                            p.linkedPartnerName};
    }
    Tables::setRows(m_profilesTable, rows);
}

QList<Error> PartnerIdPage::validate() const
{
    Status valid = Validators::partnerId(m_partnerId->text());
    if (valid) {
        return {};
    }
    return {valid.about(QStringLiteral("partnerId"))};
}

Result<PartnerAccount> PartnerIdPage::save()
{
    return m_workspace.accounts().changePartnerId(m_session, m_partnerId->text());
}
