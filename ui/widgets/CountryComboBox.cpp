#include "CountryComboBox.h"

#include "domain/Countries.h"

#include <QEvent>

CountryComboBox::CountryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setInsertPolicy(QComboBox::NoInsert);
    fill();
    setCurrentIndex(-1);
}

QString CountryComboBox::code() const
{
    return currentData().toString();
}

void CountryComboBox::setCode(const QString& code)
{
    setCurrentIndex(findData(code));
}

void CountryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
    }
    QComboBox::changeEvent(event);
}

void CountryComboBox::fill()
{
    const QString selected = code();
    const QSignalBlocker blocker(this);
    clear();
    for (const Countries::Country& country : Countries::all()) {
        addItem(country.name, country.code);
    }
    setCurrentIndex(findData(selected));
}
