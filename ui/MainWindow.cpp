#include "MainWindow.h"

#include "LanguageManager.h"
#include "StartPage.h"
#include "common/MessageLanguage.h"
#include "dialogs/AcceptInvitationDialog.h"
#include "dialogs/DatabasePasswordDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ProgramAdministratorDialog.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/WorkspaceErrorDialog.h"
#include "dialogs/WorkspaceLocationDialog.h"
#include "domain/Enums.h"
#include "pages/ActivityLogPage.h"
#include "pages/AuditLogPage.h"
#include "pages/CustomersPage.h"
#include "pages/DirectoryPage.h"
#include "pages/EnrollmentReviewsPage.h"
#include "pages/FindProviderPage.h"
#include "pages/HomePage.h"
#include "pages/IndirectProvidersPage.h"
#include "pages/IndirectResellersPage.h"
#include "pages/LegalProfilePage.h"
#include "pages/OrderRequestsPage.h"
#include "pages/OutboxPage.h"
#include "pages/PartnerIdPage.h"
#include "pages/ReferralsPage.h"
#include "pages/SupportProfilePage.h"
#include "pages/UserManagementPage.h"
#include "services/DirectoryService.h"
#include "services/SampleWorkspace.h"
#include "services/Workspace.h"
#include "storage/ChangeWatch.h"
#include "storage/WorkspaceCopy.h"
#include "widgets/MessageBoxes.h"
#include "wizard/EnrollmentWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>

#include <utility>

