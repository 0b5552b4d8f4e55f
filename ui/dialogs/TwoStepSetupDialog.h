#pragma once

// Sets up two-step verification: a QR code of a new secret and the secret as a key to type, a
// code from the app to confirm it, then the ten recovery codes, shown this once, which the person
// confirms they have saved before the dialog closes. Who stores the setup is the caller's
// confirm function: the signed-in user's own settings, or a sign-in the partner requires it for.

#include "common/Result.h"
#include "services/MfaService.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

class TwoStepSetupDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Settings, RequiredAtSignIn };
    // Stores the setup confirmed by code; the recovery codes, or why not.
    using Confirm = std::function<Result<QStringList>(const QByteArray& secret, const QString& code)>;

    TwoStepSetupDialog(const QString& upn, Purpose purpose, Confirm confirm, QWidget* parent = nullptr);

    // The recovery codes shown after confirmation, empty before.
    const QStringList& recoveryCodes() const { return m_codes; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void verify();
    void showRecoveryCodes();

    QString m_upn;
    Purpose m_purpose;
    Confirm m_confirm;
    MfaService::Setup m_setup;
    QStringList m_codes;

    QStackedWidget* m_pages;
    QLabel* m_introLabel;
    QLabel* m_qrLabel;
    QLabel* m_stepsLabel;
    QLabel* m_keyCaptionLabel;
    QLabel* m_keyLabel;
    QPushButton* m_copyKeyButton;
    QLabel* m_accountLabel;
    QLabel* m_codeLabel;
    QLineEdit* m_codeEdit;
    QLabel* m_errorLabel;

    QLabel* m_doneHeadingLabel;
    QLabel* m_codesIntroLabel;
    QPlainTextEdit* m_codesEdit;
    QPushButton* m_copyCodesButton;
    QCheckBox* m_savedCheckBox;
    QLabel* m_codesMessageLabel;

    QDialogButtonBox* m_buttons;
    QPushButton* m_verifyButton;
    QPushButton* m_cancelButton;
    QPushButton* m_doneButton;
};
