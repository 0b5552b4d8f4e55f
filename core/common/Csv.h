#pragma once

// CSV lines as spreadsheets read them (RFC 4180, UTF-8, CRLF), for the exports of lists.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Csv {

// One field: quoted when it holds a quote mark, comma or line break; a field a spreadsheet would
// run as a formula (=, +, -, @ first) starts with a quote mark.
QString field(QString text);
// The fields as one line, ended by CRLF.
QByteArray line(const QStringList& fields);
// The same line appended to out, without a copy of each field: an export writes millions.
void appendLine(QByteArray& out, std::initializer_list<QStringView> fields);
// A time as exports write it: in UTC to the second, "2021-12-11T08:41:39Z" (what
// QDateTime::toString(Qt::ISODate) writes for UTC, at a fraction of its cost); empty when invalid.
QString isoTime(const QDateTime& at);

} // namespace Csv
