#pragma once

// CSV lines as spreadsheets read them (RFC 4180, UTF-8, CRLF), for the exports of lists.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Csv {

// One field: quoted when it holds a quote mark, comma or line break; a field a spreadsheet would
// run as a formula (=, +, -, @ first) starts with a quote mark.
QString field(QString text);
// The fields as one line, ended by CRLF.
QByteArray line(const QStringList& fields);

} // namespace Csv
