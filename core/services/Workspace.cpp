#include "Workspace.h"

#include "common/MessageLanguage.h"
#include "common/Sentences.h"
#include "domain/Enums.h"
#include "mail/MailDrop.h"
#include "security/Permissions.h"
#include "security/ScramVerifier.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/BackgroundReader.h"
#include "services/CustomerManagementService.h"
#include "services/CustomerService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/InvitationService.h"
#include "services/LicenseService.h"
#include "services/MfaService.h"
#include "services/OrderService.h"
#include "services/OutboxService.h"
#include "services/ReferralService.h"
#include "services/RelationshipService.h"
#include "services/UserService.h"
#include "storage/AuditStore.h"
#include "storage/ChangeWatch.h"
#include "storage/DirectoryStore.h"
#include "storage/OutboxStore.h"
#include "storage/SqlEngine.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorkspace, "partnerdesk.workspace", QtWarningMsg)

Workspace::Workspace(WorkspaceOptions options)
    : m_options(std::move(options))
    , m_mail(m_options.mail ? m_options.mail : std::make_shared<MailDrop>())
    , m_changes(std::make_unique<ChangeWatch>(m_database))
    , m_directory(std::make_unique<DirectoryService>(*this))
    , m_accounts(std::make_unique<AccountService>(*this))
    , m_auditLog(std::make_unique<AuditService>(*this))
    , m_customers(std::make_unique<CustomerService>(*this))
    , m_customerManagement(std::make_unique<CustomerManagementService>(*this))
    , m_enrollment(std::make_unique<EnrollmentService>(*this))
    , m_invitations(std::make_unique<InvitationService>(*this))
    , m_licenses(std::make_unique<LicenseService>(*this))
    , m_mfa(std::make_unique<MfaService>(*this))
    , m_orders(std::make_unique<OrderService>(*this))
    , m_relationships(std::make_unique<RelationshipService>(*this))
    , m_referrals(std::make_unique<ReferralService>(*this))
    , m_outbox(std::make_unique<OutboxService>(*this))
    , m_users(std::make_unique<UserService>(*this))
{
}

Workspace::~Workspace() = default;

Status Workspace::open(const QString& path)
{
    return open(WorkspaceLocation::file(path));
}

Status Workspace::open(const WorkspaceLocation& location)
{
    m_changes->stop();
    forgetPeople();
    Status opened = m_database.open(location);
    if (!opened) {
        return opened;
    }
    // The offer catalog ships with the application (resources/catalog): each opening brings the
    // workspace's copy up to date, so subscriptions can refer to offers by id. Behind the gate a
    // desk only checks that it is (the owner's opening writes it, as it upgrades the schema).
    Status catalog = m_orders->loadCatalog();
    if (catalog) {
        catalog = writePermissionMatrix();
    }
    if (catalog) {
        m_changes->start();
    }
    return catalog;
}

Status Workspace::writePermissionMatrix()
{
    if (!DatabaseLogins::apply(db())) {
        return {};
    }
    QList<MatrixRow> rows;
    for (const Action action : PermissionMatrix::actions()) {
        for (const PartnerType type : EnumValues<PartnerType>::all) {
            for (const PartnerRole role : EnumValues<PartnerRole>::all) {
                if (PermissionMatrix::allows(action, type, role)) {
                    rows.append({PermissionMatrix::key(action), Enums::key(type), Enums::key(role),
                                 PermissionMatrix::needsActiveAccount(action)});
                }
            }
        }
    }
    // As the offer catalog: written only when it differs, so that a workspace another desk is
    // writing to opens without waiting for its lock, and opening is no change.
    auto same = DatabaseLogins::permissionMatrixIs(db(), rows);
    if (!same) {
        return same.error();
    }
    if (same.value()) {
        return {};
    }
    if (behindGate()) {
        return ownerMustUpdate();
    }
    return inTransaction([&]() { return DatabaseLogins::writePermissionMatrix(db(), rows); });
}

StoredPassword Workspace::newPassword(const QString& password) const
{
    return {hasher().hash(password), DatabaseLogins::apply(db()) ? ScramVerifier::make(password) : QString()};
}

QString Workspace::engineName() const
{
    return SqlEngine::of(db()).displayName();
}

