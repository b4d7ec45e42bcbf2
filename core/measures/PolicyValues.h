#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class Store;

// Policy values are data, not code: the isolation length per kind of measure, the fever
// threshold, the checkpoint periods, the clock tolerance of bundles. They live in the synced policy_values table, so the county can change them by a
// downward bundle; a value never set has the default written in the national guidance.
class PolicyValues
{
    Q_DECLARE_TR_FUNCTIONS(PolicyValues)

public:
    explicit PolicyValues(Store &store) : m_store(store) { }

    // Days a measure of that kind (home_isolation, central_isolation, home_monitoring) lasts.
    int isolationDays(const QString &kind) const;
    Result<void> setIsolationDays(const QString &kind, int days);

    // A temperature at or above this is a fever, in ℃ to one decimal (37.3 by default).
    double feverThreshold() const;
    Result<void> setFeverThreshold(double celsius);

    // The periods a checkpoint's day is rostered in, as [from, to) hours: 0-8, 8-16, 16-24
    // unless set otherwise.
    QList<QPair<int, int>> checkpointPeriods() const;
    // Takes the periods as clerks write them, "0-8,8-16,16-24"; they must cover the day once.
    Result<void> setCheckpointPeriods(const QString &text);
    static QString periodsText(const QList<QPair<int, int>> &periods);

    // How far ahead of this computer's clock a row arriving in a bundle may be stamped, in
    // minutes (10 by default): a PC with a wrong date must not win every later edit.
    int clockToleranceMinutes() const;
    Result<void> setClockToleranceMinutes(int minutes);

    static int defaultIsolationDays(const QString &kind);
    static constexpr int defaultClockToleranceMinutes = 10;
    static constexpr double defaultFeverThreshold = 37.3;

private:
    static QString rowId(const QString &key);
    QString value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

    Store &m_store;
};
