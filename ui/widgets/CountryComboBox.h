#pragma once

// Countries and regions by name in the interface language, keeping the chosen ISO code when the
// language changes. Typing a name's first letters jumps to it.

#include <QComboBox>

class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
};
