#pragma once

// Pairs each input of a form with the message shown under it and re-checks the whole form as
// people type, through the same core validation the service applies when saving.

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QWidget;

class ValidatedForm : public QObject
{
    Q_OBJECT

public:
    using Validator = std::function<QList<Error>()>;

    explicit ValidatedForm(QObject* parent = nullptr);

    // A label for the messages of field, styled and hidden until there is something to say.
    static QLabel* makeMessageLabel(const QString& objectName, QWidget* parent);
    static void showMessage(QLabel* label, const QString& message);

    void addField(const QString& field, QWidget* input, QLabel* messageLabel);
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    // Shows what is wrong with each field and where nothing is; returns whether all is well.
    bool revalidate();
    bool isValid() const { return m_valid; }
    // A refusal from the service: under its field if it names one, else in the general label.
    void showError(const Error& error, QLabel* generalLabel);
    void clearMessages();

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
    Validator m_validator;
    bool m_valid = true;
};
