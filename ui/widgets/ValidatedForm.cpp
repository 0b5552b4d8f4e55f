#include "ValidatedForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QVBoxLayout>

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

void ValidatedForm::growToFit(QWidget* window)
{
    if (!window->layout()) {
        return;
    }
    window->layout()->activate();
    const int needed
        = window->hasHeightForWidth() ? window->heightForWidth(window->width()) : window->sizeHint().height();
    if (needed > window->height()) {
        window->resize(window->width(), needed);
    }
}

QLabel* ValidatedForm::addRow(QFormLayout* form, const QString& field, QWidget* input)
{
    QWidget* parent = input->parentWidget(); // the page or dialog the form belongs to
    auto* row = new QWidget(parent);
    auto* rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    input->setParent(row);
    rowLayout->addWidget(input);
    QLabel* message = makeMessageLabel(input->objectName() + QStringLiteral("MessageLabel"), row);
    rowLayout->addWidget(message);
    auto* label = new QLabel(parent);
    label->setBuddy(input);
    form->addRow(label, row);

    m_fields.insert(field, {input, message});
    auto changed = [this, field]() { markEdited(field); };
    if (auto* line = qobject_cast<QLineEdit*>(input)) {
        connect(line, &QLineEdit::textEdited, this, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::activated, this, changed);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
        // Also fires for text set by code: block its signals while filling it.
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    }
    return label;
}

void ValidatedForm::markEdited(const QString& field)
{
    m_edited.insert(field);
    revalidate();
    Q_EMIT edited();
}

void ValidatedForm::resetEdits()
{
    m_edited.clear();
    revalidate();
}

bool ValidatedForm::revalidate(bool everyField)
{
    if (everyField) {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            m_edited.insert(it.key());
        }
    }
    const QList<Error> errors = m_validator ? m_validator() : QList<Error>();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString message;
        if (m_edited.contains(it.key())) {
            for (const Error& error : errors) {
                if (error.field() == it.key()) {
                    message = error.message();
                    break;
                }
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