namespace {
constexpr int PageRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(Workspace& workspace, LanguageManager& language, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/partnerdesk.svg")));

    m_central = new QStackedWidget(this);
    m_startPage = new StartPage(m_central);
    m_central->addWidget(m_startPage);

    auto* splitter = new QSplitter(m_central);
    splitter->setObjectName(QStringLiteral("navigationSplitter"));
    m_workspaceView = splitter;
    m_navigation = new QTreeWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigationTreeWidget"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setMinimumWidth(200);
    m_pageStack = new QStackedWidget(splitter);
    m_pageStack->setObjectName(QStringLiteral("pageStackedWidget"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pageStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    m_central->addWidget(m_workspaceView);
    setCentralWidget(m_central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();
    // Only the page shown asks for room, once it has read what it shows and laid it out: the
    // others, read only once shown, don't size the window.
    connect(m_pageStack, &QStackedWidget::currentChanged, this, [this]() {
        QMetaObject::invokeMethod(
            this,
            [this]() {
                for (int i = 0; i < m_pageStack->count(); ++i) {
                    const auto policy
                        = i == m_pageStack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
                    m_pageStack->widget(i)->setSizePolicy(policy, policy);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item, QTreeWidgetItem* previous) {
                if (!item) {
                    return;
                }
                const QVariant index = item->data(0, PageRole);
                if (index.isValid()) {
                    m_pageStack->setCurrentIndex(index.toInt());
                    return;
                }
                if (item->childCount() == 0) {
                    return;
                }
                // A group has no page of its own: coming up from one of its sections, go on to
                // the item above it; otherwise open its first section. Switch once this change
                // has finished.
                QTreeWidgetItem* target = item->child(0);
                if (previous && previous->parent() == item && m_navigation->itemAbove(item)) {
                    target = m_navigation->itemAbove(item);
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, item, target]() {
                        if (m_navigation->currentItem() == item) {
                            m_navigation->setCurrentItem(target);
                        }
                    },
                    Qt::QueuedConnection);
            });
    connect(m_startPage, &StartPage::signInRequested, this, &MainWindow::showSignInDialog);
    connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::loadSampleWorkspace);
    connect(m_startPage, &StartPage::enrollRequested, this, &MainWindow::showEnrollmentWizard);
    m_waitingLinkTimer.setInterval(250);
    connect(&m_waitingLinkTimer, &QTimer::timeout, this, [this]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal != m_acceptDialog) {
            return;
        }
        m_waitingLinkTimer.stop();
        openInvitationLink(std::exchange(m_waitingLink, QString()));
    });
    connect(m_startPage, &StartPage::acceptInvitationRequested, this, [this]() { acceptInvitation(); });
    // A dialog in front works on what it read when it opened: the pages behind it reload once it
    // is closed, so that none of them changes under it.
    m_waitingChangeTimer.setInterval(250);
    connect(&m_waitingChangeTimer, &QTimer::timeout, this, [this]() {
        if (!QApplication::activeModalWidget()) {
            m_waitingChangeTimer.stop();
            workspaceChanged();
        }
    });
    connect(&m_workspace.changes(), &ChangeWatch::changed, this, &MainWindow::workspaceChanged);
    connect(&m_workspace.changes(), &ChangeWatch::connectionChanged, this, &MainWindow::connectionChanged);
    connect(m_startPage, &StartPage::programAdministratorRequested, this, &MainWindow::showProgramAdministratorDialog);

    retranslateUi();
    refreshStartPage();
    resize(1100, 720);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_signInAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSignInDialog);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_enrollAction = m_fileMenu->addAction(QString(), this, &MainWindow::showEnrollmentWizard);
    m_enrollAction->setObjectName(QStringLiteral("enrollAction"));
    m_acceptInvitationAction = m_fileMenu->addAction(QString(), this, [this]() { acceptInvitation(); });
    m_acceptInvitationAction->setObjectName(QStringLiteral("acceptInvitationAction"));
    m_fileMenu->addSeparator();
    m_openWorkspaceAction = m_fileMenu->addAction(QString(), this, &MainWindow::openWorkspace);
    m_openWorkspaceAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_openWorkspaceAction->setShortcut(QKeySequence::Open);
    m_copyWorkspaceAction = m_fileMenu->addAction(QString(), this, &MainWindow::copyWorkspace);
    m_copyWorkspaceAction->setObjectName(QStringLiteral("copyWorkspaceAction"));
    m_backUpWorkspaceAction = m_fileMenu->addAction(QString(), this, &MainWindow::backUpWorkspace);
    m_backUpWorkspaceAction->setObjectName(QStringLiteral("backUpWorkspaceAction"));
    m_fileMenu->addSeparator();
    m_sampleAction = m_fileMenu->addAction(QString(), this, &MainWindow::loadSampleWorkspace);
    m_sampleAction->setObjectName(QStringLiteral("openSampleAction"));
    m_programAdminAction = m_fileMenu->addAction(QString(), this, &MainWindow::showProgramAdministratorDialog);
    m_programAdminAction->setObjectName(QStringLiteral("createProgramAdministratorAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_findAction = m_viewMenu->addAction(QString(), this, &MainWindow::findInPage);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_reloadAction = m_viewMenu->addAction(QString(), this, &MainWindow::reloadPage);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Each language named in itself, so a person who can't read the current one finds theirs.
    for (const QString& code : MessageLanguage::available()) {
        QAction* action = m_languageMenu->addAction(MessageLanguage::nativeName(code));
        action->setObjectName(code == QLatin1String("es") ? QStringLiteral("spanishLanguageAction")
                                                          : QStringLiteral("englishLanguageAction"));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language.current());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_language.setLanguage(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showHelp);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this]() {
        const QString homepage = QStringLiteral(PARTNERDESK_HOMEPAGE);
        QMessageBox::about(this, tr("About PartnerDesk"),
                           tr("<h3>PartnerDesk %1</h3><p>A desktop system of record for the two-tier Cloud "
                              "Solution Provider channel: indirect resellers, indirect providers and their "
                              "customers.</p><p>Free software under the GNU General Public License, version 3 "
                              "or any later version: you may share and change it; it comes with no warranty.</p>"
                              "<p><a href=\"%2\">%2</a></p><p>Workspace: %3</p>")
                               .arg(QStringLiteral(PARTNERDESK_VERSION), homepage.toHtmlEscaped(),
                                    m_workspace.path().toHtmlEscaped()));
    });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_signedIn ? tr("PartnerDesk — %1").arg(m_session.tenant.displayName) : tr("PartnerDesk"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_signInAction->setText(tr("&Sign in…"));
    m_signOutAction->setText(tr("Sign ou&t"));
    m_sampleAction->setText(tr("Open the sa&mple workspace"));
    m_programAdminAction->setText(tr("Create the &program administrator…"));
    m_enrollAction->setText(tr("&Enroll as an indirect reseller…"));
    m_acceptInvitationAction->setText(tr("&Accept invitation…"));
    m_openWorkspaceAction->setText(tr("&Open workspace…"));
    m_copyWorkspaceAction->setText(tr("&Copy workspace to…"));
    m_backUpWorkspaceAction->setText(tr("Back &up workspace…"));
    m_backUpWorkspaceAction->setToolTip(m_workspace.database().location().isShared()
                                            ? tr("A shared workspace is backed up on its server.")
                                            : tr("Save a copy of the whole workspace, as it is now, in a file."));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_findAction->setText(tr("&Find"));
    m_reloadAction->setText(tr("&Reload"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About PartnerDesk"));
    for (QAction* action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == m_language.current());
    }
    if (m_accountSettingsItem) {
        m_accountSettingsItem->setText(0, tr("Account settings"));
    }
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_navigation->topLevelItem(i);
        QList<QTreeWidgetItem*> items{top};
        for (int c = 0; c < top->childCount(); ++c) {
            items << top->child(c);
        }
        for (QTreeWidgetItem* item : items) {
            const QVariant index = item->data(0, PageRole);
            if (index.isValid()) {
                item->setText(0, m_pages.at(index.toInt())->title());
            }
        }
    }
    if (m_signedIn) {
        m_statusLabel->setText(
            tr("Signed in as %1 (%2) — workspace %3 (%4)")
                .arg(m_session.user.displayName, m_session.user.upn, m_workspace.path(), m_workspace.engineName()));
    } else {
        m_statusLabel->setText(
            tr("Not signed in — workspace %1 (%2)").arg(m_workspace.path(), m_workspace.engineName()));
    }
}

void MainWindow::refreshStartPage()
{
    auto empty = m_workspace.isEmpty();
    m_workspaceEmpty = empty && empty.value();
    m_startPage->setWorkspace(m_workspace.path(), m_workspaceEmpty);
    updateActions();
}

void MainWindow::updateActions()
{
    m_signInAction->setEnabled(!m_signedIn && !m_workspaceEmpty);
    m_signOutAction->setEnabled(m_signedIn);
    m_sampleAction->setEnabled(!m_signedIn && m_workspaceEmpty);
    m_programAdminAction->setEnabled(!m_signedIn && m_workspaceEmpty);
    m_enrollAction->setEnabled(!m_workspaceEmpty);
    m_copyWorkspaceAction->setEnabled(!m_workspaceEmpty);
    // A shared workspace's server keeps its backups.
    m_backUpWorkspaceAction->setEnabled(!m_workspaceEmpty && !m_workspace.database().location().isShared());
    m_acceptInvitationAction->setEnabled(!m_workspaceEmpty);
    m_findAction->setEnabled(m_signedIn);
    m_reloadAction->setEnabled(m_signedIn);
}

void MainWindow::showSignInDialog()
{
    SignInDialog dialog(m_workspace, this, m_keychain);
    if (dialog.exec() == QDialog::Accepted) {
        signIn(dialog.session());
    }
}

void MainWindow::showProgramAdministratorDialog()
{
    ProgramAdministratorDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        signIn(dialog.session());
    }
}

void MainWindow::showEnrollmentWizard()
{
    EnrollmentWizard wizard(m_workspace, this);
    wizard.exec();
    // Once "Enroll now" succeeded the account exists, however the wizard was closed afterwards.
    if (!wizard.session().partner) {
        return;
    }
    if (m_signedIn && !confirmDiscard()) {
        return;
    }
    signIn(wizard.session());
}

void MainWindow::openInvitationLink(const QString& link)
{
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
    // While another dialog is open (a draft, a wizard), accepting could sign someone else in and
    // replace the pages under it: the link waits until that dialog is closed.
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && modal != m_acceptDialog) {
        m_waitingLink = link;
        if (!m_waitingLinkTimer.isActive()) {
            m_waitingLinkTimer.start();
        }
        statusBar()->showMessage(tr("An invitation link arrived: it opens when you close the dialog."), 10000);
        return;
    }
    acceptInvitation(link);
}

void MainWindow::acceptInvitation(const QString& link)
{
    if (m_acceptDialog) {
        if (!link.isEmpty()) {
            m_acceptDialog->setLink(link);
        }
        m_acceptDialog->raise();
        m_acceptDialog->activateWindow();
        return;
    }
    if (m_workspaceEmpty) {
        MessageBoxes::information(this, tr("Accept an invitation"),
                                  tr("This workspace is empty, so it holds no invitation. Open the workspace the "
                                     "invitation was sent from (partnerdesk --database PATH)."));
        return;
    }
    AcceptInvitationDialog dialog(
        m_workspace, m_signedIn ? std::optional<Session>(m_session) : std::nullopt,
        [this]() -> std::optional<Session> {
            if (m_signedIn && !confirmDiscard()) {
                return std::nullopt;
            }
            SignInDialog signInDialog(m_workspace, m_acceptDialog, m_keychain);
            if (signInDialog.exec() != QDialog::Accepted) {
                return std::nullopt;
            }
            return signInDialog.session();
        },
        this);
    dialog.setLink(link);
    m_acceptDialog = &dialog;
    const bool authorized = dialog.exec() == QDialog::Accepted;
    m_acceptDialog = nullptr;
    const std::optional<Session>& session = dialog.session();
    if (session && (!m_signedIn || session->user.id != m_session.user.id)) {
        signIn(*session);
    } else if (authorized) {
        reloadSession();
    }
    if (authorized && dialog.wasCustomerInvitation()) {
        statusBar()->showMessage(dialog.acceptedMessage(), 15000);
    } else if (authorized) {
        showPage(QStringLiteral("indirectProvidersPage"));
        statusBar()->showMessage(tr("%1 is now your indirect provider.").arg(dialog.relationship().provider.name),
                                 15000);
    }
}

void MainWindow::loadSampleWorkspace()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status loaded = SampleWorkspace::load(m_workspace);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        MessageBoxes::warning(this, tr("Sample workspace"), loaded.errorString());
    } else {
        statusBar()->showMessage(tr("The sample workspace is ready. README.md lists its users; every password is "
                                    "Sample!2026."),
                                 15000);
    }
    refreshStartPage();
}

