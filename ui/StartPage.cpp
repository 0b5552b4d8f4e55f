#include "StartPage.h"

#include <QEvent>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/partnerdesk.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("startTitleLabel"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("startSubtitleLabel"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_workspaceLabel->setAlignment(Qt::AlignCenter);
    m_workspaceLabel->setWordWrap(true);
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyWorkspaceLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInPushButton"));
    m_signIn->setDefault(true);
    m_sample = new QPushButton(this);
    m_sample->setObjectName(QStringLiteral("openSamplePushButton"));
    m_programAdmin = new QPushButton(this);
    m_programAdmin->setObjectName(QStringLiteral("createProgramAdministratorPushButton"));
    m_enroll = new QPushButton(this);
    m_enroll->setObjectName(QStringLiteral("enrollPushButton"));
    m_acceptInvitation = new QPushButton(this);
    m_acceptInvitation->setObjectName(QStringLiteral("acceptInvitationPushButton"));
    for (QPushButton* button : {m_signIn, m_enroll, m_acceptInvitation, m_sample, m_programAdmin}) {
        button->setMinimumWidth(320);
        button->setMinimumHeight(36);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_workspaceLabel);
    layout->addWidget(m_emptyLabel);
    layout->addSpacing(12);
    for (QPushButton* button : {m_signIn, m_enroll, m_acceptInvitation, m_sample, m_programAdmin}) {
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);

    connect(m_signIn, &QPushButton::clicked, this, &StartPage::signInRequested);
    connect(m_sample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(m_programAdmin, &QPushButton::clicked, this, &StartPage::programAdministratorRequested);
    connect(m_enroll, &QPushButton::clicked, this, &StartPage::enrollRequested);
    connect(m_acceptInvitation, &QPushButton::clicked, this, &StartPage::acceptInvitationRequested);
    retranslateUi();
}

void StartPage::setWorkspace(const QString& path, bool empty)
{
    m_path = path;
    m_empty = empty;
    m_sample->setVisible(empty);
    m_programAdmin->setVisible(empty);
    m_enroll->setVisible(!empty);
    m_acceptInvitation->setVisible(!empty);
    m_signIn->setEnabled(!empty);
    retranslateUi();
    (empty ? m_sample : m_signIn)->setFocus();
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("PartnerDesk"));
    m_subtitle->setText(tr("Indirect resellers, indirect providers and their customers in the Cloud Solution "
                           "Provider program."));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_path));
    m_emptyLabel->setText(m_empty ? tr("This workspace is empty. Open the sample workspace to explore PartnerDesk, "
                                       "or create the program administrator to start your own.")
                                  : QString());
    m_emptyLabel->setVisible(m_empty);
    m_signIn->setText(tr("&Sign in…"));
    m_sample->setText(tr("&Open the sample workspace"));
    m_programAdmin->setText(tr("&Create the program administrator…"));
    m_enroll->setText(tr("&Enroll as an indirect reseller…"));
    m_acceptInvitation->setText(tr("&Accept an invitation…"));
}
