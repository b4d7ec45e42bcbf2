#pragma once

#include "Checkpoint.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>

class Store;

// The checkpoints, their duty rosters and the pass permits.
class CheckpointRepository
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointRepository)

public:
    // A period of a day that nobody is on duty for at a checkpoint.
    struct Gap
    {
        Checkpoint checkpoint;
        int fromHour = 0;
        int toHour = 0;
    };
    enum class PermitStatus { Valid, Unknown, NotYetValid, Expired, OtherHolder };

    explicit CheckpointRepository(Store &store)
        : m_store(store)
    { }

    Result<QString> add(const Checkpoint &checkpoint);
    QList<Checkpoint> all(bool activeOnly = false) const;
    Checkpoint byId(const QString &id) const;
    Checkpoint byName(const QString &name) const;

    Result<QString> addShift(const DutyShift &shift);
    // The shifts of a day, by checkpoint and hour.
    QList<DutyShift> shifts(QDate day, const QString &checkpointId = {}) const;
    // The periods of the day's roster (0-8, 8-16, 16-24 unless the policy says otherwise) that
    // no shift covers, at every active checkpoint.
    QList<Gap> uncovered(QDate day) const;
    // The roster's periods as the policy gives them.
    QList<QPair<int, int>> periods() const;

    Result<QString> addPermit(const PassPermit &permit);
    PassPermit permitByNumber(const QString &number) const;
    // Permits still valid on the day first (by last day), then the expired ones.
    QList<PassPermit> permits(QDate day, int limit = 500) const;
    // Whether the permit shown on that day belongs to the person or the vehicle passing.
    PermitStatus permitStatus(
        const QString &number, const QString &personName, const QString &plate, QDate day) const;
    static QString permitStatusText(PermitStatus status);

private:
    Store &m_store;
};
