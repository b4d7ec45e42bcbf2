#pragma once

#include "../store/Result.h"

#include <QDate>

class Store;

// The supervision of a demo township: a county and a township team, a checklist, a round of
// visits to villages and checkpoints in the last days, findings in every status (two of them past
// their deadline) and one accountability record. Runs inside the demo's transaction.
namespace DemoSupervision {

struct Summary
{
    qint64 visits = 0;
    qint64 findings = 0;
};

Result<Summary> generate(Store &store, QDate today);

} // namespace DemoSupervision
