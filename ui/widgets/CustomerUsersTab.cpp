#include "CustomerUsersTab.h"

#include "dialogs/CustomerUserDialog.h"
#include "services/CustomerManagementService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CustomerUsersTab::CustomerUsersTab(Workspace& workspace, const Session& session, const QString& customerId,
                                   QWidget* parent)
    : CustomerTab(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerUsersTab"));
    m_accessLabel = Labels::text(QStringLiteral("accessLabel"), this);
    m_accessLabel->hide();
    m_table = Tables::makeReadOnly(QStringLiteral("customerUsersTableWidget"), 5, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    // No mnemonics: the Customers page and the other tabs hold the Alt keys.
    m_buttonsWidget = new QWidget(this);
    m_buttonsWidget->setObjectName(QStringLiteral("userButtonsWidget"));
    m_addButton = new QPushButton(m_buttonsWidget);
    m_addButton->setObjectName(QStringLiteral("addCustomerUserPushButton"));
    m_editButton = new QPushButton(m_buttonsWidget);
    m_editButton->setObjectName(QStringLiteral("editCustomerUserPushButton"));
    m_enableButton = new QPushButton(m_buttonsWidget);
    m_enableButton->setObjectName(QStringLiteral("enableDisableUserPushButton"));
    m_resetButton = new QPushButton(m_buttonsWidget);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordPushButton"));
    auto* buttons = new QHBoxLayout(m_buttonsWidget);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_enableButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch();
    m_administratorNoteLabel = Labels::text(QStringLiteral("administratorNoteLabel"), this);
    m_administratorNoteLabel->hide();
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("errorLabel"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_accessLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_administratorNoteLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttonsWidget);

    connect(m_addButton, &QPushButton::clicked, this, &CustomerUsersTab::addUser);
    connect(m_editButton, &QPushButton::clicked, this, &CustomerUsersTab::editUser);
    connect(m_enableButton, &QPushButton::clicked, this, &CustomerUsersTab::toggleEnabled);
    connect(m_resetButton, &QPushButton::clicked, this, &CustomerUsersTab::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CustomerUsersTab::updateButtons);
    // Enter or a double-click on a user opens it for editing.
    connect(m_table, &QTableWidget::itemActivated, this, &CustomerUsersTab::editUser);
    retranslateUi();
}

void CustomerUsersTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name (UPN)"), tr("Role"), tr("Status"), tr("Licenses")});
    m_addButton->setText(tr("Add user…"));
    m_editButton->setText(tr("Edit…"));
    m_resetButton->setText(tr("Reset password…"));
    updateButtons();
}

QString CustomerUsersTab::statusText(const CustomerUser& user) const
{
    if (!user.enabled) {
        return tr("Disabled");
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > m_workspace.now()) {
        return tr("Locked until %1").arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
    }
    return tr("Enabled");
}

void CustomerUsersTab::reload()
{
    const QString selectedId = selectedUser() ? selectedUser()->id : QString();
    m_users.clear();
    Tables::setRows(m_table, {});
    ValidatedForm::showMessage(m_errorLabel, QString());
    CustomerManagementService& service = m_workspace.customerManagement();
    auto access = service.access(m_session, m_customerId);
    auto customer = access ? service.customer(m_session, m_customerId) : Result<Customer>(access.error());
    if (!access || !customer) {
        m_access = CustomerAccess();
        ValidatedForm::showMessage(m_errorLabel, customer.errorString());
        m_accessLabel->hide();
        m_table->hide();
        m_buttonsWidget->hide();
        return;
    }
    m_access = access.value();
    m_customer = customer.value();
    // Without the right to manage them, core lists no users: the reason is all there is to read.
    m_accessLabel->setText(m_access.canManageUsers ? QString() : m_access.reason);
    m_accessLabel->setVisible(!m_access.canManageUsers);
    m_table->setVisible(m_access.canManageUsers);
    m_buttonsWidget->setVisible(m_access.canManageUsers);
    if (!m_access.canManageUsers) {
        updateButtons();
        return;
    }
    auto users = service.users(m_session, m_customerId);
    if (!users) {
        ValidatedForm::showMessage(m_errorLabel, users.errorString());
        updateButtons();
        return;
    }
    m_users = users.value();
    const QLocale locale;
    QList<QStringList> rows;
    for (const CustomerUser& user : std::as_const(m_users)) {
        rows << QStringList{user.displayName, user.upn, Enums::displayName(user.role), statusText(user),
                            locale.toString(user.licenseCount)};
    }
    Tables::setRows(m_table, rows);
    selectUser(selectedId);
    updateButtons();
}

const CustomerUser* CustomerUsersTab::selectedUser() const
{
    const int row = Tables::selectedRow(m_table);
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

void CustomerUsersTab::selectUser(const QString& userId)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId) {
            m_table->selectRow(row);
            return;
        }
    }
}

bool CustomerUsersTab::canChange(const CustomerUser& user) const
{
    return m_access.canManageUsers
        && (user.role != DirectoryRole::GlobalAdministrator || m_access.canManageAdministrators);
}

