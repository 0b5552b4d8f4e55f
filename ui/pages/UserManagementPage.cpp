#include "UserManagementPage.h"

#include "dialogs/TwoStepSetupDialog.h"
#include "dialogs/UserDialog.h"
#include "services/MfaService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "widgets/MessageBoxes.h"
#include "widgets/Labels.h"
#include "widgets/Tables.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UserManagementPage::UserManagementPage(Workspace& workspace, const Session& session, QWidget* parent)
    : Page(workspace, session, parent)
{
    setObjectName(QStringLiteral("userManagementPage"));
    m_heading = makeHeading(QStringLiteral("userManagementHeadingLabel"), this);
    // Plain text (S8): the note and the done message name people and the company.
    m_noteLabel = Labels::text(QStringLiteral("userManagementNoteLabel"), this);
    m_table = Tables::makeReadOnly(QStringLiteral("usersTableWidget"), 5, this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addUserPushButton"));
    m_changeRolesButton = new QPushButton(this);
    m_changeRolesButton->setObjectName(QStringLiteral("changeRolesPushButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeUserPushButton"));
    m_resetTwoStepButton = new QPushButton(this);
    m_resetTwoStepButton->setObjectName(QStringLiteral("resetTwoStepPushButton"));
    m_doneLabel = Labels::text(QStringLiteral("userManagementDoneLabel"), this);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("userManagementErrorLabel"), this);
    m_twoStepHeading = new QLabel(this);
    m_twoStepHeading->setObjectName(QStringLiteral("twoStepHeadingLabel"));
    QFont bold = m_twoStepHeading->font();
    bold.setBold(true);
    m_twoStepHeading->setFont(bold);
    m_requireTwoStepCheckBox = new QCheckBox(this);
    m_requireTwoStepCheckBox->setObjectName(QStringLiteral("requireTwoStepCheckBox"));
    m_twoStepStatusLabel = Labels::text(QStringLiteral("twoStepStatusLabel"), this);
    m_setUpTwoStepButton = new QPushButton(this);
    m_setUpTwoStepButton->setObjectName(QStringLiteral("setUpTwoStepPushButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_changeRolesButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_resetTwoStepButton);
    buttons->addStretch();
    auto* twoStepRow = new QHBoxLayout;
    twoStepRow->addWidget(m_twoStepStatusLabel, 1);
    twoStepRow->addWidget(m_setUpTwoStepButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_errorLabel);
    layout->addSpacing(8);
    layout->addWidget(m_twoStepHeading);
    layout->addWidget(m_requireTwoStepCheckBox);
    layout->addLayout(twoStepRow);

    connect(m_addButton, &QPushButton::clicked, this, &UserManagementPage::addUser);
    connect(m_changeRolesButton, &QPushButton::clicked, this, &UserManagementPage::changeRoles);
    connect(m_removeButton, &QPushButton::clicked, this, &UserManagementPage::removeUser);
    connect(m_resetTwoStepButton, &QPushButton::clicked, this, &UserManagementPage::resetTwoStepVerification);
    connect(m_setUpTwoStepButton, &QPushButton::clicked, this, &UserManagementPage::setUpTwoStepVerification);
    // clicked, not toggled: only what a person does is saved, not the state reload() shows.
    connect(m_requireTwoStepCheckBox, &QCheckBox::clicked, this, &UserManagementPage::setTwoStepRequired);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserManagementPage::updateButtons);
    // Enter or a double-click on a user opens their roles.
    connect(m_table, &QTableWidget::itemActivated, this, [this]() {
        if (m_canManage) {
            changeRoles();
        }
    });

    retranslateUi();
    reloadWhenShown();
}

QString UserManagementPage::title() const
{
    return tr("User management");
}

void UserManagementPage::retranslateUi()
{
    m_heading->setText(tr("User management"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("User name"), tr("Roles"), tr("Enabled"), tr("Two-step verification")});
    m_addButton->setText(tr("&Add user…"));
    m_changeRolesButton->setText(tr("&Change roles…"));
    m_removeButton->setText(tr("&Remove user…"));
    m_resetTwoStepButton->setText(tr("Reset &two-step verification…"));
    m_twoStepHeading->setText(tr("Two-step verification"));
    m_requireTwoStepCheckBox->setText(tr("Re&quire two-step verification for every user"));
    m_requireTwoStepCheckBox->setToolTip(tr("Users who have not set it up do so the next time they sign in."));
    showDone(QString()); // it was worded in the old language
}

void UserManagementPage::reload()
{
    m_canManage = m_session.can(Action::ManageUsers);
    m_addButton->setVisible(m_canManage);
    m_changeRolesButton->setVisible(m_canManage);
    m_removeButton->setVisible(m_canManage);
    m_canManageTwoStep = m_session.can(Action::ManageTwoStepVerification);
    m_resetTwoStepButton->setVisible(m_canManageTwoStep);
    m_requireTwoStepCheckBox->setVisible(m_canManageTwoStep);
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto twoStepUsers = m_workspace.mfa().enrolledUsers(m_session);
    auto required = m_workspace.mfa().isRequired(m_session);
    m_twoStepUsers = twoStepUsers ? twoStepUsers.value() : QSet<QString>();
    m_twoStepRequired = required && required.value();
    m_requireTwoStepCheckBox->setChecked(m_twoStepRequired);

    const QString selectedId = selectedUser() ? selectedUser()->user.id : QString();
    auto users = m_workspace.users().users(m_session);
    if (!users) {
        m_list.clear();
        Tables::setRows(m_table, {});
        ValidatedForm::showMessage(m_errorLabel, users.errorString());
        updateNote();
        updateButtons();
        updateTwoStepStatus();
        return;
    }
    m_list = users.value();
    QList<QStringList> rows;
    for (const PartnerUser& user : std::as_const(m_list)) {
        QStringList roles;
        for (PartnerRole role : user.roles) {
            roles << Enums::displayName(role);
        }
        QString twoStep = tr("Off");
        if (m_twoStepUsers.contains(user.user.id)) {
            twoStep = tr("On");
        } else if (m_twoStepRequired) {
            twoStep = tr("Off: set up at next sign-in");
        }
        rows << QStringList{user.user.displayName, user.user.upn,
                            roles.isEmpty() ? tr("None") : roles.join(QStringLiteral(", ")),
                            user.user.enabled ? tr("Yes") : tr("No"), twoStep};
    }
    Tables::setRows(m_table, rows);
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).user.id == selectedId) {
            m_table->selectRow(row);
        }
    }
    updateNote();
    updateButtons();
    updateTwoStepStatus();
}

