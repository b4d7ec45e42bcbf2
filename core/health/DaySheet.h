#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Store;

// The day sheet of 一天两测一报: every person under a running measure on a day (started on or
// before it, not released by it; a planned end passed without release still counts, since
// monitoring stops only at release), with the morning and afternoon temperatures recorded.
class DaySheet
{
public:
    struct Reading
    {
        QString checkId; // empty: not recorded
        std::optional<double> temperature;
        QString symptoms;
        bool recorded() const { return temperature.has_value(); }
    };

    struct Entry
    {
        QString personId;
        QString name;
        QString idNumber;
        QString villageId;
        QString villageName;
        QString address;
        QString measureKind;
        Reading morning;
        Reading afternoon;
        const Reading &reading(const QString &period) const;
    };

    struct Slot
    {
        int entry = -1; // index into entries()
        QString period;
    };

    // villageId empty: all villages. now decides which of today's slots are already missing
    // (see isDue()).
    static DaySheet load(Store &store, QDate day, const QString &villageId = {},
                         const QDateTime &now = QDateTime::currentDateTime());

    QDate day() const { return m_day; }
    double feverThreshold() const { return m_feverThreshold; }
    const QList<Entry> &entries() const { return m_entries; }
    bool isFever(double celsius) const;

    // Slots recorded at or above the fever threshold, in sheet order.
    QList<Slot> fevers() const;
    // Slots due but not recorded, in sheet order.
    QList<Slot> missing() const;
    // A slot of a past day is always due. Today the morning check is due at once (it is taken
    // first thing), the afternoon one only from 15:00, when the afternoon round is over; a
    // future day has nothing due.
    bool isDue(const QString &period) const;

private:
    QDate m_day;
    QDateTime m_now;
    double m_feverThreshold = 0.0;
    QList<Entry> m_entries;
};
