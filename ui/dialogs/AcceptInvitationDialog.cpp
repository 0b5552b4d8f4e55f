#include "AcceptInvitationDialog.h"

#include "dialogs/NewCustomerDialog.h"
#include "domain/Countries.h"
#include "services/CustomerService.h"
#include "services/InvitationService.h"
#include "services/RelationshipService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

AcceptInvitationDialog::AcceptInvitationDialog(Workspace& workspace, std::optional<Session> session, SignIn signIn,
                                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(std::move(session))
    , m_signIn(std::move(signIn))
{
    setObjectName(QStringLiteral("acceptInvitationDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("linkLineEdit"));
    m_link->setClearButtonEnabled(true);
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(QStringLiteral("linkLabel"));
    m_linkLabel->setBuddy(m_link);
    m_linkErrorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("linkErrorLabel"), this);

    m_invitationGroup = new QGroupBox(this);
    m_invitationGroup->setObjectName(QStringLiteral("invitationGroupBox"));
    m_fromLabel = Labels::text(QStringLiteral("fromLabel"), m_invitationGroup);
    m_permissionsLabel = new QLabel(m_invitationGroup);
    m_permissionsLabel->setObjectName(QStringLiteral("permissionsLabel"));
    m_permissionsLabel->setWordWrap(true);
    m_permissionsLabel->setTextFormat(Qt::RichText);
    // The consent names both partners: a check box can't wrap its text, so a long name would
    // widen the dialog (and did, once signed in). Its text is a word-wrapped label beside it,
    // which toggles it like a check box's own text, and names it for screen readers.
    m_consent = new QCheckBox(m_invitationGroup);
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    m_consentLabel = Labels::text(QStringLiteral("consentLabel"), m_invitationGroup);
    m_consentLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_consentLabel->installEventFilter(this);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent, 0, Qt::AlignTop);
    consentRow->addWidget(m_consentLabel, 1);
    auto* groupLayout = new QVBoxLayout(m_invitationGroup);
    groupLayout->addWidget(m_fromLabel);
    groupLayout->addWidget(m_permissionsLabel);
    groupLayout->addLayout(consentRow);

    m_signedInLabel = Labels::text(QStringLiteral("signedInLabel"), this);
    m_refusalLabel = ValidatedForm::makeMessageLabel(QStringLiteral("refusalLabel"), this);
    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(QStringLiteral("signInPushButton"));
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signedInLabel, 1);
    signInRow->addWidget(m_signInButton, 0, Qt::AlignTop);
    m_createTenantButton = new QPushButton(this);
    m_createTenantButton->setObjectName(QStringLiteral("createTenantPushButton"));
    signInRow->addWidget(m_createTenantButton, 0, Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("acceptInvitationButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_authorizeButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_authorizeButton->setObjectName(QStringLiteral("authorizeProviderPushButton"));
    m_authorizeButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_linkLabel);
    layout->addWidget(m_link);
    layout->addWidget(m_linkErrorLabel);
    layout->addWidget(m_invitationGroup);
    layout->addLayout(signInRow);
    layout->addWidget(m_refusalLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_link, &QLineEdit::textChanged, this, &AcceptInvitationDialog::refresh);
    connect(m_consent, &QCheckBox::toggled, this, &AcceptInvitationDialog::updateAuthorizeButton);
    connect(m_signInButton, &QPushButton::clicked, this, &AcceptInvitationDialog::signInHere);
    connect(m_createTenantButton, &QPushButton::clicked, this, &AcceptInvitationDialog::createTenant);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcceptInvitationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcceptInvitationDialog::reject);
    retranslateUi();
    refresh();
    resize(600, 480);
}

void AcceptInvitationDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Someone who may accept has one thing left to do: check the box.
    (m_mayAccept ? static_cast<QWidget*>(m_consent) : static_cast<QWidget*>(m_link))->setFocus();
}

void AcceptInvitationDialog::setLink(const QString& link)
{
    m_link->setText(link.trimmed());
}

QString AcceptInvitationDialog::link() const
{
    return m_link->text();
}

void AcceptInvitationDialog::refresh()
{
    const QString before = m_preview ? m_preview->invitationId : QString();
    m_preview.reset();
    m_mayAccept = false;
    QString linkError;
    QString refusal;
    if (!m_link->text().trimmed().isEmpty()) {
        auto preview = m_workspace.invitations().open(m_link->text());
        if (preview) {
            m_preview = preview.value();
        } else {
            linkError = preview.errorString();
        }
    }
    if (m_preview && isCustomerInvitation() && m_newCustomer) {
        m_mayAccept = true; // checked again, field by field, when the tenant is created
    } else if (m_preview && m_session) {
        const Status allowed = isCustomerInvitation()
            ? Status(m_workspace.customers().checkAcceptance(*m_session, m_link->text()))
            : Status(m_workspace.relationships().checkAuthorization(*m_session, m_link->text()));
        m_mayAccept = allowed.ok();
        if (!allowed) {
            refusal = allowed.errorString();
        }
    }
    ValidatedForm::showMessage(m_linkErrorLabel, linkError);
    ValidatedForm::showMessage(m_refusalLabel, refusal);
    m_invitationGroup->setVisible(m_preview.has_value());
    m_consent->setEnabled(m_mayAccept);
    m_consentLabel->setEnabled(m_mayAccept);
    // Consent is given to one provider: another link, or none that may be accepted, asks again.
    if (!m_mayAccept || m_preview->invitationId != before) {
        m_consent->setChecked(false);
    }
    retranslateUi();
    updateAuthorizeButton();
    ValidatedForm::growToFit(this);
}

