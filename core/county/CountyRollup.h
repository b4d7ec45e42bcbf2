#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Store;

// The county's roll-up: per township it holds rows of, the figures a county office reports on,
// and how fresh they are (the last bundle taken in from it).
namespace CountyRollup {

struct Township
{
    QString code;
    QString name;
    qint64 persons = 0;
    qint64 underMeasures = 0; // running home or central isolation, home monitoring
    qint64 fevers = 0; // persons with a temperature at or over the threshold that day
    qint64 samples = 0;
    qint64 openTasks = 0; // verification tasks not yet answered
    qint64 lastBundle = 0;
    QString lastReceivedAt; // ISO time; empty when nothing came yet
    bool auditChecked = false; // whether any of its bundles brought audit entries to check
    QString auditBreak; // the first break found in its audit trail; empty while it holds
};

QList<Township> townships(Store &store, QDate day);

} // namespace CountyRollup
