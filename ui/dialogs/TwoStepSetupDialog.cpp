#include "TwoStepSetupDialog.h"

#include "security/Totp.h"
#include "widgets/Labels.h"
#include "widgets/QrCodeImage.h"
#include "widgets/ValidatedForm.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// Pixels per QR module: a code of version 6 to 8 comes out about 300 pixels wide, which phones
// read from a laptop screen at arm's length.
constexpr int ModulePixels = 6;
} // namespace

TwoStepSetupDialog::TwoStepSetupDialog(const QString& upn, Purpose purpose, Confirm confirm, QWidget* parent)
    : QDialog(parent)
    , m_upn(upn)
    , m_purpose(purpose)
    , m_confirm(std::move(confirm))
    , m_setup(MfaService::newSetup(upn))
{
    setObjectName(QStringLiteral("twoStepSetupDialog"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Page 1: the QR code, the key, and the code that confirms them.
    auto* setupPage = new QWidget(this);
    m_introLabel = Labels::text(QStringLiteral("twoStepIntroLabel"), setupPage);
    m_qrLabel = new QLabel(setupPage);
    m_qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    if (m_setup.qrCode) {
        m_qrLabel->setPixmap(QrCodeImage::pixmap(*m_setup.qrCode, ModulePixels, devicePixelRatioF()));
    }
    m_stepsLabel = Labels::text(QStringLiteral("twoStepStepsLabel"), setupPage);
    m_keyCaptionLabel = Labels::text(QStringLiteral("secretKeyCaptionLabel"), setupPage);
    m_keyLabel = Labels::text(QStringLiteral("secretKeyLabel"), setupPage);
    m_keyLabel->setFont(fixed);
    m_keyLabel->setText(Totp::grouped(m_setup.secretBase32));
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyKeyButton = new QPushButton(setupPage);
    m_copyKeyButton->setObjectName(QStringLiteral("copySecretKeyPushButton"));
    m_accountLabel = Labels::text(QStringLiteral("twoStepAccountLabel"), setupPage);
    m_codeEdit = new QLineEdit(setupPage);
    m_codeEdit->setObjectName(QStringLiteral("verificationCodeLineEdit"));
    m_codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,7}")), m_codeEdit));
    m_codeEdit->setFont(fixed);
    m_codeEdit->setMaximumWidth(m_codeEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000 0000")) + 24);
    m_codeLabel = new QLabel(setupPage);
    m_codeLabel->setWordWrap(true);
    m_codeLabel->setBuddy(m_codeEdit);
    m_errorLabel = ValidatedForm::makeMessageLabel(QStringLiteral("twoStepErrorLabel"), setupPage);

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyLabel, 1);
    keyRow->addWidget(m_copyKeyButton);
    auto* side = new QVBoxLayout;
    side->addWidget(m_stepsLabel);
    side->addWidget(m_keyCaptionLabel);
    side->addLayout(keyRow);
    side->addWidget(m_accountLabel);
    side->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_qrLabel, 0, Qt::AlignTop);
    top->addLayout(side, 1);
    auto* setupLayout = new QVBoxLayout(setupPage);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(m_introLabel);
    setupLayout->addLayout(top);
    setupLayout->addWidget(m_codeLabel);
    setupLayout->addWidget(m_codeEdit);
    setupLayout->addWidget(m_errorLabel);

    // Page 2: the recovery codes, shown once.
    auto* codesPage = new QWidget(this);
    m_doneHeadingLabel = Labels::text(QStringLiteral("twoStepDoneHeadingLabel"), codesPage);
    QFont heading = m_doneHeadingLabel->font();
    heading.setBold(true);
    m_doneHeadingLabel->setFont(heading);
    m_codesIntroLabel = Labels::text(QStringLiteral("recoveryCodesIntroLabel"), codesPage);
    m_codesEdit = new QPlainTextEdit(codesPage);
    m_codesEdit->setObjectName(QStringLiteral("recoveryCodesPlainTextEdit"));
    m_codesEdit->setReadOnly(true);
    m_codesEdit->setFont(fixed);
    m_codesEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyCodesButton = new QPushButton(codesPage);
    m_copyCodesButton->setObjectName(QStringLiteral("copyRecoveryCodesPushButton"));
    m_savedCheckBox = new QCheckBox(codesPage);
    m_savedCheckBox->setObjectName(QStringLiteral("savedRecoveryCodesCheckBox"));
    m_codesMessageLabel = ValidatedForm::makeMessageLabel(QStringLiteral("recoveryCodesMessageLabel"), codesPage);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyCodesButton);
    copyRow->addStretch();
    auto* codesLayout = new QVBoxLayout(codesPage);
    codesLayout->setContentsMargins(0, 0, 0, 0);
    codesLayout->addWidget(m_doneHeadingLabel);
    codesLayout->addWidget(m_codesIntroLabel);
    codesLayout->addWidget(m_codesEdit, 1);
    codesLayout->addLayout(copyRow);
    codesLayout->addWidget(m_savedCheckBox);
    codesLayout->addWidget(m_codesMessageLabel);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("twoStepStackedWidget"));
    m_pages->addWidget(setupPage);
    m_pages->addWidget(codesPage);

    // Buttons of our own, not standard ones: QDialogButtonBox resets the texts of standard
    // buttons on a language change, after this dialog has retranslated.
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("twoStepButtonBox"));
    m_verifyButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_verifyButton->setObjectName(QStringLiteral("verifyPushButton"));
    m_verifyButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_doneButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_doneButton->setObjectName(QStringLiteral("donePushButton"));
    m_doneButton->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TwoStepSetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TwoStepSetupDialog::reject);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &TwoStepSetupDialog::updateButtons);
    connect(m_savedCheckBox, &QCheckBox::toggled, this, [this]() {
        ValidatedForm::showMessage(m_codesMessageLabel, QString());
        updateButtons();
    });
    connect(m_copyKeyButton, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_setup.secretBase32); });
    connect(m_copyCodesButton, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_codes.join(QLatin1Char('\n'))); });

    retranslateUi();
    updateButtons();
    m_codeEdit->setFocus();
}

void TwoStepSetupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void TwoStepSetupDialog::retranslateUi()
{
    setWindowTitle(tr("Set up two-step verification"));
    m_introLabel->setText(
        m_purpose == Purpose::RequiredAtSignIn
            ? tr("Your organization requires two-step verification. Set it up now to finish signing in: from now on "
                 "you sign in with your password and a code from an authenticator app on your phone.")
            : tr("With two-step verification you sign in with your password and a code from an authenticator app on "
                 "your phone, so your password alone is no longer enough."));
    m_qrLabel->setAccessibleName(tr("QR code for your authenticator app"));
    m_qrLabel->setAccessibleDescription(
        tr("Scan it with your authenticator app, or type the key shown beside it into the app."));
    m_qrLabel->setToolTip(m_qrLabel->accessibleDescription());
    m_stepsLabel->setText(tr("1. Open an authenticator app on your phone, such as Microsoft Authenticator, Google "
                             "Authenticator or FreeOTP, and add an account.\n"
                             "2. Scan the QR code. If you can't scan it, choose to enter a key instead and type this "
                             "key (time-based):"));
    m_keyCaptionLabel->setText(tr("Key:"));
    m_keyLabel->setAccessibleName(tr("Key for your authenticator app"));
    m_copyKeyButton->setText(tr("&Copy key"));
    //: %1 is the issuer shown in the app (PartnerDesk), %2 the user name.
    m_accountLabel->setText(tr("The app shows the account as %1 (%2).").arg(MfaService::issuer(), m_upn));
    m_codeLabel->setText(tr("3. &Enter the 6-digit code the app shows for it:"));
    m_codeEdit->setPlaceholderText(tr("123456"));
    m_verifyButton->setText(tr("&Verify"));
    m_cancelButton->setText(tr("Cancel"));

    m_doneHeadingLabel->setText(tr("Two-step verification is on for %1.").arg(m_upn));
    m_codesIntroLabel->setText(
        tr("Save these recovery codes somewhere safe, away from your phone: print them or keep them in a password "
           "manager. If you lose your phone, each code signs you in once instead of a code from the app. They are "
           "shown only now; setting up two-step verification again replaces them."));
    m_codesEdit->setAccessibleName(tr("Recovery codes"));
    m_copyCodesButton->setText(tr("C&opy codes"));
    m_savedCheckBox->setText(tr("I have &saved these codes"));
    m_doneButton->setText(tr("&Done"));
}

void TwoStepSetupDialog::updateButtons()
{
    m_verifyButton->setEnabled(Totp::looksLikeCode(m_codeEdit->text()));
    m_doneButton->setEnabled(m_savedCheckBox->isChecked());
}

void TwoStepSetupDialog::accept()
{
    if (m_pages->currentIndex() == 0) {
        verify();
        return;
    }
    if (!m_savedCheckBox->isChecked()) {
        return;
    }
    QDialog::accept();
}

void TwoStepSetupDialog::reject()
{
    // Once the codes are shown, two-step verification is on: closing must not lose them unseen.
    if (m_pages->currentIndex() == 1 && !m_savedCheckBox->isChecked()) {
        ValidatedForm::showMessage(m_codesMessageLabel,
                                   tr("Save the recovery codes and check “I have saved these codes” first: they "
                                      "are not shown again."));
        ValidatedForm::growToFit(this);
        return;
    }
    if (m_pages->currentIndex() == 1) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

void TwoStepSetupDialog::verify()
{
    if (!m_verifyButton->isEnabled()) {
        return;
    }
    ValidatedForm::showMessage(m_errorLabel, QString());
    auto codes = m_confirm(m_setup.secret, m_codeEdit->text());
    if (!codes) {
        ValidatedForm::showMessage(m_errorLabel, codes.errorString());
        ValidatedForm::growToFit(this);
        m_codeEdit->selectAll();
        m_codeEdit->setFocus();
        return;
    }
    m_codes = codes.value();
    showRecoveryCodes();
}

void TwoStepSetupDialog::showRecoveryCodes()
{
    // The secret is stored now and never shown again, not even on the hidden page.
    m_keyLabel->clear();
    m_qrLabel->clear();
    m_setup = {};
    QStringList lines;
    for (qsizetype i = 0; i < m_codes.size(); i += 2) {
        lines << (i + 1 < m_codes.size() ? m_codes.at(i) + QStringLiteral("    ") + m_codes.at(i + 1) : m_codes.at(i));
    }
    m_codesEdit->setPlainText(lines.join(QLatin1Char('\n')));
    const QFontMetrics metrics(m_codesEdit->font());
    m_codesEdit->setMinimumHeight(metrics.lineSpacing() * (int(lines.size()) + 1) + 12);
    m_pages->setCurrentIndex(1);
    m_verifyButton->hide();
    m_cancelButton->hide();
    m_doneButton->show();
    m_doneButton->setDefault(true);
    updateButtons();
    m_savedCheckBox->setFocus();
}
