#include "TestSupport.h"

#include "measures/IsolationSiteRepository.h"
#include "measures/MeasureRepository.h"
#include "measures/PolicyValues.h"
#include "people/PersonRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 25);

QString addPerson(TownshipStore &t, const QString &name, int sequence, int village = 1)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(village);
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

ControlMeasure measure(
    const QString &personId, const QString &kind = u"home_isolation"_s, QDate start = today)
{
    ControlMeasure m;
    m.personId = personId;
    m.kind = kind;
    m.startedOn = start;
    return m;
}

Responsibility cadre(const QString &name, const QString &role, const QString &phone)
{
    Responsibility r;
    r.cadreName = name;
    r.role = role;
    r.phone = phone;
    return r;
}

QString addSite(
    TownshipStore &t, const QString &name, int capacity, const QString &status = u"in_use"_s)
{
    IsolationSite s;
    s.name = name;
    s.capacity = capacity;
    s.status = status;
    auto id = IsolationSiteRepository(*t.store).add(s);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 auditEntries(Store &store, const QString &table)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT count(*) FROM audit_log WHERE table_name = ?"_s);
    q.addBindValue(table);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the planned end is the last day counting the start day as the first", "[measures]")
{
    CHECK(MeasureRepository::plannedEnd(QDate(2022, 3, 25), 14) == QDate(2022, 4, 7));
    CHECK(MeasureRepository::plannedEnd(QDate(2022, 2, 20), 14) == QDate(2022, 3, 5));
    CHECK(MeasureRepository::plannedEnd(QDate(2024, 2, 20), 14) == QDate(2024, 3, 4)); // leap year
    CHECK(MeasureRepository::plannedEnd(QDate(2022, 12, 25), 14) == QDate(2023, 1, 7));
    CHECK(MeasureRepository::plannedEnd(QDate(2022, 12, 31), 7) == QDate(2023, 1, 6));
    CHECK(MeasureRepository::plannedEnd(QDate(2022, 4, 30), 1) == QDate(2022, 4, 30));
}

TEST_CASE("an added measure takes its planned end from the policy days of its kind", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString a = addPerson(t, u"张伟"_s, 101);
    const QString b = addPerson(t, u"李娜"_s, 102);
    REQUIRE(PolicyValues(*t.store).setIsolationDays(u"home_isolation"_s, 10).ok());

    auto home = measures.add(measure(a, u"home_isolation"_s, QDate(2022, 3, 25)), {}, today);
    INFO(home.error().toStdString());
    REQUIRE(home.ok());
    CHECK(measures.byId(home.value()).plannedEndOn == QDate(2022, 4, 3));

    auto monitoring = measures.add(measure(b, u"home_monitoring"_s, QDate(2022, 3, 1)), {}, today);
    REQUIRE(monitoring.ok());
    const ControlMeasure stored = measures.byId(monitoring.value());
    CHECK(stored.plannedEndOn == QDate(2022, 3, 7));
    CHECK(stored.isRunning());
    CHECK(stored.siteId.isEmpty());
    CHECK(auditEntries(*t.store, u"control_measures"_s) == 2);
}

TEST_CASE("refuses a second running measure on a person, naming the running one", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString a = addPerson(t, u"张伟"_s, 101);
    auto first = measures.add(measure(a, u"home_isolation"_s, QDate(2022, 3, 20)), {}, today);
    REQUIRE(first.ok());

    auto second = measures.add(measure(a, u"home_monitoring"_s), {}, today);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(u"张伟"_s));
    CHECK(second.error().contains(u"Home isolation"_s));
    CHECK(second.error().contains(u"2022-03-20"_s));

    REQUIRE(measures.release(first.value(), today, u"期满"_s, today).ok());
    CHECK(measures.add(measure(a, u"home_monitoring"_s), {}, today).ok());
}