void UserManagementPage::updateTwoStepStatus()
{
    auto status = m_workspace.mfa().status(m_session);
    if (!status) {
        m_twoStepStatusLabel->setText(status.errorString());
        m_setUpTwoStepButton->setVisible(false);
        return;
    }
    m_setUpTwoStepButton->setVisible(true);
    if (status->enrolled) {
        m_twoStepStatusLabel->setText(
            tr("Two-step verification is on for you since %1: you sign in with your password and a code from your "
               "authenticator app. Recovery codes left: %2.")
                .arg(QLocale().toString(status->enrolledAt.toLocalTime(), QLocale::ShortFormat))
                .arg(status->recoveryCodesLeft));
        m_setUpTwoStepButton->setText(tr("Set up &again…"));
        m_setUpTwoStepButton->setToolTip(
            tr("Use another phone or app, or get new recovery codes. The old app and codes stop working."));
    } else {
        m_twoStepStatusLabel->setText(
            status->requiredByPartner
                ? tr("Your organization requires two-step verification, and you have not set it up yet. Set it up "
                     "now, or PartnerDesk asks you to the next time you sign in.")
                : tr("Two-step verification is off for you. Set it up so that your password alone can't sign you "
                     "in."));
        m_setUpTwoStepButton->setText(tr("Set &up two-step verification…"));
        m_setUpTwoStepButton->setToolTip(QString());
    }
}

void UserManagementPage::updateNote()
{
    if (m_canManage) {
        m_noteLabel->setText(tr("Add the people of your organization who work in PartnerDesk and choose their "
                                "roles. Hover over a role in the dialog to see what it may do."));
        return;
    }
    QStringList admins;
    for (const PartnerUser& user : std::as_const(m_list)) {
        if (user.user.enabled && user.hasRole(PartnerRole::AdminAgent)) {
            //: A user in a list: their name, then their user name.
            admins << tr("%1 (%2)").arg(user.user.displayName, user.user.upn);
        }
    }
    const QString partner = m_session.partner ? m_session.partner->legal.legalName : m_session.tenant.displayName;
    m_noteLabel->setText(admins.isEmpty()
                             ? tr("Only an Admin agent can add users, change roles or remove users, and %1 has no "
                                  "Admin agent.")
                                   .arg(partner)
                             : tr("Only an Admin agent can add users, change roles or remove users. Ask an Admin "
                                  "agent of %1: %2.")
                                   .arg(partner, admins.join(QStringLiteral(", "))));
}

