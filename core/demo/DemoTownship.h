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
    // Where the window keeps its demo township (~/.local/share/township-ledger on Linux), apart
    // from the installation's own store.
    static QString defaultPath();

    // Whether the store was made by the demo (see generate).
    static bool isDemoStore(Store &store);
    // What demo data may do with a store: go into a new one or an empty demo store; replace the
    // township of a demo store that holds persons, only when asked; never go into a store set up
    // for a real unit, whose rows travel to the county.
    enum class Fill { Allowed, ReplaceOnly, Refused };
    static Fill mayFill(Store &store);
    // Removes the closed demo store at path (with its WAL), so that a new demo township can be made
    // there. Refuses a store that was not made by the demo.
    static Result<void> discard(const QString &path);

    // Sets up the demo township first when the store has no unit yet, and marks the store as a
    // demo. Refuses a store that already holds persons. The command line and the window ask
    // mayFill first; tests and benchmarks also fill townships they set up by hand.
    static Result<Summary> generate(Store &store, const Options &options, const Progress &progress = {});
};