void MainWindow::signIn(const Session& session)
{
    clearPages();
    // Whoever else signed in on the way (another person here instead, an enrollment given up)
    // keeps no connection of their own.
    m_workspace.disconnectPeopleBut(session.user.id);
    m_session = session;
    m_signedIn = true;
    addPage(new HomePage(m_workspace, m_session, m_pageStack));
    switch (session.persona()) {
    case Persona::Partner: {
        const QList<PartnerType> types = session.partner->types();
        addPage(new CustomersPage(m_workspace, m_session, m_pageStack));
        if (types.contains(PartnerType::IndirectProvider)) {
            addPage(new IndirectResellersPage(m_workspace, m_session, m_pageStack));
        }
        if (types.contains(PartnerType::IndirectReseller)) {
            auto* providers = new IndirectProvidersPage(m_workspace, m_session, m_pageStack);
            addPage(providers);
            connect(providers, &IndirectProvidersPage::acceptInvitationRequested, this,
                    [this]() { acceptInvitation(); });
            connect(providers, &IndirectProvidersPage::findProviderRequested, this,
                    [this]() { showPage(QStringLiteral("findProviderPage")); });
            addPage(new FindProviderPage(m_workspace, m_session, m_pageStack));
        }
        if (session.can(Action::RequestOrders) || session.can(Action::HandleOrderRequests)) {
            addPage(new OrderRequestsPage(m_workspace, m_session, m_pageStack));
        }
        if (session.can(Action::ManageReferrals)) {
            addPage(new ReferralsPage(m_workspace, m_session, m_pageStack));
        }
        m_accountSettingsItem = new QTreeWidgetItem(m_navigation);
        m_accountSettingsItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        addPage(new LegalProfilePage(m_workspace, m_session, m_pageStack), m_accountSettingsItem);
        addPage(new SupportProfilePage(m_workspace, m_session, m_pageStack), m_accountSettingsItem);
        addPage(new PartnerIdPage(m_workspace, m_session, m_pageStack), m_accountSettingsItem);
        addPage(new UserManagementPage(m_workspace, m_session, m_pageStack), m_accountSettingsItem);
        m_accountSettingsItem->setExpanded(true);
        if (session.can(Action::ViewActivityLog)) {
            addPage(new ActivityLogPage(m_workspace, m_session, m_pageStack));
        }
        addPage(new OutboxPage(m_workspace, m_session, m_pageStack));
        break;
    }
    case Persona::ProgramAdministrator:
        addPage(new EnrollmentReviewsPage(m_workspace, m_session, m_pageStack));
        addPage(new DirectoryPage(m_workspace, m_session, m_pageStack));
        addPage(new OutboxPage(m_workspace, m_session, m_pageStack));
        addPage(new ActivityLogPage(m_workspace, m_session, m_pageStack));
        addPage(new AuditLogPage(m_workspace, m_session, m_pageStack));
        break;
    case Persona::Customer:
    case Persona::Unenrolled:
        break;
    }
    m_navigation->expandAll();
    m_navigation->setCurrentItem(m_navigation->topLevelItem(0));
    m_central->setCurrentWidget(m_workspaceView);
    m_workspaceEmpty = false;
    retranslateUi();
    updateActions();
    m_navigation->setFocus();
}