void AcceptInvitationDialog::setConsentText(const QString& text)
{
    m_consentLabel->setText(text);
    m_consent->setAccessibleName(text);
}

bool AcceptInvitationDialog::eventFilter(QObject* watched, QEvent* event)
{
    // A click on the words, pressed and released on them, toggles the box.
    if (watched == m_consentLabel && m_consent->isEnabled()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_consentPressed = true;
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease && m_consentPressed) {
            m_consentPressed = false;
            if (m_consentLabel->rect().contains(static_cast<QMouseEvent*>(event)->position().toPoint())) {
                m_consent->toggle();
                m_consent->setFocus();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AcceptInvitationDialog::updateAuthorizeButton()
{
    m_authorizeButton->setEnabled(m_mayAccept && m_consent->isChecked());
}

void AcceptInvitationDialog::signInHere()
{
    if (!m_signIn) {
        return;
    }
    std::optional<Session> session = m_signIn();
    if (session) {
        m_session = session;
        m_newCustomer.reset();
        refresh();
        if (m_mayAccept) {
            m_consent->setFocus();
        }
    }
}

void AcceptInvitationDialog::accept()
{
    if (!m_authorizeButton->isEnabled()) {
        return;
    }
    Status done;
    if (!isCustomerInvitation()) {
        auto made = m_workspace.relationships().authorizeProvider(*m_session, m_link->text(), m_consent->isChecked());
        if (made) {
            m_relationship = made.value();
        }
        done = made;
    } else if (m_newCustomer) {
        auto session
            = m_workspace.customers().acceptAsNewCustomer(m_link->text(), *m_newCustomer, m_consent->isChecked());
        if (session) {
            m_session = session.value();
        }
        done = session;
    } else {
        done = m_workspace.customers().accept(*m_session, m_link->text(), m_consent->isChecked());
    }
    if (!done) {
        refresh();
        ValidatedForm::showMessage(m_refusalLabel, done.errorString());
        return;
    }
    m_acceptedMessage = m_preview->providerName.isEmpty()
        ? tr("%1 now serves your organization.").arg(m_preview->partnerName)
        : tr("%1 and %2 now serve your organization.").arg(m_preview->partnerName, m_preview->providerName);
    QDialog::accept();
}

bool AcceptInvitationDialog::isCustomerInvitation() const
{
    return m_preview && m_preview->kind != InvitationKind::ResellerOfProvider;
}

void AcceptInvitationDialog::createTenant()
{
    NewCustomerDialog dialog(m_workspace, this);
    if (m_newCustomer) {
        dialog.setCustomer(*m_newCustomer);
    } else {
        dialog.setCountry(m_preview->partnerCountry);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_newCustomer = dialog.customer();
    refresh();
    m_consent->setFocus();
}

void AcceptInvitationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh(); // messages from core are worded in the language they were made in
    }
    QDialog::changeEvent(event);
}

void AcceptInvitationDialog::retranslateUi()
{
    setWindowTitle(tr("Accept an invitation"));
    m_intro->setText(tr("A partner invites you with a link in an email. Paste the link here, or open it with "
                        "PartnerDesk, to see who invites you and what they may do, and to authorize them."));
    m_linkLabel->setText(tr("Invitation &link:"));
    m_link->setPlaceholderText(tr("partnerdesk://invitation/…"));
    m_invitationGroup->setTitle(tr("Invitation"));
    m_authorizeButton->setText(isCustomerInvitation() ? tr("&Authorize") : tr("&Authorize indirect provider"));
    m_signInButton->setText(m_session ? tr("Sign in as &another user…") : tr("&Sign in…"));
    // Whoever can't accept may sign in as someone else; someone describing a new tenant may still
    // sign in to an existing one instead, and the other way round.
    m_signInButton->setVisible(m_signIn && m_preview && (!m_mayAccept || m_newCustomer));
    m_createTenantButton->setText(m_newCustomer ? tr("Change the new &tenant…")
                                                : tr("Create your organization's &tenant…"));
    m_createTenantButton->setVisible(isCustomerInvitation() && (!m_mayAccept || m_newCustomer));

    if (m_preview && isCustomerInvitation()) {
        const QString reseller = m_preview->partnerName.toHtmlEscaped();
        const QString provider = m_preview->providerName.toHtmlEscaped();
        m_fromLabel->setText(
            m_preview->providerName.isEmpty()
                ? tr("%1 (Partner ID %2) asks to become a reseller of your organization. The invitation expires on "
                     "%3.")
                      .arg(m_preview->partnerName, m_preview->partnerId,
                           QLocale().toString(m_preview->expires.toLocalTime().date(), QLocale::LongFormat))
                : tr("%1 (Partner ID %2) and its indirect provider %3 (Partner ID %4) ask to become resellers of your "
                     "organization. The invitation expires on %5.")
                      .arg(m_preview->partnerName, m_preview->partnerId, m_preview->providerName,
                           m_preview->providerPartnerId,
                           QLocale().toString(m_preview->expires.toLocalTime().date(), QLocale::LongFormat)));
        // A reseller alone, or a reseller with its provider: one partner or two to authorize. A customer
        // already served is told what changes, and who keeps serving it as before.
        QList<CustomerPartner> current;
        if (m_session && m_session->persona() == Persona::Customer) {
            auto partners = m_workspace.customers().partnersOf(*m_session);
            current = partners ? partners.value() : QList<CustomerPartner>();
        }
        const auto serves = [&current](const QString& accountId) {
            return std::any_of(current.cbegin(), current.cend(),
                               [&](const CustomerPartner& p) { return p.partnerAccountId == accountId; });
        };
        QStringList changes;
        changes << (serves(m_preview->partnerAccountId)
                        ? tr("%1 already serves you; it stays your reseller of record, with administrator access to "
                             "manage your subscriptions, licenses and users.")
                              .arg(reseller)
                        : tr("%1 becomes your reseller of record, with administrator access to manage your "
                             "subscriptions, licenses and users.")
                              .arg(reseller));
        if (!provider.isEmpty()) {
            changes << (serves(m_preview->providerAccountId)
                            ? tr("%1 already serves you and may go on submitting orders and adding subscriptions "
                                 "for you.")
                                  .arg(provider)
                            : tr("%1 may submit orders and add subscriptions for you.").arg(provider));
        }
        for (const CustomerPartner& other : std::as_const(current)) {
            if (other.partnerAccountId != m_preview->partnerAccountId
                && other.partnerAccountId != m_preview->providerAccountId) {
                changes << tr("%1 keeps serving you as before.").arg(other.partnerName.toHtmlEscaped());
            }
        }
        const QString permissions
            = (provider.isEmpty() ? tr("<p>When you authorize it:</p>") : tr("<p>When you authorize them:</p>"))
            + QStringLiteral("<ul><li>") + changes.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
        m_permissionsLabel->setText(permissions);
        const QString organization = m_newCustomer ? m_newCustomer->company.legalName
            : m_session                            ? m_session->tenant.displayName
                                                   : tr("my organization");
        setConsentText((provider.isEmpty() ? tr("I authorize this partner to serve %1 as described above.")
                                           : tr("I authorize these partners to serve %1 as described above."))
                           .arg(organization));
    } else if (m_preview) {
        const QString name = m_preview->partnerName;
        m_fromLabel->setText(
            tr("%1 (Partner ID %2, %3) invites you to connect as its indirect reseller. It serves "
               "resellers in: %4. The invitation expires on %5.")
                .arg(name, m_preview->partnerId, Countries::name(m_preview->partnerCountry),
                     Countries::names(m_preview->countriesServed),
                     QLocale().toString(m_preview->expires.toLocalTime().date(), QLocale::LongFormat)));
        //: Who the provider gets administrator access to: the reseller's tenant and its domain.
        const QString tenant = m_session ? tr("your tenant (%1)").arg(m_session->tenant.defaultDomain().toHtmlEscaped())
                                         : tr("your tenant");
        m_permissionsLabel->setText(
            tr("<p>When you authorize %1, it may:</p><ul><li>submit orders and add subscriptions on behalf of your "
               "customers;</li><li>act with administrator access to %2.</li></ul><p>You can end the relationship at "
               "any time on the Indirect providers page.</p>")
                .arg(name.toHtmlEscaped(), tenant));
        const QString reseller = m_mayAccept ? m_session->partner->legal.legalName : tr("my company");
        // A check box reads '&' as a mnemonic: names show it as it is.
        setConsentText(
            tr("I authorize %1 to be the indirect provider of %2, with the permissions above.").arg(name, reseller));
    }
    if (m_newCustomer && !m_session) {
        m_signedInLabel->setText(tr("A new tenant, %1, is created for %2 with %3 as its Global administrator when you "
                                    "authorize.")
                                     .arg(Tenant::domainFor(m_newCustomer->tenant.domainPrefix.trimmed().toLower()),
                                          m_newCustomer->company.legalName, m_newCustomer->administrator.displayName));
    } else if (m_session) {
        m_signedInLabel->setText(tr("Signed in as %1 (%2).").arg(m_session->user.displayName, m_session->user.upn));
    } else if (isCustomerInvitation()) {
        m_signedInLabel->setText(tr("Sign in as a Global administrator of your organization's tenant, or create your "
                                    "organization's tenant, to accept."));
    } else {
        m_signedInLabel->setText(
            m_preview ? tr("Sign in as an Admin agent of your indirect reseller account to accept.") : QString());
    }
    m_signedInLabel->setVisible(!m_signedInLabel->text().isEmpty());
}
