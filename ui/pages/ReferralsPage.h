#pragma once

// The Referrals page (C8): where customers come from before they are customers. A reseller sees
// its leads (own marketing, Microsoft referrals, those its providers referred), records new ones,
// marks them accepted, won or lost, and turns one into a "Request a reseller relationship"
// invitation in one step. A provider refers leads to its resellers and follows their status.

#include "domain/Referral.h"
#include "pages/Page.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

class ReferralsPage : public Page
{
    Q_OBJECT

public:
    ReferralsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;
    // What the table shows, newest first.
    const QList<Referral>& referrals() const { return m_referrals; }

public Q_SLOTS:
    void newReferral();
    void referLead();
    void inviteSelected();

protected:
    void retranslateUi() override;

private:
    // Whether the signed-in partner works on leads (a reseller) and refers them (a provider).
    bool worksOnLeads() const;
    bool refersLeads() const;
    const Referral* selected() const;
    void select(const QString& referralId);
    void updateButtons();
    void markSelected(ReferralStatus status);
    void showDone(const QString& message);
    void showError(const QString& message);
    QString detailsOf(const Referral& referral) const;

    QLabel* m_heading;
    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_details;
    QPushButton* m_newButton;
    QPushButton* m_referButton;
    QPushButton* m_acceptedButton;
    QPushButton* m_wonButton;
    QPushButton* m_lostButton;
    QPushButton* m_inviteButton;
    QLabel* m_doneLabel;
    QLabel* m_errorLabel;
    QList<Referral> m_referrals;
};