void MainWindow::addPage(Page* page, QTreeWidgetItem* parentItem)
{
    if (m_pageStack->count() > 0) {
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // not shown yet
    }
    const int index = m_pageStack->addWidget(page);
    m_pages << page;
    auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_navigation);
    item->setData(0, PageRole, index);
    item->setText(0, page->title());
    connect(page, &Page::accountChanged, this, &MainWindow::reloadSession);
}

bool MainWindow::showPage(const QString& objectName)
{
    QTreeWidgetItemIterator it(m_navigation);
    while (*it) {
        const QVariant index = (*it)->data(0, PageRole);
        if (index.isValid() && m_pages.at(index.toInt())->objectName() == objectName) {
            m_navigation->setCurrentItem(*it);
            return true;
        }
        ++it;
    }
    return false;
}

void MainWindow::reloadSession()
{
    auto fresh = m_workspace.directory().session(m_session.user.id);
    if (!fresh) {
        MessageBoxes::warning(this, tr("PartnerDesk"), fresh.errorString());
        signOut();
        return;
    }
    m_session = fresh.value();
    for (Page* page : std::as_const(m_pages)) {
        page->setSession(m_session);
    }
    retranslateUi();
}

void MainWindow::openWorkspace()
{
    WorkspaceLocationDialog dialog(WorkspaceLocationDialog::Purpose::Open, WorkspaceLocationDialog::recentWorkspaces(),
                                   this);
    if (dialog.exec() == QDialog::Accepted) {
        openWorkspaceAt(dialog.location());
    }
}

