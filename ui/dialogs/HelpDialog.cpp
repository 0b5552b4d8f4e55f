#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr QLatin1StringView Start{"getting-started"};

struct PageSection
{
    const char* page;
    const char* section;
};

// Each page's part of the guide.
constexpr PageSection PageSections[] = {
    {"homePage", "home"},
    {"customersPage", "customers"},
    {"indirectProvidersPage", "indirect-providers"},
    {"findProviderPage", "indirect-providers"},
    {"indirectResellersPage", "indirect-resellers"},
    {"orderRequestsPage", "orders"},
    {"referralsPage", "referrals"},
    {"legalProfilePage", "account-settings"},
    {"supportProfilePage", "account-settings"},
    {"partnerIdPage", "account-settings"},
    {"userManagementPage", "users"},
    {"activityLogPage", "activity-log"},
    {"auditLogPage", "activity-log"},
    {"outboxPage", "outbox"},
    {"enrollmentReviewsPage", "program"},
    {"directoryPage", "program"},
};

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(800, 640);
}

HelpDialog* HelpDialog::showAt(const QString& section, QWidget* parent)
{
    QWidget* window = parent ? parent->window() : nullptr;
    auto* dialog = window ? window->findChild<HelpDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new HelpDialog(window);
    }
    dialog->open(section);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString HelpDialog::sectionOf(const QString& pageObjectName)
{
    for (const PageSection& known : PageSections) {
        if (pageObjectName == QLatin1String(known.page)) {
            return QLatin1String(known.section);
        }
    }
    return Start;
}

QStringList HelpDialog::sections()
{
    QStringList all{Start, QStringLiteral("enroll")};
    for (const PageSection& known : PageSections) {
        if (!all.contains(QLatin1String(known.section))) {
            all << QLatin1String(known.section);
        }
    }
    return all;
}

QString HelpDialog::guideOf(const QString& language)
{
    return QStringLiteral(":/help/guide.%1.html")
        .arg(language == QLatin1String("es") ? language : QStringLiteral("en"));
}

void HelpDialog::open(const QString& section)
{
    m_section = section.isEmpty() ? QString(Start) : section;
    const QString language = QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    QUrl url(QStringLiteral("qrc") + guideOf(language));
    url.setFragment(m_section);
    m_browser->setSource(url);
    m_browser->scrollToAnchor(m_section);
    setWindowTitle(m_browser->documentTitle());
    m_browser->setAccessibleName(m_browser->documentTitle());
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        open(m_section);
    }
    QDialog::changeEvent(event);
}
