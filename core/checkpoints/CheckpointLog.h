#pragma once

#include "Checkpoint.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>

class Store;

// The entry log of the checkpoints: what the store knows of the person passing, the warnings a
// cadre must see, the entries themselves (only ever added; a mistake is amended by a new entry),
// and the day's counts.
class CheckpointLog
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointLog)

public:
    struct Warning
    {
        // Stop: the person should not pass (under isolation, on the verification list, a red
        // code, a fever); Caution: look closer.
        enum Level { Stop, Caution };
        Level level = Caution;
        QString text;
    };

    // The person the store knows by an ID number.
    struct Lookup
    {
        QString personId; // empty when unknown
        QString name;
        QString phone;
        QString village;
    };

    struct Counts
    {
        Checkpoint checkpoint; // empty in a trend's totals
        QDate day;
        qint64 in = 0;
        qint64 out = 0;
        qint64 vehicles = 0;
        qint64 turnedBack = 0;
        qint64 fevers = 0;
        qint64 redOrYellow = 0;
    };

    struct Row
    {
        CheckpointEntry entry;
        QString checkpointName;
        bool amended = false; // a later entry corrects this one
    };

    explicit CheckpointLog(Store &store)
        : m_store(store)
    { }

    Lookup lookup(const QString &idNumber) const;
    // Everything about the passage a cadre must be told, the most serious first.
    QList<Warning> warningsFor(const CheckpointEntry &entry) const;
    // Not let through on a fever or a red or yellow code.
    QString suggestedOutcome(const CheckpointEntry &entry) const;

    // The entry as it will be stored (plate, ID number, phone normalized), or what is wrong.
    Result<CheckpointEntry> check(const CheckpointEntry &entry) const;
    Result<QString> record(const CheckpointEntry &entry);
    // Records many entries at once (a checkpoint's paper log brought in), as one step of the
    // caller's transaction: each checked as by check(), written with one prepared statement. No
    // audit entry per entry: the caller writes one for the whole (AuditLog::Action::Bulk). No
    // warnings: they are for the cadre at the gate. Returns the entries added.
    Result<qint64> recordAll(const QList<CheckpointEntry> &entries);
    // Records correction as the entry that replaces amendedId; the amended entry stays, marked.
    Result<QString> amend(const QString &amendedId, const CheckpointEntry &correction);

    // The day's entries at a checkpoint (all checkpoints when empty), newest first.
    qint64 count(QDate day, const QString &checkpointId = {}) const;
    QList<Row> entries(
        QDate day, const QString &checkpointId = {}, qint64 offset = 0, int limit = 200) const;
    // Per active checkpoint; amended entries count once, as their correction.
    QList<Counts> dayCounts(QDate day) const;
    // All checkpoints' totals for each of the days up to last.
    QList<Counts> trend(QDate last, int days) const;

private:
    Store &m_store;
};