void CustomerUsersTab::updateButtons()
{
    const CustomerUser* user = selectedUser();
    const bool changeable = user && canChange(*user);
    m_addButton->setEnabled(m_access.canManageUsers);
    m_editButton->setEnabled(changeable);
    m_enableButton->setEnabled(changeable);
    m_resetButton->setEnabled(changeable);
    m_enableButton->setText(user && !user->enabled ? tr("Enable") : tr("Disable"));
    // S1: what core would refuse for an administrator's row is disabled, and the reason shown.
    const QString reason = user && !changeable && m_access.canManageUsers ? m_access.administratorsReason : QString();
    for (QPushButton* button : {m_editButton, m_enableButton, m_resetButton}) {
        button->setToolTip(reason);
    }
    m_administratorNoteLabel->setText(reason);
    m_administratorNoteLabel->setVisible(!reason.isEmpty());
}

void CustomerUsersTab::refused(const QString& message)
{
    ValidatedForm::showMessage(m_errorLabel, message);
    Q_EMIT failed(message);
}

void CustomerUsersTab::addUser()
{
    if (!m_access.canManageUsers) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog = new CustomerUserDialog(m_workspace.customerManagement(), m_session, m_customer, m_access, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const CustomerUser user = dialog->user();
        const QString password = dialog->takePassword();
        reload();
        selectUser(user.id);
        Q_EMIT done(tr("%1 was added. They sign in as %2.").arg(user.displayName, user.upn));
        Q_EMIT changed();
        showPassword(user, password);
    });
    dialog->open();
}

void CustomerUsersTab::editUser()
{
    const CustomerUser* selected = selectedUser();
    if (!selected || !canChange(*selected)) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog
        = new CustomerUserDialog(m_workspace.customerManagement(), m_session, m_customer, m_access, *selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const CustomerUser user = dialog->user();
        reload();
        selectUser(user.id);
        Q_EMIT done(tr("%1 was saved.").arg(user.displayName));
        Q_EMIT changed();
    });
    dialog->open();
}

void CustomerUsersTab::toggleEnabled()
{
    const CustomerUser* selected = selectedUser();
    if (!selected || !canChange(*selected)) {
        return;
    }
    const CustomerUser user = *selected;
    ValidatedForm::showMessage(m_errorLabel, QString());
    Status stored = m_workspace.customerManagement().setUserEnabled(m_session, m_customerId, user.id, !user.enabled);
    if (!stored) {
        refused(stored.errorString());
        return;
    }
    reload();
    selectUser(user.id);
    if (user.enabled) {
        Q_EMIT done(user.licenseCount > 0
                        ? tr("%1 is disabled and can't sign in. Their licenses stay assigned until you unassign "
                             "them.")
                              .arg(user.displayName)
                        : tr("%1 is disabled and can't sign in.").arg(user.displayName));
    } else {
        Q_EMIT done(tr("%1 is enabled and can sign in again.").arg(user.displayName));
    }
    Q_EMIT changed();
}

void CustomerUsersTab::resetPassword()
{
    const CustomerUser* selected = selectedUser();
    if (!selected || !canChange(*selected)) {
        return;
    }
    const CustomerUser user = *selected;
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* box = new QMessageBox(QMessageBox::Question, tr("Reset password"),
                                tr("Reset the password of %1 (%2)? Their current password stops working, and you "
                                   "get a temporary password to give them.")
                                    .arg(user.displayName, user.upn),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resetPasswordMessageBox"));
    MessageBoxes::makePlain(*box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* reset = box->addButton(tr("Reset password"), QMessageBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetPushButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset, user](QAbstractButton* clicked) {
        if (clicked != reset) {
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor); // hashing the password takes a moment
        auto password = m_workspace.customerManagement().resetPassword(m_session, m_customerId, user.id);
        QApplication::restoreOverrideCursor();
        if (!password) {
            refused(password.errorString());
            return;
        }
        reload(); // a lock is lifted
        selectUser(user.id);
        Q_EMIT done(tr("The password of %1 was reset.").arg(user.displayName));
        showPassword(user, password.value());
    });
    box->open();
}

void CustomerUsersTab::showPassword(const CustomerUser& user, const QString& password)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("temporaryPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Temporary password"));
    QLabel* intro = Labels::text(QStringLiteral("introLabel"), dialog);
    intro->setText(tr("The temporary password of %1 (%2):").arg(user.displayName, user.upn));
    // A read-only field named by the sentence above it: a screen reader says what it is and then
    // reads the password itself, and it can be selected and copied from the keyboard.
    auto* passwordLineEdit = new QLineEdit(dialog);
    passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    passwordLineEdit->setReadOnly(true);
    passwordLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    passwordLineEdit->setText(password);
    intro->setBuddy(passwordLineEdit);
    QLabel* note = Labels::text(QStringLiteral("passwordNoteLabel"), dialog);
    note->setText(tr("This password won't be shown again. Give it to %1 now: they sign in as %2 with it.")
                      .arg(user.displayName, user.upn));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(QStringLiteral("passwordButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    QPushButton* copy = buttons->addButton(tr("&Copy password"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPasswordPushButton"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, passwordLineEdit,
            [passwordLineEdit]() { QApplication::clipboard()->setText(passwordLineEdit->text()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Forgotten as soon as it is closed: nothing keeps the password after this.
    connect(dialog, &QDialog::finished, passwordLineEdit, &QLineEdit::clear);

    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(passwordLineEdit);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog->resize(420, dialog->sizeHint().height());
    dialog->open();
    passwordLineEdit->selectAll();
    passwordLineEdit->setFocus();
}
