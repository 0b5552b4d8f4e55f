#include "SignInDialog.h"

#include "services/DirectoryService.h"
#include "services/Workspace.h"
#include "widgets/ValidatedForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("signInDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("signInIntroLabel"));
    m_intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userNameLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("signInErrorLabel"), this);
    // A button of our own, not the standard Ok: QDialogButtonBox resets the texts of standard
    // buttons on a language change, after this dialog has retranslated.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("signInButtonBox"));
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInPushButton"));
    m_signInButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));

    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    retranslateUi();
    updateButton();
    resize(460, sizeHint().height());
}

void SignInDialog::setUserName(const QString& upn)
{
    m_user->setText(upn);
    m_password->setFocus();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to PartnerDesk"));
    m_intro->setText(tr("Sign in with the user name and password of your organization's tenant."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_user->setPlaceholderText(tr("someone@example.onmicrosoft.com"));
    m_signInButton->setText(tr("&Sign in"));
}

void SignInDialog::updateButton()
{
    m_signInButton->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_signInButton->isEnabled()) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_workspace.directory().signIn(m_user->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!session) {
        ValidatedForm::showMessage(m_errorLabel, session.errorString());
        ValidatedForm::growToFit(this);
        if (session.error().field() == QLatin1String("password")) {
            m_password->selectAll();
            m_password->setFocus();
        } else {
            m_user->selectAll();
            m_user->setFocus();
        }
        return;
    }
    m_password->clear();
    m_session = session.value();
    QDialog::accept();
}