TEST_CASE("refuses a measure starting in the future or without a person", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString a = addPerson(t, u"张伟"_s, 101);
    CHECK_FALSE(measures.add(measure(a, u"home_isolation"_s, today.addDays(1)), {}, today).ok());
    CHECK_FALSE(measures.add(measure(u"no-such-person"_s), {}, today).ok());
    CHECK_FALSE(measures.add(measure(a, u"house_arrest"_s), {}, today).ok());
}

TEST_CASE("central isolation needs an open site with a free place", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString small = addSite(t, u"镇卫生院隔离点"_s, 2);
    const QString closed = addSite(t, u"老学校"_s, 50, u"closed"_s);
    const QString a = addPerson(t, u"张伟"_s, 101);
    const QString b = addPerson(t, u"李娜"_s, 102);
    const QString c = addPerson(t, u"王芳"_s, 103);

    auto noSite = measures.add(measure(a, u"central_isolation"_s), {}, today);
    REQUIRE_FALSE(noSite.ok());

    ControlMeasure atClosed = measure(a, u"central_isolation"_s);
    atClosed.siteId = closed;
    auto refused = measures.add(atClosed, {}, today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"老学校"_s));

    for (const QString &person : { a, b }) {
        ControlMeasure m = measure(person, u"central_isolation"_s);
        m.siteId = small;
        auto id = measures.add(m, {}, today);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    CHECK(IsolationSiteRepository(*t.store).occupied(small) == 2);

    ControlMeasure third = measure(c, u"central_isolation"_s);
    third.siteId = small;
    auto full = measures.add(third, {}, today);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().contains(u"镇卫生院隔离点"_s));
    CHECK(full.error().contains(u"2 of 2"_s));

    // A released person frees the place.
    const QString released = measures.runningFor(a).id;
    REQUIRE(measures.release(released, today, u"核酸阴性"_s, today).ok());
    CHECK(measures.add(third, {}, today).ok());
}

TEST_CASE("a home measure keeps no site", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString site = addSite(t, u"镇卫生院隔离点"_s, 2);
    ControlMeasure m = measure(addPerson(t, u"张伟"_s, 101));
    m.siteId = site;
    auto id = measures.add(m, {}, today);
    REQUIRE(id.ok());
    CHECK(measures.byId(id.value()).siteId.isEmpty());
    CHECK(IsolationSiteRepository(*t.store).occupied(site) == 0);
}

TEST_CASE("a release is dated from the start to today and needs a reason", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    auto id = measures.add(
        measure(addPerson(t, u"张伟"_s, 101), u"home_isolation"_s, QDate(2022, 3, 10)), {}, today);
    REQUIRE(id.ok());

    auto early = measures.release(id.value(), QDate(2022, 3, 9), u"期满"_s, today);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(u"2022-03-10"_s));
    auto future = measures.release(id.value(), today.addDays(1), u"期满"_s, today);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().contains(u"2022-03-26"_s));
    CHECK_FALSE(measures.release(id.value(), today, u"  "_s, today).ok());

    REQUIRE(measures.release(id.value(), QDate(2022, 3, 10), u" 核酸 阴性 "_s, today).ok());
    const ControlMeasure released = measures.byId(id.value());
    CHECK(released.releasedOn == QDate(2022, 3, 10));
    CHECK(released.releaseReason == u"核酸 阴性"_s);
    CHECK_FALSE(released.isRunning());

    auto again = measures.release(id.value(), today, u"期满"_s, today);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(u"2022-03-10"_s));
}

TEST_CASE("the home-isolation checklist is updated and audited", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    auto id = measures.add(measure(addPerson(t, u"张伟"_s, 101)), {}, today);
    REQUIRE(id.ok());
    REQUIRE(measures.setChecklist(id.value(), true, true, false).ok());
    const ControlMeasure m = measures.byId(id.value());
    CHECK(m.cardPosted);
    CHECK(m.agreementSigned);
    CHECK_FALSE(m.cameraInstalled);
    CHECK(auditEntries(*t.store, u"control_measures"_s) == 2);

    auto monitoring
        = measures.add(measure(addPerson(t, u"李娜"_s, 102), u"home_monitoring"_s), {}, today);
    REQUIRE(monitoring.ok());
    CHECK_FALSE(measures.setChecklist(monitoring.value(), true, false, false).ok());
}

