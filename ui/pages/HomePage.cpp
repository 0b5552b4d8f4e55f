#include "HomePage.h"

#include "dialogs/ResellerAccountDialog.h"
#include "domain/Countries.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "widgets/EmailVerificationPanel.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

HomePage::HomePage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("homePage"));
    m_heading = makeHeading(QStringLiteral("homeHeadingLabel"), this);

    m_identityGroup = new QGroupBox(this);
    m_identityGroup->setObjectName(QStringLiteral("identityGroupBox"));
    m_identityForm = new QFormLayout(m_identityGroup);
    m_userNameLabel = Labels::text(QStringLiteral("userNameValueLabel"), m_identityGroup);
    m_organizationLabel = Labels::text(QStringLiteral("organizationValueLabel"), m_identityGroup);
    m_domainLabel = Labels::text(QStringLiteral("domainValueLabel"), m_identityGroup);
    m_countryLabel = Labels::text(QStringLiteral("countryValueLabel"), m_identityGroup);
    m_directoryRoleLabel = Labels::text(QStringLiteral("directoryRoleValueLabel"), m_identityGroup);
    for (QLabel* label : {m_userNameLabel, m_organizationLabel, m_domainLabel, m_countryLabel, m_directoryRoleLabel}) {
        m_identityForm->addRow(new QLabel(m_identityGroup), label);
    }

    m_partnerGroup = new QGroupBox(this);
    m_partnerGroup->setObjectName(QStringLiteral("partnerGroupBox"));
    auto* partnerLayout = new QVBoxLayout(m_partnerGroup);
    m_partnerForm = new QFormLayout;
    m_partnerNameLabel = Labels::text(QStringLiteral("partnerNameValueLabel"), m_partnerGroup);
    m_partnerTypeLabel = Labels::text(QStringLiteral("partnerTypeValueLabel"), m_partnerGroup);
    m_partnerIdLabel = Labels::text(QStringLiteral("partnerIdValueLabel"), m_partnerGroup);
    m_partnerStatusLabel = Labels::text(QStringLiteral("partnerStatusValueLabel"), m_partnerGroup);
    m_rolesLabel = Labels::text(QStringLiteral("rolesValueLabel"), m_partnerGroup);
    for (QLabel* label :
         {m_partnerNameLabel, m_partnerTypeLabel, m_partnerIdLabel, m_partnerStatusLabel, m_rolesLabel}) {
        m_partnerForm->addRow(new QLabel(m_partnerGroup), label);
    }
    partnerLayout->addLayout(m_partnerForm);
    m_accountNoteLabel = Labels::text(QStringLiteral("accountNoteLabel"), m_partnerGroup);
    partnerLayout->addWidget(m_accountNoteLabel);
    m_historyTable = Tables::makeReadOnly(QStringLiteral("statusHistoryTableWidget"), 4, m_partnerGroup);
    partnerLayout->addWidget(m_historyTable);

    // E7: while the account waits for email verification, Home is where the code is entered.
    m_verification = new EmailVerificationPanel(m_workspace, m_session, this);
    connect(m_verification, &EmailVerificationPanel::verified, this, &Page::accountChanged);

    // E9: an enrolled partner that isn't a reseller yet can become one here.
    m_resellerGroup = new QGroupBox(this);
    m_resellerGroup->setObjectName(QStringLiteral("resellerGroupBox"));
    auto* resellerLayout = new QVBoxLayout(m_resellerGroup);
    m_resellerLabel = Labels::text(QStringLiteral("resellerLabel"), m_resellerGroup);
    m_resellerButton = new QPushButton(m_resellerGroup);
    m_resellerButton->setObjectName(QStringLiteral("createResellerAccountPushButton"));
    resellerLayout->addWidget(m_resellerLabel);
    resellerLayout->addWidget(m_resellerButton, 0, Qt::AlignLeft);
    connect(m_resellerButton, &QPushButton::clicked, this, [this]() {
        ResellerAccountDialog dialog(m_workspace, m_session, this);
        if (dialog.exec() == QDialog::Accepted) {
            Q_EMIT accountChanged();
        }
    });

    m_customerGroup = new QGroupBox(this);
    m_customerGroup->setObjectName(QStringLiteral("customerGroupBox"));
    auto* customerLayout = new QVBoxLayout(m_customerGroup);
    m_partnersTable = Tables::makeReadOnly(QStringLiteral("customerPartnersTableWidget"), 5, m_customerGroup);
    customerLayout->addWidget(m_partnersTable);

    m_noteLabel = Labels::text(QStringLiteral("homeNoteLabel"), this);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("homeErrorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_identityGroup);
    layout->addWidget(m_verification);
    layout->addWidget(m_partnerGroup, 1);
    layout->addWidget(m_resellerGroup);
    layout->addWidget(m_customerGroup, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();

    retranslateUi();
    reload();
}

QString HomePage::title() const
{
    return tr("Home");
}

void HomePage::retranslateUi()
{
    m_identityGroup->setTitle(tr("You and your organization"));
    m_identityForm->labelForField(m_userNameLabel)->setProperty("text", tr("User name:"));
    m_identityForm->labelForField(m_organizationLabel)->setProperty("text", tr("Organization:"));
    m_identityForm->labelForField(m_domainLabel)->setProperty("text", tr("Domain:"));
    m_identityForm->labelForField(m_countryLabel)->setProperty("text", tr("Country/region:"));
    m_identityForm->labelForField(m_directoryRoleLabel)->setProperty("text", tr("Directory role:"));
    m_partnerGroup->setTitle(tr("Partner account"));
    m_partnerForm->labelForField(m_partnerNameLabel)->setProperty("text", tr("Legal business name:"));
    m_partnerForm->labelForField(m_partnerTypeLabel)->setProperty("text", tr("Type:"));
    m_partnerForm->labelForField(m_partnerIdLabel)->setProperty("text", tr("Partner ID:"));
    m_partnerForm->labelForField(m_partnerStatusLabel)->setProperty("text", tr("Status:"));
    m_partnerForm->labelForField(m_rolesLabel)->setProperty("text", tr("Your roles:"));
    m_historyTable->setAccessibleName(tr("Status history"));
    m_partnersTable->setAccessibleName(tr("Partners serving your organization"));
    m_historyTable->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("Reason"), tr("Changed by")});
    m_customerGroup->setTitle(tr("Partners serving your organization"));
    m_resellerGroup->setTitle(tr("Resell as an indirect reseller"));
    m_resellerLabel->setText(tr("Already enrolled in the Cloud Solution Provider program? Create a reseller account by "
                                "giving only the customer support contact information."));
    m_resellerButton->setText(tr("Create &reseller account…"));
    m_partnersTable->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Partner ID"), tr("Type"), tr("Administers your organization"), tr("Since")});
}