void Workspace::close()
{
    m_changes->stop();
    forgetPeople();
    m_database.close();
}

void Workspace::forgetPeople()
{
    // Their connections go with the database's (Database::open, Database::close).
    m_people.clear();
    m_acting.clear();
}

QSqlDatabase Workspace::db() const
{
    return m_acting.isEmpty() ? m_database.connection() : QSqlDatabase::database(m_acting.constLast(), false);
}

void Workspace::reconnect()
{
    if (m_acting.isEmpty()) {
        m_database.reconnect();
    } else {
        m_database.reconnect(m_acting.constLast());
    }
}

Status Workspace::connectPerson(const QString& userId, const QString& password)
{
    if (!DatabaseLogins::apply(m_database.connection())) {
        return {};
    }
    auto login = DatabaseLogins::loginName(m_database.connection(), userId);
    if (!login) {
        return login.error();
    }
    auto connection = m_database.connectPerson(login.value(), password);
    if (!connection) {
        return connection.error();
    }
    const QString previous = m_people.value(userId);
    m_people.insert(userId, connection.value());
    if (!previous.isEmpty()) {
        m_database.disconnectPerson(previous);
    }
    return {};
}

Error Workspace::ownerMustUpdate() const
{
    return Error(ErrorCode::Storage,
                 tr("The shared workspace %1 was brought up to date by another version of PartnerDesk: its offer "
                    "catalog or its permissions differ from this version's, and only its owner may change them. Ask "
                    "the server's administrator to open it once with this PartnerDesk and the owner's address. "
                    "Nothing was changed.")
                     .arg(m_database.location().displayName()));
}

Result<Workspace::LoginConnection> Workspace::connectLogin(const QString& login, const QString& password)
{
    auto connection = m_database.connectPerson(login, password);
    if (!connection) {
        return connection.error();
    }
    auto user = DatabaseLogins::signedInUser(QSqlDatabase::database(connection.value(), false));
    if (!user || user->isEmpty()) {
        m_database.disconnectPerson(connection.value());
        return user ? Error(ErrorCode::Disabled, tr("The database login %1 belongs to no enabled user.").arg(login))
                    : user.error();
    }
    LoginConnection made{user.value(), connection.value(), m_people.value(user.value())};
    m_people.insert(made.userId, made.connection);
    return made;
}

void Workspace::settleLogin(const LoginConnection& login, bool signedIn)
{
    const QString closing = signedIn ? login.previous : login.connection;
    if (!signedIn) {
        if (login.previous.isEmpty()) {
            m_people.remove(login.userId);
        } else {
            m_people.insert(login.userId, login.previous);
        }
    }
    if (!closing.isEmpty()) {
        m_database.disconnectPerson(closing);
    }
}

Result<Session> Workspace::connected(Result<Session> session, const QString& password)
{
    if (!session) {
        return session;
    }
    Status connectedNow = connectPerson(session->user.id, password);
    if (!connectedNow) {
        return connectedNow.error();
    }
    return session;
}

void Workspace::disconnectPerson(const QString& userId)
{
    const QString connection = m_people.take(userId);
    if (!connection.isEmpty()) {
        m_database.disconnectPerson(connection);
    }
}

void Workspace::disconnectPeopleBut(const QString& userId)
{
    for (const QString& person : m_people.keys()) {
        if (person != userId) {
            disconnectPerson(person);
        }
    }
}

std::unique_ptr<BackgroundReader> Workspace::backgroundReader(const Session& session)
{
    const QString workspace = m_database.connection().connectionName();
    const QString own = m_people.value(session.user.id, workspace);
    auto settings = m_database.readerSettings(QSqlDatabase::database(own, false));
    return settings ? std::make_unique<BackgroundReader>(std::move(*settings)) : nullptr;
}

Workspace::Acting Workspace::actFor(const Session& session)
{
    if (Transaction::isOpenOn(db())) {
        return Acting(*this, db().connectionName());
    }
    const QString workspace = m_database.connection().connectionName();
    const QString own = m_people.value(session.user.id, workspace);
    if (own != workspace) {
        m_database.reconnect(own); // a connection lost meanwhile is made again, as for a write
    }
    return Acting(*this, own);
}