bool MainWindow::openWorkspaceAt(WorkspaceLocation location)
{
    if (m_signedIn && !confirmDiscard()) {
        return false;
    }
    // Tried on a connection of its own first, so that a workspace that can't be opened leaves the
    // one open now as it is.
    bool cancelled = false;
    Status opened;
    {
        Database probe;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = DatabasePasswordDialog::openAsking(
            this, location,
            [&](const WorkspaceLocation& at) {
                QApplication::restoreOverrideCursor();
                Status status = probe.open(at);
                QApplication::setOverrideCursor(Qt::WaitCursor);
                return status;
            },
            &cancelled);
        QApplication::restoreOverrideCursor();
    }
    if (cancelled) {
        return false;
    }
    if (!opened) {
        WorkspaceErrorDialog error(location.toString(), opened.error(), this);
        error.exec();
        return false;
    }
    const WorkspaceLocation previous = m_workspace.database().location();
    clearPages();
    m_workspace.disconnectPeople();
    m_session = Session();
    m_signedIn = false;
    m_central->setCurrentWidget(m_startPage);
    Status reopened = m_workspace.open(location);
    if (!reopened) {
        Status back = m_workspace.open(previous);
        MessageBoxes::warning(this, tr("Open workspace"),
                              back ? reopened.errorString()
                                   : tr("%1\n\nThe workspace open before could not be opened again either: %2")
                                         .arg(reopened.errorString(), back.errorString()));
    } else {
        WorkspaceLocationDialog::rememberWorkspace(location);
        statusBar()->showMessage(tr("The workspace %1 is open.").arg(location.displayName()), 10000);
        Q_EMIT workspaceOpened();
    }
    refreshStartPage();
    retranslateUi();
    return reopened.ok();
}

