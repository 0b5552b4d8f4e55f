#include "ValidatedForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

ValidatedForm::ValidatedForm(QObject* parent)
    : QObject(parent)
{
}

QLabel* ValidatedForm::makeMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

void ValidatedForm::showMessage(QLabel* label, const QString& message)
{
    if (!label) {
        return;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ValidatedForm::addField(const QString& field, QWidget* input, QLabel* messageLabel)
{
    m_fields.insert(field, {input, messageLabel});
    auto changed = [this]() {
        revalidate();
        Q_EMIT edited();
    };
    if (auto* line = qobject_cast<QLineEdit*>(input)) {
        connect(line, &QLineEdit::textEdited, this, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::activated, this, changed);
    }
}

bool ValidatedForm::revalidate()
{
    const QList<Error> errors = m_validator ? m_validator() : QList<Error>();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString message;
        for (const Error& error : errors) {
            if (error.field() == it.key()) {
                message = error.message();
                break;
            }
        }
        showMessage(it->label, message);
        if (it->input) {
            it->input->setAccessibleDescription(message);
        }
    }
    const bool valid = errors.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
    return valid;
}

void ValidatedForm::showError(const Error& error, QLabel* generalLabel)
{
    const auto it = m_fields.constFind(error.field());
    if (it != m_fields.cend() && it->label) {
        showMessage(it->label, error.message());
        if (it->input) {
            it->input->setFocus();
        }
        return;
    }
    showMessage(generalLabel, error.message());
}

void ValidatedForm::clearMessages()
{
    for (const Field& field : std::as_const(m_fields)) {
        showMessage(field.label, QString());
    }
}
