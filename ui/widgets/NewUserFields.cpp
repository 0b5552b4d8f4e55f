#include "NewUserFields.h"

#include "domain/Directory.h"
#include "domain/Validators.h"
#include "widgets/Labels.h"
#include "widgets/ValidatedForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {

const QString UserNameField = QStringLiteral("userName");
const QString PasswordField = QStringLiteral("password");
const QString ConfirmField = QStringLiteral("confirmPassword");

} // namespace

NewUserFields::NewUserFields(ValidatedForm* fields, Who who, const QString& nameField, QObject* parent)
    : QObject(parent)
    , m_fields(fields)
    , m_who(who)
    , m_nameField(nameField)
{
}

void NewUserFields::addRows(QFormLayout* form, QWidget* parent)
{
    addLine(form, parent, m_nameField, QStringLiteral("nameLineEdit"));
    QLineEdit* userName = addLine(form, parent, UserNameField, QStringLiteral("userNameLineEdit"));
    m_upnLabel = Labels::text(QStringLiteral("upnLabel"), parent);
    form->addRow(QString(), m_upnLabel);
    addLine(form, parent, PasswordField, QStringLiteral("passwordLineEdit"))->setEchoMode(QLineEdit::Password);
    addLine(form, parent, ConfirmField, QStringLiteral("confirmPasswordLineEdit"))->setEchoMode(QLineEdit::Password);
    m_rulesLabel = Labels::text(QStringLiteral("passwordRulesLabel"), parent);
    form->addRow(QString(), m_rulesLabel);
    connect(userName, &QLineEdit::textChanged, this, &NewUserFields::updateUpn);
    retranslate();
}

QLineEdit* NewUserFields::addLine(QFormLayout* form, QWidget* parent, const QString& field, const QString& objectName)
{
    auto* line = new QLineEdit(parent);
    line->setObjectName(objectName);
    m_lines.insert(field, line);
    m_rowLabels.insert(field, m_fields->addRow(form, field, line));
    return line;
}

NewUser NewUserFields::user(DirectoryRole role) const
{
    return NewUser{m_lines.value(m_nameField)->text(), m_lines.value(UserNameField)->text(),
                   m_lines.value(PasswordField)->text(), role};
}

void NewUserFields::setUser(const NewUser& user)
{
    m_lines.value(m_nameField)->setText(user.displayName);
    m_lines.value(UserNameField)->setText(user.userName);
    m_lines.value(PasswordField)->setText(user.password);
    m_lines.value(ConfirmField)->setText(user.password);
}

void NewUserFields::setDomain(const QString& domain)
{
    m_domain = domain;
    updateUpn();
}

void NewUserFields::setDomainPrefix(const QString& typed)
{
    const QString prefix = Validators::normalizedDomainPrefix(typed);
    setDomain(prefix.isEmpty() ? QString() : Tenant::domainFor(prefix));
}

void NewUserFields::collectConfirmationError(QList<Error>& errors) const
{
    collectError(
        errors,
        Validators::passwordConfirmation(m_lines.value(PasswordField)->text(), m_lines.value(ConfirmField)->text()),
        ConfirmField);
}

void NewUserFields::clearPasswords()
{
    m_lines.value(PasswordField)->clear();
    m_lines.value(ConfirmField)->clear();
}

void NewUserFields::updateUpn()
{
    if (!m_upnLabel) {
        return;
    }
    const QString name = m_lines.value(UserNameField)->text();
    m_upnLabel->setText(tr("Signs in as %1")
                            .arg(Tenant::upnFor(name.trimmed().isEmpty() ? tr("name") : name,
                                                m_domain.isEmpty() ? Tenant::domainFor(tr("prefix")) : m_domain)));
}

void NewUserFields::retranslate()
{
    // Access keys unique in every form these rows are part of (a company's profile and its
    // tenant above them, Add, Create or Continue beside them).
    const QString name = m_who == Who::You ? tr("Your &full name:")
        : m_who == Who::Administrator      ? tr("Administrator's &full name:")
                                           : tr("&Full name:");
    const QHash<QString, QString> texts{
        {m_nameField, name},
        {UserNameField, tr("&User name:")},
        {PasswordField, tr("Pa&ssword:")},
        {ConfirmField, tr("Confirm pass&word:")},
    };
    for (auto it = m_rowLabels.cbegin(); it != m_rowLabels.cend(); ++it) {
        it.value()->setText(texts.value(it.key()));
    }
    if (m_rulesLabel) {
        m_rulesLabel->setText(Validators::passwordRules());
    }
    updateUpn();
}
