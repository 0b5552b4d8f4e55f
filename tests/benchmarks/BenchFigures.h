#pragma once

// What every benchmark prints its figures with: one line per target, exactly
// "target NAME MEASURED LIMIT PASS|FAIL", and a last line "targets: N passed, M failed".

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

inline void print(const QString& line = {})
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

inline double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// A field of this process's /proc/self/status in megabytes ("VmRSS:", "VmHWM:"), 0 when unknown.
inline double memoryMb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith(field)) {
                return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
            }
        }
    }
    return 0;
}

inline QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

struct Target
{
    QString name;
    double measured = 0;
    double limit = 0;
    bool pass = false;
};

// A target met when the measure is at most the limit.
inline Target atMost(const QString& name, double measured, double limit)
{
    return Target{name, measured, limit, measured <= limit};
}

inline QString targetLine(const Target& target)
{
    return QStringLiteral("target %1 %2 %3 %4")
        .arg(target.name, ms(target.measured), QString::number(target.limit), verdict(target.pass));
}

inline QString targetsLine(const QList<Target>& targets)
{
    const auto passed = std::count_if(targets.begin(), targets.end(), [](const Target& t) { return t.pass; });
    return QStringLiteral("targets: %1 passed, %2 failed").arg(passed).arg(targets.size() - passed);
}
