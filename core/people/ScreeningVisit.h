#pragma once

#include <QDate>
#include <QString>

// One door-to-door screening visit (摸排) to a household.
struct ScreeningVisit
{
    QString id;
    QString householdId;
    QDate visitedOn;
    QString visitor;
    QString result = QStringLiteral("all_present"); // all_present, some_away, nobody_home, moved_out
    QString notes;
};
