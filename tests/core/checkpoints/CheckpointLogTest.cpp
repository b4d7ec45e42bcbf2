#include "ExchangeSupport.h"
#include "TestSupport.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "county/VerificationTaskRepository.h"
#include "measures/MeasureRepository.h"
#include "measures/PolicyValues.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"

#include "../CatchQt.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 4, 10);

struct CheckpointFixture : TownshipStore
{
    CheckpointFixture()
    {
        Checkpoint c;
        c.name = u"东村路口卡口"_s;
        c.kind = u"road_exit"_s;
        c.regionId = villageId(1);
        auto id = CheckpointRepository(*store).add(c);
        REQUIRE(id.ok());
        checkpointId = id.value();
    }

    CheckpointEntry entry(const QString &name, int minute) const
    {
        CheckpointEntry e;
        e.checkpointId = checkpointId;
        e.enteredAt = QDateTime(today, QTime(8, minute));
        e.personName = name;
        e.recordedBy = u"值守员"_s;
        return e;
    }

    QString addPerson(const QString &name, int sequence)
    {
        Person p;
        p.name = name;
        p.idNumber = syntheticIdNumber(u"19700101"_s, sequence);
        p.phone = u"13800001111"_s;
        p.regionId = villageId(1);
        auto id = PersonRepository(*store).add(p);
        REQUIRE(id.ok());
        return id.value();
    }

    QString checkpointId;
};

bool hasStop(const QList<CheckpointLog::Warning> &warnings, const QString &part)
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&](const CheckpointLog::Warning &w) {
        return w.level == CheckpointLog::Warning::Stop && w.text.contains(part);
    });
}

} // namespace

TEST_CASE("an ID number the store knows fills the person, and isolation stops them loudly",
    "[checkpoints]")
{
    CheckpointFixture f;
    const QString zhang = f.addPerson(u"张伟"_s, 101);
    CheckpointLog log(*f.store);
    const CheckpointLog::Lookup found = log.lookup(syntheticIdNumber(u"19700101"_s, 101).toLower());
    CHECK(found.personId == zhang);
    CHECK(found.name == u"张伟"_s);
    CHECK(found.village == u"东村"_s);
    CHECK(found.phone == u"13800001111"_s);

    CheckpointEntry e = f.entry({}, 1);
    e.idNumber = syntheticIdNumber(u"19700101"_s, 101);
    CHECK(log.warningsFor(e).isEmpty());
    ControlMeasure m;
    m.personId = zhang;
    m.kind = u"home_isolation"_s;
    m.startedOn = QDate::currentDate();
    REQUIRE(MeasureRepository(*f.store).add(m).ok());
    const QList<CheckpointLog::Warning> warnings = log.warningsFor(e);
    REQUIRE_FALSE(warnings.isEmpty());
    CHECK(warnings.first().level == CheckpointLog::Warning::Stop);
    CHECK(warnings.first().text.contains(u"张伟"_s));
}

TEST_CASE("a passer-by on the verification list, from a risk area, or with a fever is warned about",
    "[checkpoints]")
{
    CheckpointFixture f;
    CheckpointLog log(*f.store);
    VerificationTask task;
    task.forUnit = u"370285105000"_s;
    task.personName = u"刘洋"_s;
    task.idNumber = syntheticIdNumber(u"19750303"_s, 301);
    task.reason = u"密接协查"_s;
    task.dueOn = QDate::currentDate().addDays(1);
    REQUIRE(VerificationTaskRepository(*f.store).add(task).ok());

    CheckpointEntry e = f.entry(u"刘洋"_s, 2);
    e.idNumber = task.idNumber;
    CHECK(hasStop(log.warningsFor(e), u"密接协查"_s));

    CheckpointEntry fever = f.entry(u"王芳"_s, 3);
    fever.temperatureTenths = 375;
    CHECK(hasStop(log.warningsFor(fever), u"37.5"_s));
    CHECK(log.suggestedOutcome(fever) == u"turned_back"_s);
    fever.temperatureTenths = 365;
    CHECK(log.suggestedOutcome(fever) == u"let_through"_s);
    fever.healthCode = u"yellow"_s;
    CHECK(log.suggestedOutcome(fever) == u"turned_back"_s);
}

TEST_CASE("an entry is checked: plate, ID number, who passes and who records", "[checkpoints]")
{
    CheckpointFixture f;
    CheckpointLog log(*f.store);
    CheckpointEntry e = f.entry({}, 4);
    CHECK_FALSE(log.check(e).ok()); // nobody named
    e.plate = u"鲁b·12345"_s;
    auto checked = log.check(e);
    REQUIRE(checked.ok());
    CHECK(checked->plate == u"鲁B12345"_s);
    e.idNumber = u"990101197001011010"_s; // wrong check digit
    CHECK_FALSE(log.check(e).ok());
    e.idNumber.clear();
    e.recordedBy.clear();
    CHECK_FALSE(log.check(e).ok());
    e.recordedBy = u"值守员"_s;
    e.temperatureTenths = 500;
    CHECK_FALSE(log.check(e).ok());
}

