#include "EmailVerificationPanel.h"

#include "services/EnrollmentService.h"
#include "services/Workspace.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

constexpr int CodeLength = 6;

} // namespace

EmailVerificationPanel::EmailVerificationPanel(Workspace& workspace, const Session& session, QWidget* parent)
    : QGroupBox(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("emailVerificationGroupBox"));
    m_introLabel = Labels::text(QStringLiteral("verificationIntroLabel"), this);
    m_introLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(QStringLiteral("verificationCodeLabel"));
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("verificationCodeLineEdit"));
    // Digits only, six at most: typed or pasted (the message indents the code), anything else is
    // dropped as it arrives.
    connect(m_codeEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        QString digits;
        for (QChar c : text) {
            if (c.isDigit() && digits.size() < CodeLength) {
                digits += c;
            }
        }
        if (digits != text) {
            m_codeEdit->setText(digits);
        }
    });
    m_codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeLabel->setBuddy(m_codeEdit);
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyPushButton"));
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendNewCodePushButton"));
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("verificationErrorLabel"), this);
    m_confirmationLabel = Labels::text(QStringLiteral("verificationConfirmationLabel"), this);
    m_confirmationLabel->hide();

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_codeEdit);
    codeRow->addWidget(m_verifyButton);
    codeRow->addStretch();
    codeRow->addWidget(m_sendButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(codeRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_confirmationLabel);

    connect(m_codeEdit, &QLineEdit::textChanged, this, &EmailVerificationPanel::updateVerifyButton);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &EmailVerificationPanel::verify);
    connect(m_verifyButton, &QPushButton::clicked, this, &EmailVerificationPanel::verify);
    connect(m_sendButton, &QPushButton::clicked, this, &EmailVerificationPanel::sendNewCode);
    retranslateUi();
    updateVerifyButton();
}

void EmailVerificationPanel::setSession(const Session& session)
{
    m_session = session;
    retranslateUi();
}

void EmailVerificationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void EmailVerificationPanel::retranslateUi()
{
    setTitle(tr("Verify your email address"));
    const QString email = m_session.partner ? m_session.partner->legal.contactEmail : QString();
    //: %2 says where the message is (the mail drop folder).
    m_introLabel->setText(tr("We sent a verification code to %1. %2 Enter the code here and select Verify.")
                              .arg(email, m_workspace.mail().whereDelivered(email)));
    m_codeLabel->setText(tr("Verification &code:"));
    m_codeEdit->setAccessibleName(tr("Verification code"));
    m_codeEdit->setPlaceholderText(tr("6 digits"));
    m_verifyButton->setText(tr("&Verify"));
    m_sendButton->setText(tr("&Send a new code"));
    m_sendButton->setToolTip(tr("Send a new code to the primary contact; earlier codes stop working"));
    m_confirmationLabel->setText(
        tr("We sent a new code to %1. Enter that code; earlier codes no longer work.").arg(email));
}

void EmailVerificationPanel::updateVerifyButton()
{
    m_verifyButton->setEnabled((m_codeEdit->text().size() == CodeLength));
}

void EmailVerificationPanel::verify()
{
    if (!(m_codeEdit->text().size() == CodeLength)) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    Status checked = m_workspace.enrollment().verifyEmail(m_session, m_codeEdit->text());
    if (!checked) {
        m_confirmationLabel->hide();
        ValidatedForm::showMessage(m_errorLabel, checked.errorString());
        m_codeEdit->setAccessibleDescription(checked.errorString());
        m_codeEdit->selectAll();
        m_codeEdit->setFocus();
        return;
    }
    m_codeEdit->clear();
    m_codeEdit->setAccessibleDescription(QString());
    m_confirmationLabel->hide();
    Q_EMIT verified();
}

void EmailVerificationPanel::sendNewCode()
{
    ValidatedForm::showMessage(m_errorLabel, QString());
    m_codeEdit->setAccessibleDescription(QString());
    m_confirmationLabel->hide();
    Status sent = m_workspace.enrollment().sendNewCode(m_session);
    if (!sent) {
        ValidatedForm::showMessage(m_errorLabel, sent.errorString());
        return;
    }
    m_codeEdit->clear();
    m_confirmationLabel->show();
    m_codeEdit->setFocus();
}
