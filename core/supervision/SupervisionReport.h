#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

class Store;

// The supervision report (督查情况汇报) of a round, in the structure offices write it: work
// carried out, measures taken, problems found, next steps; its figures filled from the store.
// The draft is plain text a clerk edits before it is exported (ODT, PDF).
class SupervisionReport
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionReport)

public:
    struct Figures
    {
        qint64 households = 0;
        qint64 householdsVisited = 0;
        qint64 persons = 0;
        qint64 returnees = 0;
        qint64 homeIsolation = 0;
        qint64 centralIsolation = 0;
        qint64 homeMonitoring = 0;
        qint64 checkpoints = 0;
        qint64 uncoveredPeriods = 0; // today
        qint64 checkpointEntries = 0; // during the round
        QString testRound; // the latest one
        qint64 inScope = 0;
        qint64 sampled = 0;
        qint64 visits = 0;
        qint64 unannounced = 0;
        qint64 findings = 0;
        qint64 rectified = 0; // rectified or closed
        qint64 closed = 0;
        qint64 overdue = 0;
        QMap<QString, qint64> findingsByCategory;
    };

    static Figures figures(
        Store &store, const QString &roundId, QDate today = QDate::currentDate());
    // Empty when there is no such round.
    static QString draft(Store &store, const QString &roundId, QDate today = QDate::currentDate());
};
