#pragma once

// The user guide (Help > User guide, F1): the program's flows step by step, with screenshots, in
// the interface language. One window, not modal, opened at the part about what the person is
// looking at; it follows a language switch.

#include <QDialog>

class QTextBrowser;

class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the guide at section (an anchor of the guide, such as "customers"), opening the one
    // guide window of parent's top-level window or bringing it to the front.
    static HelpDialog* showAt(const QString& section, QWidget* parent);
    // The section about the page of this object name; the guide's start for any other.
    static QString sectionOf(const QString& pageObjectName);
    // Every section sectionOf() can answer, and the guide's resource for a language ("en", "es").
    static QStringList sections();
    static QString guideOf(const QString& language);

    QString section() const { return m_section; }
    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    explicit HelpDialog(QWidget* parent);
    void open(const QString& section);

    QTextBrowser* m_browser;
    QString m_section;
};
