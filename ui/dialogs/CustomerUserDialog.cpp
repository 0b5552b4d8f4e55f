#include "CustomerUserDialog.h"

#include "services/CustomerManagementService.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

CustomerUserDialog::CustomerUserDialog(CustomerManagementService& service, const Session& session,
                                       const Customer& customer, const CustomerAccess& access, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_session(session)
    , m_customer(customer)
    , m_access(access)
    , m_mode(Mode::AddUser)
    , m_fields(new ValidatedForm(this))
{
    setUp();
}

CustomerUserDialog::CustomerUserDialog(CustomerManagementService& service, const Session& session,
                                       const Customer& customer, const CustomerAccess& access, const CustomerUser& user,
                                       QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_session(session)
    , m_customer(customer)
    , m_access(access)
    , m_mode(Mode::EditUser)
    , m_user(user)
    , m_fields(new ValidatedForm(this))
{
    setUp();
}

void CustomerUserDialog::setUp()
{
    const bool adding = m_mode == Mode::AddUser;
    setObjectName(adding ? QStringLiteral("addCustomerUserDialog") : QStringLiteral("editCustomerUserDialog"));
    m_intro = Labels::text(QStringLiteral("introLabel"), this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setText(m_user.displayName);
    m_rowLabels.insert(QStringLiteral("displayName"), m_fields->addRow(m_form, QStringLiteral("displayName"), m_name));

    // The user name and the customer's domain after it, which is fixed.
    m_userNameWidget = new QWidget(this);
    m_userNameWidget->setObjectName(QStringLiteral("userNameWidget"));
    auto* userNameLayout = new QHBoxLayout(m_userNameWidget);
    userNameLayout->setContentsMargins(0, 0, 0, 0);
    userNameLayout->setSpacing(2);
    m_userName = new QLineEdit(m_userNameWidget);
    m_userName->setObjectName(QStringLiteral("userNameLineEdit"));
    m_domainLabel = new QLabel(QLatin1Char('@') + m_customer.primaryDomain, m_userNameWidget);
    m_domainLabel->setObjectName(QStringLiteral("domainLabel"));
    m_domainLabel->setTextFormat(Qt::PlainText);
    userNameLayout->addWidget(m_userName, 1);
    userNameLayout->addWidget(m_domainLabel);
    m_userNameWidget->setFocusProxy(m_userName); // the row label's buddy and showError's focus
    if (!adding) {
        // A user's sign-in name stays what it is: only their name and role change here.
        m_userName->setText(m_user.upn.section(QLatin1Char('@'), 0, 0));
        m_userName->setReadOnly(true);
    }
    m_rowLabels.insert(QStringLiteral("userName"),
                       m_fields->addRow(m_form, QStringLiteral("userName"), m_userNameWidget));
    connect(m_userName, &QLineEdit::textEdited, m_fields,
            [this]() { m_fields->markEdited(QStringLiteral("userName")); });

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    // S1: the Global administrator role only for those core lets make one (or the one edited).
    for (DirectoryRole role : {DirectoryRole::User, DirectoryRole::GlobalAdministrator}) {
        if (role != DirectoryRole::GlobalAdministrator || m_access.canManageAdministrators || m_user.role == role) {
            m_role->addItem(QString(), QVariant::fromValue(int(role)));
        }
    }
    m_role->setCurrentIndex(m_role->findData(int(m_user.role)));
    m_rowLabels.insert(QStringLiteral("role"), m_fields->addRow(m_form, QStringLiteral("role"), m_role));

    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);
    // Our own button: QDialogButtonBox would reset a standard Ok's text on a language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("customerUserButtonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_acceptButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(adding ? QStringLiteral("addPushButton") : QStringLiteral("savePushButton"));
    m_acceptButton->setDefault(true);
    m_acceptButton->setEnabled(!adding);

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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerUserDialog::reject);
    retranslateUi();
    resize(480, sizeHint().height());
}

NewCustomerUser CustomerUserDialog::typed() const
{
    return NewCustomerUser{m_name->text(), m_userName->text(),
                           static_cast<DirectoryRole>(m_role->currentData().toInt())};
}

QList<Error> CustomerUserDialog::validate() const
{
    QList<Error> errors = CustomerManagementService::validateUser(typed());
    if (m_mode == Mode::EditUser) {
        // The user name isn't edited here; whatever it is, it is the user's.
        errors.removeIf([](const Error& e) { return e.field() == QLatin1String("userName"); });
    }
    return errors;
}

QString CustomerUserDialog::takePassword()
{
    return std::exchange(m_password, QString());
}

void CustomerUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_fields->revalidate();
    }
    QDialog::changeEvent(event);
}

void CustomerUserDialog::retranslateUi()
{
    if (m_mode == Mode::AddUser) {
        setWindowTitle(tr("Add user"));
        m_intro->setText(tr("The new user is created in the tenant of %1 and gets a temporary password, shown to "
                            "you once when the user is added.")
                             .arg(m_customer.company.legalName));
        m_acceptButton->setText(tr("&Add"));
    } else {
        setWindowTitle(tr("Edit user"));
        m_intro->setText(tr("Change the name or the directory role of %1 (%2) in the tenant of %3.")
                             .arg(m_user.displayName, m_user.upn, m_customer.company.legalName));
        m_acceptButton->setText(tr("&Save"));
    }
    m_rowLabels.value(QStringLiteral("displayName"))->setText(tr("&Name:"));
    m_rowLabels.value(QStringLiteral("userName"))->setText(tr("&User name:"));
    m_rowLabels.value(QStringLiteral("role"))->setText(tr("&Role:"));
    m_userName->setAccessibleName(tr("User name"));
    m_domainLabel->setToolTip(tr("The primary domain of %1, which every user name of its tenant ends with.")
                                  .arg(m_customer.company.legalName));
    for (int i = 0; i < m_role->count(); ++i) {
        const auto role = static_cast<DirectoryRole>(m_role->itemData(i).toInt());
        m_role->setItemText(i, Enums::displayName(role));
        m_role->setItemData(i,
                            role == DirectoryRole::GlobalAdministrator
                                ? tr("Administers the whole tenant of %1, including its partners' access.")
                                      .arg(m_customer.company.legalName)
                                : tr("Signs in and uses the licenses assigned to them."),
                            Qt::ToolTipRole);
    }
    m_role->setToolTip(m_access.canManageAdministrators ? QString() : m_access.administratorsReason);
}

void CustomerUserDialog::accept()
{
    if (!m_fields->revalidate(true)) {
        m_acceptButton->setEnabled(false);
        ValidatedForm::growToFit(this);
        return;
    }
    const NewCustomerUser input = typed();
    Status stored;
    if (m_mode == Mode::AddUser) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // hashing the password takes a moment
        auto added = m_service.addUser(m_session, m_customer.id, input);
        QApplication::restoreOverrideCursor();
        stored = added;
        if (added) {
            m_user = added->user;
            m_password = added->password;
        }
    } else {
        stored = m_service.updateUser(m_session, m_customer.id, m_user.id, input.displayName, input.role);
        if (stored) {
            m_user.displayName = input.displayName.simplified();
            m_user.role = input.role;
        }
    }
    if (!stored) {
        m_fields->showError(stored.error(), m_errorLabel);
        ValidatedForm::growToFit(this);
        return;
    }
    QDialog::accept();
}