TEST_CASE(
    "a mistaken entry is amended by a new one, never changed, and counts once", "[checkpoints]")
{
    CheckpointFixture f;
    CheckpointLog log(*f.store);
    auto first = log.record(f.entry(u"王芳"_s, 5));
    REQUIRE(first.ok());
    CheckpointEntry corrected = f.entry(u"王芳"_s, 5);
    corrected.direction = u"out"_s;
    auto second = log.amend(first.value(), corrected);
    REQUIRE(second.ok());
    CHECK_FALSE(log.amend(first.value(), corrected).ok()); // corrected once already

    const QList<CheckpointLog::Row> rows = log.entries(today);
    REQUIRE(rows.size() == 2);
    const auto original = std::find_if(
        rows.cbegin(), rows.cend(), [&](const auto &r) { return r.entry.id == first.value(); });
    CHECK(original->amended);
    CHECK(original->entry.direction == u"in"_s); // the old entry is still as it was
    const QList<CheckpointLog::Counts> counts = log.dayCounts(today);
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].in == 0);
    CHECK(counts[0].out == 1);
}

TEST_CASE("the day's counts per checkpoint and the ten-day trend", "[checkpoints]")
{
    CheckpointFixture f;
    CheckpointLog log(*f.store);
    CheckpointEntry car = f.entry(u"赵敏"_s, 6);
    car.plate = u"鲁B12345"_s;
    REQUIRE(log.record(car).ok());
    CheckpointEntry fever = f.entry(u"钱进"_s, 7);
    fever.temperatureTenths = 381;
    fever.healthCode = u"red"_s;
    fever.outcome = u"turned_back"_s;
    REQUIRE(log.record(fever).ok());
    CheckpointEntry yesterday = f.entry(u"孙丽"_s, 8);
    yesterday.enteredAt = yesterday.enteredAt.addDays(-1);
    yesterday.direction = u"out"_s;
    REQUIRE(log.record(yesterday).ok());

    const CheckpointLog::Counts c = log.dayCounts(today).value(0);
    CHECK(c.in == 2);
    CHECK(c.out == 0);
    CHECK(c.vehicles == 1);
    CHECK(c.turnedBack == 1);
    CHECK(c.fevers == 1);
    CHECK(c.redOrYellow == 1);

    const QList<CheckpointLog::Counts> trend = log.trend(today, 10);
    REQUIRE(trend.size() == 10);
    CHECK(trend.last().day == today);
    CHECK(trend.last().in == 2);
    CHECK(trend[8].out == 1);
    CHECK(trend[0].in + trend[0].out == 0);
}

TEST_CASE("periods nobody is on duty for are listed", "[checkpoints]")
{
    CheckpointFixture f;
    CheckpointRepository checkpoints(*f.store);
    CHECK(checkpoints.uncovered(today).size() == 3);
    DutyShift s;
    s.checkpointId = f.checkpointId;
    s.dutyOn = today;
    s.staffName = u"李村干"_s;
    s.fromHour = 0;
    s.toHour = 8;
    REQUIRE(checkpoints.addShift(s).ok());
    s.staffName = u"周民警"_s;
    s.role = u"police"_s;
    s.fromHour = 8;
    s.toHour = 12;
    REQUIRE(checkpoints.addShift(s).ok());
    // 8-16 is only half covered; 16-24 not at all.
    QList<CheckpointRepository::Gap> gaps = checkpoints.uncovered(today);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].fromHour == 8);
    CHECK(gaps[1].fromHour == 16);
    s.fromHour = 12;
    s.toHour = 24;
    REQUIRE(checkpoints.addShift(s).ok());
    CHECK(checkpoints.uncovered(today).isEmpty());
    s.fromHour = 9;
    s.toHour = 9;
    CHECK_FALSE(checkpoints.addShift(s).ok());

    // The periods are policy: two twelve-hour shifts instead.
    REQUIRE(PolicyValues(*f.store).setCheckpointPeriods(u"0-12，12-24"_s).ok());
    CHECK(checkpoints.periods().size() == 2);
    CHECK_FALSE(PolicyValues(*f.store).setCheckpointPeriods(u"0-8,9-24"_s).ok());
}