Workspace::Acting::Acting(Workspace& workspace, const QString& connectionName)
    : m_workspace(workspace)
{
    m_workspace.m_acting.append(connectionName);
    m_depth = m_workspace.m_acting.size();
}

Workspace::Acting::~Acting()
{
    // The workspace may have been closed or opened again meanwhile, which forgets every call.
    if (m_workspace.m_acting.size() >= m_depth) {
        m_workspace.m_acting.resize(m_depth - 1);
    }
}

void Workspace::waitBeforeAttempt(int attempt)
{
    // Up to 5, 10, 20, 40… ms: under a second for every attempt together.
    const int longest = 5 << std::min(attempt - 2, 6);
    QThread::usleep(QRandomGenerator::global()->bounded(250, longest * 1000));
}

void Workspace::noteCommitted()
{
    m_changes->noteCommitted();
}

QDateTime Workspace::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString Workspace::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status Workspace::checkActing(const Session& session) const
{
    // A service call that forgot actFor would run on the workspace's connection for someone who
    // has their own: refused, so that the core suite on a shared workspace finds it.
    const QString own = m_people.value(session.user.id);
    if (!own.isEmpty() && db().connectionName() != own) {
        qCWarning(lcWorkspace) << "A call for" << session.user.upn << "was not made on their own connection";
        return Error(ErrorCode::Storage,
                     tr("PartnerDesk tried to act for %1 without their own database login, so nothing was done.")
                         .arg(session.user.upn));
    }
    return {};
}

Result<Session> Workspace::authorize(const Session& session, Action action) const
{
    Status acting = checkActing(session);
    if (!acting) {
        return acting.error();
    }
    auto fresh = m_directory->session(session.user.id);
    if (!fresh) {
        return fresh.error();
    }
    Status allowed = fresh->require(action);
    if (!allowed) {
        return allowed.error();
    }
    return fresh;
}

Result<Session> Workspace::authorize(const Session& session, Status (Session::*check)() const) const
{
    Status acting = checkActing(session);
    if (!acting) {
        return acting.error();
    }
    auto fresh = m_directory->session(session.user.id);
    if (!fresh) {
        return fresh.error();
    }
    Status allowed = (fresh.value().*check)();
    if (!allowed) {
        return allowed.error();
    }
    return fresh;
}

Status Workspace::audit(const Session* actor, const QString& action, const QString& subjectType,
                        const QString& subjectId, const QJsonObject& details)
{
    return auditFor(actor && actor->partner ? actor->partner->id : QString(), actor, action, subjectType, subjectId,
                    details);
}

Status Workspace::auditFor(const QString& partnerAccountId, const Session* actor, const QString& action,
                           const QString& subjectType, const QString& subjectId, const QJsonObject& details)
{
    return AuditStore::append(db(), now(), actor ? actor->user.id : QString(), partnerAccountId, action, subjectType,
                              subjectId, details);
}

Status Workspace::send(OutboxMessage message)
{
    message.id = newId();
    message.created = now();
    message.subject = Sentences::tidy(message.subject);
    message.body = Sentences::tidy(message.body);
    return OutboxStore::insert(db(), message);
}

Status Workspace::notify(const PartnerAccount& to, const QString& kind, const QString& relatedType,
                         const QString& relatedId, const std::function<MessageText()>& compose)
{
    return send(messageTo(to, kind, relatedType, relatedId, compose));
}

OutboxMessage Workspace::messageTo(const PartnerAccount& to, const QString& kind, const QString& relatedType,
                                   const QString& relatedId, const std::function<MessageText()>& compose)
{
    MessageText text;
    {
        const MessageLanguage::Scope language(to.legal.contactLanguage);
        text = compose();
    }
    OutboxMessage message;
    message.recipient = to.legal.contactEmail;
    message.subject = text.subject;
    message.body = text.body;
    message.kind = kind;
    message.relatedType = relatedType;
    message.relatedId = relatedId;
    message.partnerAccountId = to.id;
    return message;
}

Status Workspace::deliverPrivately(MailMessage message)
{
    message.date = now();
    return m_mail->deliver(message);
}

Result<bool> Workspace::isEmpty() const
{
    return DirectoryStore::noTenants(db());
}
