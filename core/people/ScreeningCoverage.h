#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Store;

// How far door-to-door screening has got, per village: households visited at least once since a
// date, out of all households. The goal is 不漏一户: every household visited.
namespace ScreeningCoverage {

struct VillageCoverage
{
    QString villageId;
    QString villageCode;
    QString villageName;
    qint64 households = 0;
    qint64 visited = 0;
    double ratio() const { return households == 0 ? 0.0 : double(visited) / double(households); }
};

// The start of the current screening: a round of door-to-door visits covers the township in two
// weeks, so visits of the last 14 days, today's included, count.
QDate currentSince(QDate today = QDate::currentDate());

// since invalid: any visit counts.
QList<VillageCoverage> perVillage(Store &store, QDate since = {});

} // namespace ScreeningCoverage
