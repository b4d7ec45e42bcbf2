#pragma once

#include "../store/Result.h"

#include <QDate>

class Store;
class SyntheticPeople;

// The daily control work of a demo township, made after its people: isolation sites (one in use,
// one standby), control measures with their responsible cadres (some due for release today, some
// overdue, some released), a week of twice-daily temperatures with a few fevers and missed checks,
// a testing round over every village with some people not yet sampled, and special-group needs.
// Runs inside the demo's transaction; its size follows the population.
namespace DemoControlWork {

struct Summary
{
    qint64 measures = 0;
    qint64 healthChecks = 0;
    qint64 samples = 0;
    qint64 needs = 0;
};

Result<Summary> generate(Store &store, SyntheticPeople &people, QDate today);

} // namespace DemoControlWork