TEST_CASE("a pass permit is valid only on its days and for its holder or vehicle", "[checkpoints]")
{
    CheckpointFixture f;
    CheckpointRepository checkpoints(*f.store);
    PassPermit p;
    p.number = u"tx-001"_s;
    p.plate = u"鲁b12345"_s;
    p.validFrom = today;
    p.validTo = today.addDays(6);
    p.issuedBy = u"镇防控办"_s;
    REQUIRE(checkpoints.addPermit(p).ok());
    CHECK_FALSE(checkpoints.addPermit(p).ok()); // the number is taken
    using S = CheckpointRepository::PermitStatus;
    CHECK(checkpoints.permitStatus(u"TX-001"_s, {}, u"鲁B12345"_s, today) == S::Valid);
    CHECK(checkpoints.permitStatus(u"TX-001"_s, {}, u"鲁B54321"_s, today) == S::OtherHolder);
    CHECK(checkpoints.permitStatus(u"TX-001"_s, {}, u"鲁B12345"_s, today.addDays(7)) == S::Expired);
    CHECK(checkpoints.permitStatus(u"TX-002"_s, {}, u"鲁B12345"_s, today) == S::Unknown);
    CheckpointEntry e = f.entry({}, 9);
    e.plate = u"鲁B54321"_s;
    e.permitNumber = u"TX-001"_s;
    CHECK_FALSE(CheckpointLog(*f.store).warningsFor(e).isEmpty());
}

TEST_CASE(
    "the entry log and the duty roster are registries, filtered by checkpoint", "[checkpoints]")
{
    CheckpointFixture f;
    Checkpoint other;
    other.name = u"西村村口卡口"_s;
    other.kind = u"village_gate"_s;
    other.regionId = f.villageId(2);
    const QString otherId = CheckpointRepository(*f.store).add(other).value();
    CheckpointLog log(*f.store);
    REQUIRE(log.record(f.entry(u"王芳"_s, 10)).ok());
    CheckpointEntry there = f.entry(u"赵敏"_s, 11);
    there.checkpointId = otherId;
    there.healthCode = u"yellow"_s;
    there.outcome = u"turned_back"_s;
    REQUIRE(log.record(there).ok());

    const RegistryDefinition entries = RegistryCatalog::find(u"checkpoint_entries"_s);
    REQUIRE(entries.hasFilter(RegistryDefinition::CheckpointFilter));
    RegistryFilter filter;
    CHECK(RegistryQuery(*f.store, entries, filter).count().value() == 2);
    filter.checkpoint = otherId;
    CHECK(RegistryQuery(*f.store, entries, filter).count().value() == 1);
    filter.checkpoint.clear();
    filter.category = u"red_yellow"_s;
    CHECK(RegistryQuery(*f.store, entries, filter).count().value() == 1);

    DutyShift s;
    s.checkpointId = otherId;
    s.dutyOn = today;
    s.staffName = u"李村干"_s;
    REQUIRE(CheckpointRepository(*f.store).addShift(s).ok());
    const RegistryDefinition roster = RegistryCatalog::find(u"checkpoint_duty"_s);
    RegistryFilter byCheckpoint;
    byCheckpoint.checkpoint = f.checkpointId;
    CHECK(RegistryQuery(*f.store, roster, byCheckpoint).count().value() == 0);
    byCheckpoint.checkpoint = otherId;
    CHECK(RegistryQuery(*f.store, roster, byCheckpoint).count().value() == 1);
}

TEST_CASE("entries logged on two checkpoint laptops reach the township once each, and go on to the county",
          "[checkpoints][exchange]")
{
    Installation township(Installation::Township);
    Installation first(Installation::Laptop);
    Installation second(Installation::Laptop);
    Installation county(Installation::County);
    township.trustEachOther(first);
    township.trustEachOther(second);
    township.trustEachOther(county);
    Checkpoint gate;
    gate.name = u"东村路口卡口"_s;
    gate.regionId = RegionRepository(township.store()).byCode(u"370285105001"_s).id;
    const QString gateId = CheckpointRepository(township.store()).add(gate).value();
    QTemporaryDir stick;
    // Each laptop starts from a full bundle of the township: its villages and checkpoints.
    for (Installation *laptop : { &first, &second }) {
        auto setUp = laptop->import(township.exportTo(*laptop, stick.path(), true));
        INFO(setUp.error().toStdString());
        REQUIRE(setUp.ok());
        CHECK(CheckpointRepository(laptop->store()).byId(gateId).name == u"东村路口卡口"_s);
    }
    for (int i = 0; i < 3; ++i) {
        for (Installation *laptop : { &first, &second }) {
            CheckpointEntry e;
            e.checkpointId = gateId;
            e.personName = u"过路人%1"_s.arg(i);
            e.recordedBy = u"值守员"_s;
            REQUIRE(CheckpointLog(laptop->store()).record(e).ok());
        }
    }
    QString bundleOfFirst;
    for (Installation *laptop : { &first, &second }) {
        const QString bundle = laptop->exportTo(township, stick.path());
        auto report = township.import(bundle);
        INFO(report.error().toStdString());
        REQUIRE(report.ok());
        if (laptop == &first)
            bundleOfFirst = bundle;
    }
    CHECK(CheckpointLog(township.store()).count(QDate::currentDate()) == 6);
    CHECK_FALSE(township.import(bundleOfFirst).ok()); // the same stick twice changes nothing
    CHECK(CheckpointLog(township.store()).count(QDate::currentDate()) == 6);

    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());
    CHECK(CheckpointLog(county.store()).count(QDate::currentDate()) == 6);
}
