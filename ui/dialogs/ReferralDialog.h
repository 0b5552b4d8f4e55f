#pragma once

// A lead for the Referrals page (C8): a reseller records one from its own marketing or a
// Microsoft referral; a provider refers one to a reseller it works with. The form checks as
// people type; a refusal from core is shown in the dialog, which stays open with what was typed.

#include "domain/IndirectRelationship.h"
#include "domain/Referral.h"
#include "security/Session.h"

#include <QDialog>
#include <QHash>

class CountryComboBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ValidatedForm;
class Workspace;

class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Record, // a reseller's own lead
        Refer, // a provider's lead for one of its resellers
    };

    ReferralDialog(Workspace& workspace, const Session& session, Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Whether the dialog can be used; for Refer, it needs an Active reseller. errorString() says
    // why not.
    bool isReady() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    ReferralDraft draft() const;
    // The reseller chosen, for Refer.
    QString resellerAccountId() const;
    // The referral as stored, once the dialog was accepted.
    const Referral& referral() const { return m_referral; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<Error> problems() const;
    void retranslateUi();
    QLineEdit* addLine(const QString& field, const QString& objectName);
    void addRow(const QString& field, QWidget* input);
    void focusFirstProblem();

    Workspace& m_workspace;
    Session m_session;
    Mode m_mode;
    Referral m_referral;
    QString m_error;
    QList<IndirectRelationship> m_resellers; // Active ones, for Refer

    ValidatedForm* m_fields;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_rowLabels;
    QHash<QString, QWidget*> m_inputs;
    QLabel* m_intro;
    QComboBox* m_reseller = nullptr;
    QLineEdit* m_company;
    QLineEdit* m_contactName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    CountryComboBox* m_country;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_notes;
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};
