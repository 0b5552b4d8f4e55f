#pragma once

// E9: a partner already enrolled in CSP creates its indirect reseller account by giving only the
// customer support contact information customers of its resale reach.

#include "security/Session.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ValidatedForm;
class Workspace;

class ResellerAccountDialog : public QDialog
{
    Q_OBJECT

public:
    ResellerAccountDialog(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    // The signed-in user's session once the reseller account exists.
    const Session& session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

private:
    SupportProfile support() const;

    Workspace& m_workspace;
    Session m_session;
    ValidatedForm* m_fields;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_website;
    QLabel* m_errorLabel;
    QPushButton* m_createButton;
};
