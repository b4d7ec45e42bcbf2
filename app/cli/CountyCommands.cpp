// The county's commands of the command-line tool.
#include "CliCommands.h"

#include "county/KnownToSeveralUnits.h"
#include "measures/ControlMeasure.h"
#include "people/ClerkDate.h"
#include "store/Ownership.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

int CliCommands::knownToSeveral(Store &store, const QMultiMap<QString, QString> &options)
{
    // A township keeps each ID number once: only the county's store can list anything.
    if (!Ownership::isCounty(store.unitCode()))
        return fail(tr("known-to-several lists the persons of a county's store; this store is "
                       "not a county's."));
    KnownToSeveralUnits known(store);
    if (options.contains(u"send-tasks"_s)) {
        QDate due = QDate::currentDate().addDays(1);
        if (options.contains(u"due"_s)) {
            auto parsed = ClerkDate::parse(options.value(u"due"_s));
            if (!parsed)
                return usage(tr("--due: %1").arg(parsed.error()));
            due = parsed.value();
        }
        auto sent = known.sendAllTasks(due);
        if (!sent)
            return fail(sent.error());
        m_out << sent->message << Qt::endl;
        return 0;
    }

    const bool fullData = options.contains(u"full-data"_s);
    if (fullData) {
        if (auto allowed = Rights::check(store, Right::ExportFullData); !allowed)
            return fail(allowed.error());
    }
    constexpr int pageSize = 1000;
    for (qint64 offset = 0;; offset += pageSize) {
        const QList<KnownToSeveralUnits::Row> rows = known.list(offset, pageSize, fullData);
        if (rows.isEmpty())
            break;
        for (const KnownToSeveralUnits::Row &row : rows) {
            const bool measured = !row.measureKind.isEmpty();
            m_out << row.idNumber << '\t' << row.township << '\t' << row.townshipName << '\t'
                  << row.name << '\t' << row.village << '\t'
                  << (measured ? ControlMeasure::kindLabel(row.measureKind) : QString()) << '\t'
                  << row.measureStartedOn.toString(Qt::ISODate) << '\t'
                  << (!measured                    ? QString()
                             : row.measureReleased ? tr("released")
                                                   : tr("running"))
                  << Qt::endl;
        }
    }
    return 0;
}
