#pragma once

// The rows of a new user wherever one is created with a password: a partner's user (Add user),
// a new tenant's first Global administrator (the enrollment wizard, the program administrator,
// a new provider, a new customer). Name, user name with the address it signs in as, password
// and its confirmation with the rules under them; one set of labels and access keys, each row
// with its message under it through the form's ValidatedForm.

#include "common/Result.h"
#include "domain/Directory.h"

#include <QHash>
#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;
class ValidatedForm;

class NewUserFields : public QObject
{
    Q_OBJECT

public:
    // Who the user is to the person typing, for the name's label: "Full name", "Administrator's
    // full name", "Your full name".
    enum class Who { User, Administrator, You };

    // nameField is the core's field name of the display name ("displayName" for a partner's
    // user, "userDisplayName" for a new tenant's administrator).
    NewUserFields(ValidatedForm* fields, Who who, const QString& nameField, QObject* parent = nullptr);

    // Adds the rows to form; parent is the widget they belong to.
    void addRows(QFormLayout* form, QWidget* parent);

    // What was typed, as a user of the directory role given.
    NewUser user(DirectoryRole role = DirectoryRole::User) const;
    // Fills every row, the confirmation with the password.
    void setUser(const NewUser& user);
    // The tenant's domain the user signs in to, for "Signs in as name@domain".
    void setDomain(const QString& domain);
    // The same for a new tenant, from its domain prefix as typed (none yet: "prefix").
    void setDomainPrefix(const QString& typed);
    // A confirmation that differs from the password, under the confirmation's row.
    void collectConfirmationError(QList<Error>& errors) const;
    void clearPasswords();

    QLineEdit* lineEdit(const QString& field) const { return m_lines.value(field); }

    // The labels, the sign-in address and the password rules in the interface language; the
    // owner calls it on LanguageChange.
    void retranslate();

private:
    QLineEdit* addLine(QFormLayout* form, QWidget* parent, const QString& field, const QString& objectName);
    void updateUpn();

    ValidatedForm* m_fields;
    Who m_who;
    QString m_nameField;
    QString m_domain;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QLabel*> m_rowLabels;
    QLabel* m_upnLabel = nullptr;
    QLabel* m_rulesLabel = nullptr;
};
