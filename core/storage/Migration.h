#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// One numbered schema step: its statements run in one transaction and the version is recorded.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // Work SQL alone can't do (such as keys computed in C++), run after the statements in the
    // same transaction.
    std::function<Status(const QSqlDatabase&)> code;
};