void HomePage::reload()
{
    const QLocale locale;
    m_heading->setText(tr("Welcome, %1").arg(m_session.user.displayName));
    m_userNameLabel->setText(m_session.user.upn);
    m_organizationLabel->setText(m_session.tenant.displayName);
    m_domainLabel->setText(m_session.tenant.defaultDomain());
    m_countryLabel->setText(Countries::name(m_session.tenant.country));
    m_directoryRoleLabel->setText(Enums::displayName(m_session.user.directoryRole));
    ValidatedForm::showMessage(m_errorLabel, QString());

    const Persona persona = m_session.persona();
    const bool customerAdministrator = persona == Persona::Customer && m_session.isGlobalAdministrator();
    m_partnerGroup->setVisible(persona == Persona::Partner);
    m_verification->setVisible(m_session.partner && m_session.partner->status == PartnerStatus::PendingEmailVerification
                               && m_session.can(Action::VerifyEnrollmentEmail));
    m_verification->setSession(m_session);
    m_resellerGroup->setVisible(m_session.partner && !m_session.partner->types().contains(PartnerType::IndirectReseller)
                                && m_session.can(Action::CreateResellerAccount));
    m_customerGroup->setVisible(customerAdministrator);

    switch (persona) {
    case Persona::ProgramAdministrator:
        m_noteLabel->setText(tr("You are a program administrator of this workspace. Directory lists the official "
                                "indirect providers and every MPN profile."));
        break;
    case Persona::Unenrolled:
        m_noteLabel->setText(m_session.tenant.isProgram
                                 ? tr("You are a user of the program tenant. Only its Global administrators "
                                      "administer the program.")
                                 : tr("%1 is not enrolled in the Cloud Solution Provider program and is not a "
                                      "customer of any partner in this workspace.")
                                       .arg(m_session.tenant.displayName));
        break;
    case Persona::Customer:
        m_noteLabel->setText(
            customerAdministrator
                ? tr("These partners have a reseller relationship with %1.").arg(m_session.tenant.displayName)
                : tr("%1 is a customer of partners in this workspace. Only its Global "
                     "administrators see and manage those relationships.")
                      .arg(m_session.tenant.displayName));
        break;
    case Persona::Partner:
        m_noteLabel->clear();
        break;
    }

    if (persona == Persona::Partner) {
        auto account = m_workspace.accounts().account(m_session);
        if (!account) {
            ValidatedForm::showMessage(m_errorLabel, account.errorString());
            return;
        }
        m_partnerNameLabel->setText(account->legal.legalName);
        QStringList types;
        for (PartnerType type : m_session.partner->types()) {
            types << Enums::displayName(type);
        }
        m_partnerTypeLabel->setText(types.join(QStringLiteral(", ")));
        m_partnerIdLabel->setText(account->partnerId);
        m_partnerStatusLabel->setText(Enums::displayName(account->status));
        QStringList roles;
        for (PartnerRole role : m_session.roles) {
            roles << Enums::displayName(role);
        }
        m_rolesLabel->setText(roles.isEmpty() ? tr("None: ask an Admin agent to give you a role.")
                                              : roles.join(QStringLiteral(", ")));
        QStringList notes;
        // Under review only once the contact's email was verified (E7): say so, and what comes next.
        if (account->status == PartnerStatus::UnderReview) {
            notes << tr("Your email address is verified, and the application is now under review. We'll email %1 "
                        "when it is decided.")
                         .arg(account->legal.contactEmail);
        }
        if (account->status == PartnerStatus::Rejected) {
            notes << tr("The application was rejected: %1").arg(account->rejectionReason);
        }
        if (!m_session.hasRole(PartnerRole::AdminAgent)) {
            // Seed step 9: finishing the setup, adding users included, takes an Admin agent.
            QStringList admins;
            auto users = m_workspace.users().users(m_session);
            for (const PartnerUser& user : users ? users.value() : QList<PartnerUser>()) {
                if (user.user.enabled && user.hasRole(PartnerRole::AdminAgent)) {
                    admins << tr("%1 (%2)").arg(user.user.displayName, user.user.upn);
                }
            }
            notes << (admins.isEmpty() ? tr("You are not an Admin agent, so you can't finish setting up this account "
                                            "or add users, and the account has no Admin agent.")
                                       : tr("You are not an Admin agent, so you can't finish setting up this account "
                                            "or add users. Ask an Admin agent: %1.")
                                             .arg(admins.join(QStringLiteral(", "))));
        }
        m_accountNoteLabel->setText(notes.join(QLatin1Char('\n')));
        m_accountNoteLabel->setVisible(!notes.isEmpty());
        auto history = m_workspace.accounts().statusHistory(m_session);
        const QList<StatusChange> changes = history ? history.value() : QList<StatusChange>();
        QList<QStringList> rows;
        for (const StatusChange& change : changes) {
            rows << QStringList{locale.toString(change.at.toLocalTime(), QLocale::ShortFormat),
                                Enums::displayName(change.toStatus), change.reason, change.actorName};
        }
        Tables::setRows(m_historyTable, rows);
    }
    if (customerAdministrator) {
        auto partners = m_workspace.customers().partnersOf(m_session);
        if (!partners) {
            ValidatedForm::showMessage(m_errorLabel, partners.errorString());
            return;
        }
        QList<QStringList> rows;
        for (const CustomerPartner& p : partners.value()) {
            rows << QStringList{p.partnerName, p.partnerId, Enums::displayName(p.type),
                                p.delegatedAdmin ? tr("Yes") : tr("No"),
                                locale.toString(p.since.toLocalTime().date(), QLocale::ShortFormat)};
        }
        Tables::setRows(m_partnersTable, rows);
    }
}
