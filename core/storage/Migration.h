#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One numbered schema step: its statements run in one transaction and the version is recorded.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};
