#pragma once

#include <QString>

// A place where a round takes samples (检测点), with its number of sampling units (检测单元).
struct TestSite
{
    QString id;
    QString roundId;
    QString name;
    QString address;
    int testUnits = 1;

    bool isValid() const { return !id.isEmpty(); }
};
