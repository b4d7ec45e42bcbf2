// The checkpoint commands of the command-line tool.
#include "CliCommands.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "health/Temperature.h"
#include "people/ClerkDate.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

int CliCommands::checkpoint(
    Store &store, const QString &sub, const QMultiMap<QString, QString> &options)
{
    CheckpointRepository checkpoints(store);
    if (sub == "add"_L1) {
        if (!options.contains(u"name"_s) || !options.contains(u"kind"_s)
            || !options.contains(u"village"_s))
            return usage(tr("checkpoint add needs --name, --kind and --village."));
        Checkpoint c;
        c.name = options.value(u"name"_s);
        c.kind = options.value(u"kind"_s);
        c.regionId = RegionRepository(store).byCode(options.value(u"village"_s)).id;
        if (c.regionId.isEmpty())
            return fail(
                tr("There is no village with the code %1.").arg(options.value(u"village"_s)));
        auto id = checkpoints.add(c);
        if (!id)
            return fail(id.error());
        m_out << id.value() << Qt::endl;
        return 0;
    }
    if (sub == "log"_L1) {
        const Checkpoint at = checkpoints.byName(options.value(u"checkpoint"_s));
        if (at.id.isEmpty())
            return fail(tr("There is no checkpoint named %1.").arg(options.value(u"checkpoint"_s)));
        CheckpointEntry e;
        e.checkpointId = at.id;
        e.direction = options.value(u"direction"_s);
        e.idNumber = options.value(u"id-number"_s);
        e.personName = options.value(u"name"_s);
        e.phone = options.value(u"phone"_s);
        e.plate = options.value(u"plate"_s);
        e.healthCode = options.value(u"health-code"_s);
        e.cameFrom = options.value(u"from"_s);
        e.reason = options.value(u"reason"_s);
        e.permitNumber = options.value(u"permit"_s);
        e.recordedBy = options.value(u"by"_s, qEnvironmentVariable("USER", u"cli"_s));
        if (options.contains(u"temperature"_s)) {
            auto t = Temperature::parse(options.value(u"temperature"_s));
            if (!t)
                return fail(t.error());
            e.temperatureTenths = t->tenths();
        }
        CheckpointLog log(store);
        if (e.personName.isEmpty() && !e.idNumber.isEmpty())
            e.personName = log.lookup(e.idNumber).name;
        e.outcome = options.value(u"outcome"_s, log.suggestedOutcome(e));
        auto id = log.record(e);
        if (!id)
            return fail(id.error());
        // The cadre at the barrier must see these, whatever happens to stdout.
        for (const CheckpointLog::Warning &w : log.warningsFor(e))
            m_err << (w.level == CheckpointLog::Warning::Stop ? tr("STOP: %1") : tr("Note: %1"))
                         .arg(w.text)
                  << Qt::endl;
        m_out << id.value() << Qt::endl;
        return 0;
    }
    if (sub == "stats"_L1) {
        QDate day = QDate::currentDate();
        if (options.contains(u"date"_s)) {
            auto parsed = ClerkDate::parse(options.value(u"date"_s));
            if (!parsed)
                return usage(tr("--date: %1").arg(parsed.error()));
            day = parsed.value();
        }
        m_out << tr("checkpoint\tin\tout\tvehicles\tturned back\tfever\tred/yellow") << Qt::endl;
        for (const CheckpointLog::Counts &c : CheckpointLog(store).dayCounts(day)) {
            m_out << c.checkpoint.name << '\t' << c.in << '\t' << c.out << '\t' << c.vehicles
                  << '\t' << c.turnedBack << '\t' << c.fevers << '\t' << c.redOrYellow << Qt::endl;
        }
        for (const CheckpointRepository::Gap &g : checkpoints.uncovered(day))
            m_err << tr("Nobody on duty at %1 from %2:00 to %3:00.")
                         .arg(g.checkpoint.name)
                         .arg(g.fromHour)
                         .arg(g.toHour)
                  << Qt::endl;
        return 0;
    }
    return usage(tr("checkpoint takes add, log or stats."));
}
