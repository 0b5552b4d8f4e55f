#include "UserDialog.h"

#include "services/UserService.h"
#include "widgets/NewUserFields.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString roleObjectName(PartnerRole role)
{
    QString key = Enums::key(role); // "AdminAgent" → "adminAgentCheckBox"
    key[0] = key[0].toLower();
    return key + QStringLiteral("CheckBox");
}

} // namespace

UserDialog::UserDialog(UserService& users, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_session(session)
    , m_mode(Mode::AddUser)
    , m_fields(new ValidatedForm(this))
{
    setUp();
}

UserDialog::UserDialog(UserService& users, const Session& session, const PartnerUser& user, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_session(session)
    , m_mode(Mode::ChangeRoles)
    , m_user(user)
    , m_fields(new ValidatedForm(this))
{
    setUp();
}

void UserDialog::setUp()
{
    const bool adding = m_mode == Mode::AddUser;
    setObjectName(adding ? QStringLiteral("addUserDialog") : QStringLiteral("changeRolesDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (adding) {
        m_newUser = new NewUserFields(m_fields, NewUserFields::Who::User, QStringLiteral("displayName"), this);
        m_newUser->addRows(m_form, this);
        m_newUser->setDomain(m_session.tenant.defaultDomain());
    }

    m_rolesWidget = new QWidget(this);
    m_rolesWidget->setObjectName(QStringLiteral("rolesWidget"));
    auto* rolesLayout = new QVBoxLayout(m_rolesWidget);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (PartnerRole role : EnumValues<PartnerRole>::all) {
        auto* box = new QCheckBox(m_rolesWidget);
        box->setObjectName(roleObjectName(role));
        box->setChecked(m_user.hasRole(role));
        rolesLayout->addWidget(box);
        m_roleBoxes.insert(role, box);
        connect(box, &QCheckBox::toggled, m_fields, [this]() { m_fields->markEdited(QStringLiteral("roles")); });
    }
    // The row label's mnemonic goes to the first role.
    m_rolesWidget->setFocusProxy(m_roleBoxes.value(PartnerRole::AdminAgent));
    m_rowLabels.insert(QStringLiteral("roles"), m_fields->addRow(m_form, QStringLiteral("roles"), m_rolesWidget));

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    // Our own button: QDialogButtonBox would reset a standard Ok's text on a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("userButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_acceptButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(adding ? QStringLiteral("addPushButton") : QStringLiteral("savePushButton"));
    m_acceptButton->setDefault(true);
    m_acceptButton->setEnabled(!adding && !m_user.roles.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_fields->setValidator([this]() { return validate(); });
    connect(m_fields, &ValidatedForm::edited, this, [this]() {
        ValidatedForm::showMessage(m_errorLabel, QString());
        m_acceptButton->setEnabled(m_fields->isValid());
        ValidatedForm::growToFit(this);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

QList<PartnerRole> UserDialog::checkedRoles() const
{
    QList<PartnerRole> roles;
    for (PartnerRole role : EnumValues<PartnerRole>::all) {
        if (m_roleBoxes.value(role)->isChecked()) {
            roles << role;
        }
    }
    return roles;
}

QList<Error> UserDialog::validate() const
{
    if (m_mode == Mode::ChangeRoles) {
        QList<Error> errors;
        collectError(errors, UserService::validateRoles(checkedRoles()), QStringLiteral("roles"));
        return errors;
    }
    QList<Error> errors = UserService::validate(m_newUser->user(), checkedRoles());
    m_newUser->collectConfirmationError(errors);
    return errors;
}

QString UserDialog::roleDescription(PartnerRole role)
{
    switch (role) {
    case PartnerRole::AdminAgent:
        return tr("Manages the partner account: adds users, changes roles, edits the company's profiles and "
                  "authorizes providers, and does everything a Sales agent and a Helpdesk agent do.");
    case PartnerRole::SalesAgent:
        return tr("Invites customers, manages their accounts and subscriptions, and requests or submits orders.");
    case PartnerRole::HelpdeskAgent:
        return tr("Manages customers' users and licenses.");
    case PartnerRole::BillingAdmin:
        return tr("Sees the account, its customers and its indirect partners, and changes nothing.");
    }
    return {};
}

void UserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void UserDialog::retranslateUi()
{
    const QString partner = m_session.partner ? m_session.partner->legal.legalName : m_session.tenant.displayName;
    if (m_mode == Mode::AddUser) {
        setWindowTitle(tr("Add user"));
        m_intro->setText(tr("The new user is created in %1's tenant and signs in to PartnerDesk with the password "
                            "you set here. Their roles decide what they may do for %2.")
                             .arg(m_session.tenant.displayName, partner));
        m_newUser->retranslate();
        m_acceptButton->setText(tr("&Add"));
    } else {
        setWindowTitle(tr("Change roles"));
        QString intro = tr("Choose the roles of %1 (%2) in %3.").arg(m_user.user.displayName, m_user.user.upn, partner);
        if (!m_user.user.enabled) {
            intro += QLatin1Char(' ') + tr("This user was removed: giving them roles lets them sign in again.");
        }
        m_intro->setText(intro);
        m_acceptButton->setText(tr("&Save"));
    }
    m_rowLabels.value(QStringLiteral("roles"))->setText(tr("&Roles:"));
    m_rolesWidget->setAccessibleName(tr("Roles"));
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it) {
        it.value()->setText(Enums::displayName(it.key()));
        it.value()->setToolTip(roleDescription(it.key()));
        it.value()->setAccessibleDescription(roleDescription(it.key()));
    }
}

void UserDialog::accept()
{
    if (!m_fields->revalidate(true)) {
        m_acceptButton->setEnabled(false);
        ValidatedForm::growToFit(this);
        return;
    }
    Result<PartnerUser> stored = Error();
    if (m_mode == Mode::AddUser) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // hashing the password takes a moment
        stored = m_users.addUser(m_session, m_newUser->user(), checkedRoles());
        QApplication::restoreOverrideCursor();
    } else {
        stored = m_users.changeRoles(m_session, m_user.user.id, checkedRoles());
    }
    if (!stored) {
        m_fields->showError(stored.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    if (m_newUser) {
        m_newUser->clearPasswords();
    }
    m_user = stored.value();
    QDialog::accept();
}
