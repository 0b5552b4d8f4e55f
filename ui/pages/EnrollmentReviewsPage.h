#pragma once

// The program administrator's enrollment reviews (E8): the applications under review with the
// results of the automatic checks, and the decision on the selected one — Approve, or Reject
// with a reason the primary contact reads.

#include "domain/Enrollment.h"
#include "pages/Page.h"

#include <QList>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

class EnrollmentReviewsPage : public Page
{
    Q_OBJECT

public:
    EnrollmentReviewsPage(Workspace& workspace, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

protected:
    void retranslateUi() override;

private:
    void showSelected();
    void approveSelected();
    void rejectSelected();
    // After a decision: the list reloads and the status label says what happened.
    void decided(const PartnerAccount& account);
    void showDecision();
    // The application of the selected row, or null.
    const EnrollmentApplication* selectedApplication() const;

    QList<EnrollmentApplication> m_applications; // in the table's row order
    // The last decision, kept to say it again in another language.
    QString m_decidedName;
    PartnerStatus m_decidedStatus = PartnerStatus::UnderReview;
    QLabel* m_heading;
    QLabel* m_introLabel;
    QLabel* m_emptyLabel;
    QTableWidget* m_table;
    QGroupBox* m_detailsGroup;
    QFormLayout* m_detailsForm;
    QLabel* m_tenantDomainLabel;
    QLabel* m_addressLabel;
    QLabel* m_contactLabel;
    QLabel* m_supportLabel;
    QLabel* m_organizationLabel;
    QLabel* m_checksLabel;
    QTableWidget* m_checksTable;
    QPushButton* m_approveButton;
    QPushButton* m_rejectButton;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
};
