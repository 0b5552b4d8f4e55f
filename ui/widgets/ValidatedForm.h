#pragma once

// Pairs each input of a form with the message shown under it and re-checks the whole form as
// people type, through the same core validation the service applies when saving. A field's
// message appears once that field has been edited, or for every field when the form is submitted.

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

class ValidatedForm : public QObject
{
    Q_OBJECT

public:
    using Validator = std::function<QList<Error>()>;

    explicit ValidatedForm(QObject* parent = nullptr);

    // A label for messages, hidden until there is something to say, in a red that reads on its
    // palette's background, light or dark, and follows a change of palette.
    static QLabel* makeMessageLabel(const QString& objectName, QWidget* parent);
    static void showMessage(QLabel* label, const QString& message);
    // A page's outcome: message in shown (a done or an error label), and the other one hidden
    // once there is something to say, so that a success and a failure never show together.
    static void showOutcome(QLabel* shown, QLabel* other, const QString& message);
    // Makes a dialog tall enough for the messages now shown in it (word-wrapped labels need
    // their height for the dialog's width), so that no row gets squeezed.
    static void growToFit(QWidget* window);

    // Adds a row to form: a label (returned, for its translated text) with input as its buddy,
    // and under input the label for field's messages. input's parent is the form's widget.
    QLabel* addRow(QFormLayout* form, const QString& field, QWidget* input);
    void setValidator(Validator validator) { m_validator = std::move(validator); }

    // Shows what is wrong with each edited field (every field when everyField is true); returns
    // whether the whole form is valid.
    bool revalidate(bool everyField = false);
    bool isValid() const { return m_valid; }
    // For a change made by code on people's behalf (choosing from a list): counts as an edit.
    void markEdited(const QString& field);
    // Forgets which fields were edited, after the form has been filled from stored values.
    void resetEdits();
    // A refusal from the service: under its field if it names one, else in the general label.
    void showError(const Error& error, QLabel* generalLabel);

Q_SIGNALS:
    void edited();
    void validityChanged(bool valid);

private:
    struct Field
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Field> m_fields;
    QSet<QString> m_edited;
    Validator m_validator;
    bool m_valid = true;
};