TEST_CASE("at most five cadres answer for one person and a sixth is refused", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QList<Responsibility> five = {
        cadre(u"赵镇干"_s, u"township_cadre"_s, u"13800000001"_s),
        cadre(u"钱村干"_s, u"village_cadre"_s, u"13800000002"_s),
        cadre(u"孙医生"_s, u"village_doctor"_s, u"13800000003"_s),
        cadre(u"李民警"_s, u"police_officer"_s, u"13800000004"_s),
        cadre(u"周网格"_s, u"grid_worker"_s, u"138 0000 0005"_s),
    };
    auto id = measures.add(measure(addPerson(t, u"张伟"_s, 101)), five, today);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const QList<Responsibility> stored = measures.responsibilities(id.value());
    REQUIRE(stored.size() == 5);
    CHECK(stored.last().phone == u"13800000005"_s);
    CHECK(auditEntries(*t.store, u"responsibilities"_s) == 5);

    Responsibility sixth = cadre(u"吴志愿"_s, u"grid_worker"_s, u"13800000006"_s);
    sixth.measureId = id.value();
    auto refused = measures.addResponsibility(sixth);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"张伟"_s));

    REQUIRE(measures.removeResponsibility(stored.first().id).ok());
    CHECK(measures.addResponsibility(sixth).ok());
    CHECK(measures.responsibilities(id.value()).size() == 5);

    QList<Responsibility> six = five;
    six << cadre(u"吴志愿"_s, u"grid_worker"_s, u"13800000006"_s);
    CHECK_FALSE(measures.add(measure(addPerson(t, u"李娜"_s, 102)), six, today).ok());
}

TEST_CASE("refuses a cadre without a valid phone or role", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString a = addPerson(t, u"张伟"_s, 101);
    auto badPhone
        = measures.add(measure(a), { cadre(u"赵镇干"_s, u"township_cadre"_s, u"12345"_s) }, today);
    REQUIRE_FALSE(badPhone.ok());
    CHECK(badPhone.error().contains(u"赵镇干"_s));
    CHECK_FALSE(
        measures.add(measure(a), { cadre(u"赵镇干"_s, u"mayor"_s, u"13800000001"_s) }, today).ok());
    CHECK_FALSE(
        measures.add(measure(a), { cadre(u"赵镇干"_s, u"township_cadre"_s, {}) }, today).ok());
    CHECK(measures.countRunning() == 0);
}

TEST_CASE("due today lists measures ending today and overdue those ended before", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    // 14 days: started 03-12 ends 03-25 (today), started 03-10 ends 03-23, started 03-20 runs on.
    auto due = measures.add(
        measure(addPerson(t, u"张伟"_s, 101), u"home_isolation"_s, QDate(2022, 3, 12)), {}, today);
    auto late = measures.add(
        measure(addPerson(t, u"李娜"_s, 102), u"home_isolation"_s, QDate(2022, 3, 10)), {}, today);
    auto runs = measures.add(
        measure(addPerson(t, u"王芳"_s, 103), u"home_isolation"_s, QDate(2022, 3, 20)), {}, today);
    auto releasedLate = measures.add(
        measure(addPerson(t, u"刘洋"_s, 104), u"home_isolation"_s, QDate(2022, 3, 1)), {}, today);
    REQUIRE((due.ok() && late.ok() && runs.ok() && releasedLate.ok()));
    REQUIRE(measures.release(releasedLate.value(), QDate(2022, 3, 14), u"期满"_s, today).ok());

    const auto dueRows = measures.dueForRelease(today);
    REQUIRE(dueRows.size() == 1);
    CHECK(dueRows.first().personName == u"张伟"_s);
    CHECK(dueRows.first().villageName == u"东村"_s);
    const auto overdueRows = measures.overdue(today);
    REQUIRE(overdueRows.size() == 1);
    CHECK(overdueRows.first().measure.id == late.value());
    CHECK(measures.countRunning() == 3);
}

