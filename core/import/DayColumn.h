#pragma once

#include "CellValues.h"

#include <QDate>
#include <QString>

// A column of a temperature grid (体温登记表): the day it is for and the half of the day. The day
// is a date (2022年3月5日, a date cell), a day without its year (3月5日, 3.5), or the Nth day of
// the person's measure (第3天); the half is 上午/下午 (早/晚, AM/PM), in the column's own heading
// or under the day's. Kept in the mapping as a field key: "check:2022-03-05:morning",
// "check:03-05:afternoon", "check:day3:morning".
struct DayColumn
{
    QDate date; // a day with its year
    int month = 0; // a day without its year
    int day = 0;
    int dayNumber = 0; // 第N天, from 1
    QString period; // one of HealthCheck::periods()

    bool isValid() const
    {
        return !period.isEmpty() && (date.isValid() || (month > 0 && day > 0) || dayNumber > 0);
    }
    // The day in its year, or counted from start (the first day of the measure); invalid when
    // it cannot be placed.
    QDate dayFor(const LedgerYear &year, QDate start) const;
    bool needsYear() const { return !date.isValid() && dayNumber == 0; }
    bool countsFromStart() const { return dayNumber > 0; }
    QString key() const;

    static bool isKey(const QString &key);
    static DayColumn fromKey(const QString &key);
    // The column under these headings (upper is the group heading, empty in a one-row header),
    // or an invalid one.
    static DayColumn fromHeadings(const QString &upper, const QString &lower);
    // The field key of the column, or empty: ImportTarget::columnField of the grid.
    static QString fieldFor(const QString &upper, const QString &lower);
};
