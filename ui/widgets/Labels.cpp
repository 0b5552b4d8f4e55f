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

} // namespace Labels