void MainWindow::copyWorkspace()
{
    WorkspaceLocationDialog dialog(WorkspaceLocationDialog::Purpose::CopyTo, {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        copyWorkspaceTo(dialog.location());
    }
}

bool MainWindow::copyWorkspaceTo(WorkspaceLocation location)
{
    QProgressDialog progress(tr("Copying the workspace…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("copyProgressDialog"));
    progress.setWindowTitle(tr("Copy workspace"));
    // Shown at once: the window takes no input while the workspace it copies is read.
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    bool cancelled = false;
    QList<CopiedTable> copied;
    Status done = DatabasePasswordDialog::openAsking(
        this, location,
        [&](const WorkspaceLocation& at) -> Status {
            auto result = WorkspaceCopy::copy(m_workspace.database(), at, [&](const CopyProgress& now) {
                progress.setMaximum(int(std::min<qint64>(now.total, std::numeric_limits<int>::max())));
                progress.setValue(int(std::min<qint64>(now.rows, progress.maximum())));
                progress.setLabelText(tr("Copying the workspace… %1 of %2 records (%3)")
                                          .arg(QLocale().toString(now.rows), QLocale().toString(now.total), now.table));
                QApplication::processEvents();
                return !progress.wasCanceled();
            });
            if (!result) {
                return result.error();
            }
            copied = result.value();
            return {};
        },
        &cancelled);
    progress.reset();
    if (cancelled) {
        return false;
    }
    if (!done) {
        MessageBoxes::warning(this, tr("Copy workspace"), done.errorString());
        return false;
    }
    qint64 rows = 0;
    for (const CopiedTable& table : std::as_const(copied)) {
        rows += table.rows;
    }
    QMessageBox box(QMessageBox::Information, tr("Copy workspace"),
                    tr("The workspace is copied to %1: %2 records in %3 tables, each table counted on both sides.")
                        .arg(location.toString(), QLocale().toString(rows))
                        .arg(copied.size()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("copyDoneMessageBox"));
    MessageBoxes::makePlain(box);
    QPushButton* openCopy = box.addButton(tr("&Open the copy"), QMessageBox::AcceptRole);
    openCopy->setObjectName(QStringLiteral("openCopyPushButton"));
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(openCopy)) {
        openWorkspaceAt(location);
    }
    return true;
}

void MainWindow::showHelp()
{
    // The part about the page in front; the guide's start before anyone signs in.
    const QWidget* page
        = m_signedIn && m_central->currentWidget() == m_workspaceView ? m_pageStack->currentWidget() : nullptr;
    HelpDialog::showAt(HelpDialog::sectionOf(page ? page->objectName() : QString()), this);
}

void MainWindow::backUpWorkspace()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QFileInfo workspace(m_workspace.path());
    //: Default name of a backup: the workspace's file name and the day, such as workspace-2026-12-07.
    const QString name
        = tr("%1-%2").arg(workspace.completeBaseName(), m_workspace.now().toLocalTime().date().toString(Qt::ISODate));
    const QString suffix = workspace.suffix().isEmpty() ? QStringLiteral("sqlite") : workspace.suffix();
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up workspace"),
                                                      folder + QLatin1Char('/') + name + QLatin1Char('.') + suffix,
                                                      tr("PartnerDesk workspaces (*.%1);;All files (*)").arg(suffix));
    if (!path.isEmpty()) {
        backUpWorkspaceTo(path);
    }
}

bool MainWindow::backUpWorkspaceTo(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = m_workspace.database().backUpTo(path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBoxes::warning(this, tr("Back up workspace"), written.errorString());
        return false;
    }
    QMessageBox box(QMessageBox::Information, tr("Back up workspace"),
                    tr("The workspace is backed up to %1. The backup is a whole workspace: to go back to it, open "
                       "it with File > Open workspace…")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("backupDoneMessageBox"));
    MessageBoxes::makePlain(box);
    box.exec();
    return true;
}

void MainWindow::workspaceChanged()
{
    if (QApplication::activeModalWidget()) {
        m_waitingChangeTimer.start();
        return;
    }
    if (!m_signedIn) {
        refreshStartPage(); // another desk may have created the program administrator
        return;
    }
    auto fresh = m_workspace.directory().session(m_session.user.id);
    const auto shape = [](const Session& s) {
        QStringList parts{s.user.displayName, s.user.upn, QString::number(s.user.enabled),
                          Enums::displayName(s.user.directoryRole), s.tenant.displayName};
        for (PartnerRole role : s.roles) {
            parts << Enums::displayName(role);
        }
        if (s.partner) {
            parts << s.partner->updated.toString(Qt::ISODateWithMs) << Enums::displayName(s.partner->status);
            for (PartnerType type : s.partner->types()) {
                parts << Enums::displayName(type);
            }
        }
        return parts;
    };
    if (!fresh && (fresh.code() == ErrorCode::Storage || fresh.code() == ErrorCode::ConnectionLost)) {
        return; // not read now: the connection's state is in the status bar; the next change tells
    }
    if (!fresh || shape(fresh.value()) != shape(m_session)) {
        reloadSession(); // every page reloads with who is signed in now (or the person is signed out)
        return;
    }
    for (Page* page : std::as_const(m_pages)) {
        page->workspaceChanged();
    }
}

void MainWindow::connectionChanged(bool connected)
{
    if (connected) {
        statusBar()->showMessage(tr("Connected again to the shared workspace."), 10000);
    } else {
        statusBar()->showMessage(tr("The connection to the shared workspace is lost. PartnerDesk connects again "
                                    "when the server is back; nothing is saved meanwhile."));
    }
}

void MainWindow::clearPages()
{
    m_navigation->clear();
    m_accountSettingsItem = nullptr;
    for (Page* page : std::as_const(m_pages)) {
        m_pageStack->removeWidget(page);
        page->deleteLater();
    }
    m_pages.clear();
}

void MainWindow::findInPage()
{
    auto* page = qobject_cast<Page*>(m_pageStack->currentWidget());
    QWidget* field = page && m_signedIn ? page->searchField() : nullptr;
    if (!field || !field->isVisible()) {
        statusBar()->showMessage(tr("This page has nothing to search."), 4000);
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        line->selectAll();
    }
}

void MainWindow::reloadPage()
{
    auto* page = qobject_cast<Page*>(m_pageStack->currentWidget());
    if (!page || !m_signedIn) {
        return;
    }
    if (page->hasUnsavedChanges()) {
        statusBar()->showMessage(
            tr("%1 has changes that are not saved: save or undo them, then reload.").arg(page->title()), 6000);
        return;
    }
    page->reload();
    statusBar()->showMessage(tr("%1 reloaded.").arg(page->title()), 3000);
}

bool MainWindow::confirmDiscard()
{
    QStringList unsaved;
    for (Page* page : std::as_const(m_pages)) {
        if (page->hasUnsavedChanges()) {
            unsaved << page->title();
        }
    }
    if (unsaved.isEmpty()) {
        return true;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        tr("These pages have changes that are not saved: %1. Discard them?").arg(unsaved.join(QStringLiteral(", "))),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardChangesMessageBox"));
    MessageBoxes::makePlain(box);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString SplitterKey = QStringLiteral("mainWindow/navigationSplitter");
} // namespace

void MainWindow::restoreWindowState()
{
    // Where the window was and how wide the navigation was, as this person left them; the
    // default size otherwise (and when the screen it was on is gone, Qt fits it to one).
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    static_cast<QSplitter*>(m_workspaceView)->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, static_cast<QSplitter*>(m_workspaceView)->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (confirmDiscard()) {
        saveWindowState();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::signOut()
{
    if (!confirmDiscard()) {
        return;
    }
    clearPages();
    m_workspace.disconnectPeople();
    m_session = Session();
    m_signedIn = false;
    m_central->setCurrentWidget(m_startPage);
    refreshStartPage();
    retranslateUi();
}
