#include "Labels.h"

#include <QLabel>

namespace Labels {

QLabel* text(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // not a Tab stop
    label->setWordWrap(true);
    return label;
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace Labels