TEST_CASE("the running list filters by village and kind and pages", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    for (int i = 0; i < 5; ++i) {
        const QString east = addPerson(t, u"东村人"_s, 200 + i, 1);
        const QString west = addPerson(t, u"西村人"_s, 300 + i, 2);
        REQUIRE(
            measures.add(measure(east, u"home_isolation"_s, today.addDays(-i)), {}, today).ok());
        REQUIRE(measures.add(measure(west, u"home_monitoring"_s), {}, today).ok());
    }
    CHECK(measures.countRunning() == 10);
    CHECK(measures.countRunning({ t.villageId(1), {} }) == 5);
    CHECK(measures.countRunning({ {}, u"home_monitoring"_s }) == 5);
    CHECK(measures.countRunning({ t.villageId(1), u"home_monitoring"_s }) == 0);

    const auto east = measures.running({ t.villageId(1), {} });
    REQUIRE(east.size() == 5);
    for (const auto &row : east)
        CHECK(row.villageName == u"东村"_s);
    // Soonest planned end first.
    CHECK(east.first().measure.startedOn == today.addDays(-4));

    const auto page1 = measures.running({}, 0, 4);
    const auto page3 = measures.running({}, 8, 4);
    CHECK(page1.size() == 4);
    CHECK(page3.size() == 2);
}

TEST_CASE("the cadre view lists each cadre with the persons they answer for", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    const QString site = addSite(t, u"镇卫生院隔离点"_s, 10);
    const Responsibility zhao = cadre(u"赵镇干"_s, u"township_cadre"_s, u"13800000001"_s);
    const Responsibility qian = cadre(u"钱村干"_s, u"village_cadre"_s, u"13800000002"_s);
    REQUIRE(measures.add(measure(addPerson(t, u"张伟"_s, 101, 1)), { zhao, qian }, today).ok());
    ControlMeasure central = measure(addPerson(t, u"李娜"_s, 102, 2), u"central_isolation"_s);
    central.siteId = site;
    REQUIRE(measures.add(central, { zhao }, today).ok());
    auto released = measures.add(measure(addPerson(t, u"王芳"_s, 103)), { qian }, today);
    REQUIRE(released.ok());
    REQUIRE(measures.release(released.value(), today, u"转移"_s, today).ok());

    const auto loads = measures.cadreLoads();
    REQUIRE(loads.size() == 2);
    const auto &zhaoLoad = loads.first().cadreName == u"赵镇干"_s ? loads.first() : loads.last();
    const auto &qianLoad = loads.first().cadreName == u"赵镇干"_s ? loads.last() : loads.first();
    CHECK(zhaoLoad.role == u"township_cadre"_s);
    REQUIRE(zhaoLoad.measures.size() == 2);
    QStringList names;
    for (const auto &row : zhaoLoad.measures)
        names << row.personName + u'/' + row.villageName + u'/' + row.measure.kind;
    names.sort();
    CHECK(names == QStringList { u"张伟/东村/home_isolation"_s, u"李娜/西村/central_isolation"_s });
    REQUIRE(qianLoad.measures.size() == 1); // the released one is no longer his
    CHECK(qianLoad.measures.first().personName == u"张伟"_s);
}

TEST_CASE("checking a measure gives its planned end and writes nothing", "[measures]")
{
    TownshipStore t;
    MeasureRepository measures(*t.store);
    auto checked = measures.check(measure(addPerson(t, u"张伟"_s, 101), u"home_isolation"_s,
                                          QDate(2022, 3, 20)),
                                  {}, today);
    INFO(checked.error().toStdString());
    REQUIRE(checked.ok());
    CHECK(checked->plannedEndOn == QDate(2022, 4, 2));
    CHECK(measures.countRunning() == 0);
}
