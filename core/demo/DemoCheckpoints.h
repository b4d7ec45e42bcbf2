#pragma once

#include "../store/Result.h"

#include <QDate>

class Store;
class SyntheticPeople;

// The checkpoints of a demo township: four of them (two road exits, a village gate, a compound
// gate) with ten days of duty rosters, this morning's first period left uncovered at one of them,
// and ten days of entries in proportion to the population, with a few fevers, yellow and red
// codes and people turned back. Runs inside the demo's transaction.
namespace DemoCheckpoints {

struct Summary
{
    qint64 checkpoints = 0;
    qint64 shifts = 0;
    qint64 entries = 0;
};

Result<Summary> generate(Store &store, SyntheticPeople &people, QDate today);

} // namespace DemoCheckpoints
