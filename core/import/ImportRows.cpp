#include "ImportRows.h"

#include "CheckpointEntryRows.h"
#include "FindingRows.h"
#include "HealthCheckRows.h"
#include "MeasureRows.h"
#include "PersonRows.h"
#include "SampleRows.h"

using namespace Qt::StringLiterals;

namespace {

template<typename Rows, typename... Args>
Result<std::unique_ptr<ImportRows>> loaded(const ImportRows::Context &context, Args... args)
{
    using R = Result<std::unique_ptr<ImportRows>>;
    auto rows = std::make_unique<Rows>(context, args...);
    if (auto r = rows->load(context); !r)
        return R::failure(r.error());
    return R(std::move(rows));
}

} // namespace

Result<std::unique_ptr<ImportRows>> ImportRows::make(const Context &context)
{
    const QString &key = context.target.key;
    if (key == "home_isolation"_L1 || key == "central_isolation"_L1)
        return loaded<MeasureRows>(context);
    if (key == "health_checks"_L1)
        return loaded<HealthCheckRows>(context);
    if (key == "samples"_L1)
        return loaded<SampleRows>(context);
    if (key == "checkpoint_entries"_L1)
        return loaded<CheckpointEntryRows>(context);
    if (key == "findings"_L1)
        return loaded<FindingRows>(context);
    return loaded<PersonRows>(context, key == "returnees"_L1 ? PersonRows::Mode::Returnees
                                                             : PersonRows::Mode::Residents);
}