const PartnerUser* UserManagementPage::selectedUser() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return nullptr;
    }
    const int row = items.first()->row();
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void UserManagementPage::updateButtons()
{
    const PartnerUser* user = selectedUser();
    m_changeRolesButton->setEnabled(user != nullptr);
    m_removeButton->setEnabled(user != nullptr && user->user.enabled);
    m_resetTwoStepButton->setEnabled(user != nullptr && m_twoStepUsers.contains(user->user.id));
}

void UserManagementPage::showDone(const QString& message)
{
    ValidatedForm::showOutcome(m_doneLabel, m_errorLabel, message);
}

void UserManagementPage::changed(const QString& userId, const QString& doneMessage)
{
    reload();
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).user.id == userId) {
            m_table->selectRow(row);
        }
    }
    showDone(doneMessage);
    if (userId == m_session.user.id) {
        Q_EMIT accountChanged(); // your own roles: the window reloads who you are
    }
}

void UserManagementPage::addUser()
{
    if (!m_canManage) {
        return;
    }
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog = new UserDialog(m_workspace.users(), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        changed(dialog->user().user.id,
                tr("%1 was added. They sign in as %2.").arg(dialog->user().user.displayName, dialog->user().user.upn));
    });
    dialog->open();
}

void UserManagementPage::changeRoles()
{
    const PartnerUser* user = selectedUser();
    if (!m_canManage || !user) {
        return;
    }
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog = new UserDialog(m_workspace.users(), m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        changed(dialog->user().user.id, tr("The roles of %1 were saved.").arg(dialog->user().user.displayName));
    });
    dialog->open();
}

void UserManagementPage::removeUser()
{
    const PartnerUser* selected = selectedUser();
    if (!m_canManage || !selected) {
        return;
    }
    const PartnerUser user = *selected;
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove user"),
                                tr("Remove %1 (%2)? They lose their roles and can no longer sign in.")
                                    .arg(user.user.displayName, user.user.upn),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeUserMessageBox"));
    MessageBoxes::makePlain(*box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemovePushButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, user](QAbstractButton* clicked) {
        if (clicked != remove) {
            return;
        }
        Status removed = m_workspace.users().removeUser(m_session, user.user.id);
        if (!removed) {
            ValidatedForm::showMessage(m_errorLabel, removed.errorString());
            return;
        }
        changed(user.user.id, tr("%1 was removed.").arg(user.user.displayName));
    });
    box->open();
}

void UserManagementPage::setUpTwoStepVerification()
{
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* dialog = new TwoStepSetupDialog(
        m_session.user.upn, TwoStepSetupDialog::Purpose::Settings,
        [this](const QByteArray& secret, const QString& code) {
            return m_workspace.mfa().enroll(m_session, secret, code);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        changed(m_session.user.id,
                tr("Two-step verification is on. When you sign in, PartnerDesk asks for a code "
                   "from your authenticator app after your password."));
    });
    dialog->open();
}

void UserManagementPage::setTwoStepRequired(bool required)
{
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    Status saved = m_workspace.mfa().setRequired(m_session, required);
    if (!saved) {
        m_requireTwoStepCheckBox->setChecked(!required);
        ValidatedForm::showMessage(m_errorLabel, saved.errorString());
        return;
    }
    const QString partner = m_session.partner ? m_session.partner->legal.legalName : m_session.tenant.displayName;
    reload();
    showDone(required ? tr("Every user of %1 now needs two-step verification to sign in. Those who have not set it "
                           "up do so the next time they sign in.")
                            .arg(partner)
                      : tr("Two-step verification is no longer required. Users who have set it up keep using it."));
}

void UserManagementPage::resetTwoStepVerification()
{
    const PartnerUser* selected = selectedUser();
    if (!m_canManageTwoStep || !selected) {
        return;
    }
    const PartnerUser user = *selected;
    showDone(QString());
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Reset two-step verification"),
                                tr("Reset two-step verification for %1 (%2)? Their authenticator app and recovery "
                                   "codes stop working for PartnerDesk. They can set it up again, and must at their "
                                   "next sign-in if your organization requires it.")
                                    .arg(user.user.displayName, user.user.upn),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resetTwoStepMessageBox"));
    MessageBoxes::makePlain(*box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* reset = box->addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("confirmResetTwoStepPushButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset, user](QAbstractButton* clicked) {
        if (clicked != reset) {
            return;
        }
        Status done = m_workspace.mfa().reset(m_session, user.user.id);
        if (!done) {
            ValidatedForm::showMessage(m_errorLabel, done.errorString());
            return;
        }
        changed(user.user.id, tr("Two-step verification of %1 was reset.").arg(user.user.displayName));
    });
    box->open();
}
