#pragma once

#include "DemoCheckpoints.h"
#include "DemoControlWork.h"
#include "DemoSupervision.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Store;

// Fills a store with a synthetic township: villages with groups and grids, households of one to
// six, residents with valid ID numbers, some returnees and special groups, screening visits, and
// the control work of the last week.
// The same seed and size give the same township. Used by the demo, the tests and the benchmarks.
class DemoTownship
{
    Q_DECLARE_TR_FUNCTIONS(DemoTownship)

public:
    struct Options
    {
        qint64 persons = 5000;
        quint64 seed = 1;
        QDate today = QDate::currentDate();
        // Measures, health checks, a testing round and needs too (see DemoControlWork), and the
        // checkpoints with their rosters and entries (see DemoCheckpoints), and a supervision round
        // (see DemoSupervision).
        bool controlWork = true;
    };
    struct Summary
    {
        int villages = 0;
        qint64 households = 0;
        qint64 persons = 0;
        qint64 visits = 0;
        DemoControlWork::Summary controlWork;
        DemoCheckpoints::Summary checkpoints;
        DemoSupervision::Summary supervision;
    };
    // Called now and then with persons written so far; returning false cancels, and the store is
    // left as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QString unitCode();
    static QString unitName();

    // Sets up the demo township first when the store has no unit yet. Refuses a store that
    // already holds persons.
    static Result<Summary> generate(Store &store, const Options &options, const Progress &progress = {});
};
