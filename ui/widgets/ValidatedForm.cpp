#include "ValidatedForm.h"

#include "common/Sentences.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// WCAG 2's relative luminance of a color, and the contrast ratio of two (1 to 21).
double luminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A message label's red follows its palette: a dark red on a light background, a light one on a
// dark background, whichever reads better (each over 4.5:1, WCAG AA, on clearly light or dark
// backgrounds; no red does on a mid grey).
class MessageLabel : public QLabel
{
public:
    explicit MessageLabel(QWidget* parent)
        : QLabel(parent)
    {
        followPalette();
    }

protected:
    void changeEvent(QEvent* event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange) {
            followPalette();
        }
    }

private:
    void followPalette()
    {
        static const QColor darkRed(0xb0, 0x00, 0x20);
        static const QColor lightRed(0xff, 0x8a, 0x80);
        const QColor background = palette().color(QPalette::Window);
        const QColor wanted = contrast(darkRed, background) >= contrast(lightRed, background) ? darkRed : lightRed;
        if (palette().color(QPalette::WindowText) != wanted) {
            QPalette colored = palette();
            colored.setColor(QPalette::WindowText, wanted);
            setPalette(colored); // a PaletteChange again, which finds the color set
        }
    }
};

} // namespace

ValidatedForm::ValidatedForm(QObject* parent)
    : QObject(parent)
{
}

QLabel* ValidatedForm::makeMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new MessageLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void ValidatedForm::showMessage(QLabel* label, const QString& message)
{
    if (!label) {
        return;
    }
    label->setText(Sentences::tidy(message));
    label->setVisible(!message.isEmpty());
}

void ValidatedForm::showOutcome(QLabel* shown, QLabel* other, const QString& message)
{
    if (other && !message.isEmpty()) {
        other->hide();
    }
    showMessage(shown, message);
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
    // The input and its message share a layout, not a widget of their own: the input stays a
    // sibling of its label, which is how Qt's accessibility finds the label that names it (a
    // screen reader reads "Legal name, edit", and a combo box is "labelled by" its label).
    QWidget* parent = input->parentWidget(); // the page or dialog the form belongs to
    auto* rowLayout = new QVBoxLayout;
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    rowLayout->addWidget(input);
    QLabel* message = makeMessageLabel(input->objectName() + QStringLiteral("MessageLabel"), parent);
    rowLayout->addWidget(message);
    auto* label = new QLabel(parent);
    label->setBuddy(input);
    form->addRow(label, rowLayout);

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
