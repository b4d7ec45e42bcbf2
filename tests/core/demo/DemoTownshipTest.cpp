#include "TestSupport.h"

#include "demo/DemoTownship.h"
#include "i18n/Translations.h"
#include "people/IdNumber.h"
#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "people/ScreeningCoverage.h"
#include "regions/RegionRepository.h"
#include "store/InstanceSettings.h"
#include "store/IntegrityCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 4);

DemoTownship::Options options(qint64 persons, quint64 seed)
{
    DemoTownship::Options o;
    o.persons = persons;
    o.seed = seed;
    o.today = today;
    return o;
}

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList column(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// Persons the search index holds: every demo person has an ID number, indexed reversed behind
// an 'r', so a prefix query on 'r' reaches each of them once.
qint64 indexedNumbers(Store &store)
{
    return count(store, u"SELECT count(*) FROM person_search WHERE person_search MATCH 'r*'"_s);
}

struct Demo : TempStore
{
    explicit Demo(qint64 persons, quint64 seed = 1)
    {
        open();
        auto r = DemoTownship::generate(*store, options(persons, seed));
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        summary = r.value();
    }
    DemoTownship::Summary summary;
};

} // namespace

TEST_CASE("the same seed makes the same township and another seed a different one")
{
    Demo a(800, 7);
    Demo b(800, 7);
    Demo c(800, 8);
    const QString names = u"SELECT name FROM persons ORDER BY name, id_number"_s;
    const QString numbers = u"SELECT id_number FROM persons ORDER BY id_number"_s;
    const QString villages = u"SELECT name FROM regions WHERE level = 2 ORDER BY code"_s;
    REQUIRE(column(*a.store, names).size() == 800);
    CHECK(column(*a.store, names) == column(*b.store, names));
    CHECK(column(*a.store, numbers) == column(*b.store, numbers));
    CHECK(column(*a.store, villages) == column(*b.store, villages));
    CHECK(column(*a.store, names) != column(*c.store, names));
    CHECK(column(*a.store, numbers) != column(*c.store, numbers));
}

TEST_CASE("the demo township is set up with villages, groups and grids")
{
    Demo d(600);
    const InstanceSettings settings = InstanceSettings::load(*d.store);
    CHECK(settings.isSetUp());
    CHECK(settings.unitCode == DemoTownship::unitCode());
    CHECK(RegionRepository(*d.store).township().name == DemoTownship::unitName());
    CHECK(d.summary.villages == 3);
    CHECK(RegionRepository(*d.store).villages().size() == 3);
    CHECK(count(*d.store, u"SELECT count(*) FROM regions WHERE level = 3"_s) == 3 * 3);
    CHECK(count(*d.store, u"SELECT count(*) FROM regions WHERE level = 4"_s) == 3 * 3 * 2);
    CHECK(d.summary.persons == 600);
    CHECK(count(*d.store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == 600);
    CHECK(count(*d.store, u"SELECT count(*) FROM households"_s) == d.summary.households);
    CHECK(count(*d.store, u"SELECT count(*) FROM screening_visits"_s) == d.summary.visits);
    CHECK(d.summary.visits > 0);
    CHECK(d.summary.visits < d.summary.households);
}

TEST_CASE("every demo ID number is valid and agrees with the person's gender and birth date")
{
    Demo d(1000);
    QSqlQuery q(d.store->db());
    REQUIRE(q.exec(u"SELECT id_number, gender, birth_date FROM persons"_s));
    int checked = 0;
    int failures = 0;
    while (q.next()) {
        const auto id = IdNumber::parse(q.value(0).toString(), today);
        if (!id.ok()) {
            INFO(q.value(0).toString().toStdString() << ": " << id.error().toStdString());
            CHECK(id.ok());
            ++failures;
            continue;
        }
        const QString gender = id->gender() == IdNumber::Gender::Male ? u"male"_s : u"female"_s;
        if (gender != q.value(1).toString()
            || id->birthDate().toString(Qt::ISODate) != q.value(2).toString())
            ++failures;
        CHECK_FALSE(id->text().startsWith(u"37"_s)); // never a real region of the county
        ++checked;
    }
    CHECK(checked == 1000);
    CHECK(failures == 0);
    CHECK(count(*d.store, u"SELECT count(DISTINCT id_number) FROM persons"_s) == 1000);
}

TEST_CASE("demo households have one to six members who live where the household lives")
{
    Demo d(1500);
    const QString sizes = u"SELECT count(p.id) AS n FROM households h "
                          "LEFT JOIN persons p ON p.household_id = h.id GROUP BY h.id"_s;
    CHECK(count(*d.store, u"SELECT min(n) FROM ("_s + sizes + u")"_s) == 1);
    CHECK(count(*d.store, u"SELECT max(n) FROM ("_s + sizes + u")"_s) <= 6);
    CHECK(count(*d.store, u"SELECT max(n) FROM ("_s + sizes + u")"_s) >= 4);
    CHECK(count(*d.store, u"SELECT count(*) FROM persons WHERE household_id IS NULL"_s) == 0);
    CHECK(count(*d.store,
                u"SELECT count(*) FROM persons p JOIN households h ON h.id = p.household_id "
                "WHERE p.region_id <> h.region_id"_s)
          == 0);
    // Every head of household is a member of it.
    CHECK(count(*d.store,
                u"SELECT count(*) FROM households h JOIN persons p ON p.id = h.head_person_id "
                "WHERE p.household_id = h.id"_s)
          == d.summary.households);
}

TEST_CASE("the demo township has returnees, special groups and partial screening coverage")
{
    Demo d(3000);
    PersonQuery::Filter returnees;
    returnees.category = PersonCategory::Returnee;
    const auto rows = PersonQuery(*d.store, returnees).fetch(0, 10);
    REQUIRE_FALSE(rows.isEmpty());
    for (const auto &row : rows) {
        CHECK_FALSE(row.person.returneeOrigin.isEmpty());
        CHECK(row.person.arrivedOn.isValid());
        CHECK(row.person.arrivedOn <= today);
    }
    PersonQuery::Filter special;
    special.category = PersonCategory::SpecialGroup;
    CHECK(PersonQuery(*d.store, special).count() > 0);
    CHECK(count(*d.store, u"SELECT count(*) FROM persons WHERE birth_date > '2022-03-04'"_s) == 0);
    for (const auto &c : ScreeningCoverage::perVillage(*d.store)) {
        CHECK(c.households > 0);
        CHECK(c.ratio() > 0.5);
        CHECK(c.ratio() < 1.0);
    }
}

TEST_CASE("cancelling the demo leaves the store without persons")
{
    TownshipStore t;
    Store &store = *t.store;
    int calls = 0;
    const auto r = DemoTownship::generate(store, options(3000, 1), [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(done <= total);
        return false;
    });
    CHECK_FALSE(r.ok());
    CHECK(calls == 1);
    CHECK(count(store, u"SELECT count(*) FROM persons"_s) == 0);
    CHECK(count(store, u"SELECT count(*) FROM households"_s) == 0);
    CHECK(count(store, u"SELECT count(*) FROM screening_visits"_s) == 0);
    CHECK(count(store, u"SELECT count(*) FROM regions WHERE level >= 3"_s) == 0);
    CHECK(indexedNumbers(store) == 0);

    // The indexes and triggers the bulk load dropped are back: the store works as before.
    const QString schemaObject = u"SELECT count(*) FROM sqlite_schema WHERE name = '%1'"_s;
    CHECK(count(store, schemaObject.arg(u"persons_search_insert"_s)) == 1);
    CHECK(count(store, schemaObject.arg(u"persons_id_number"_s)) == 1);
    Person p;
    p.name = u"张伟"_s;
    p.idNumber = syntheticIdNumber();
    p.regionId = t.villageId(1);
    REQUIRE(PersonRepository(store).add(p).ok());
    PersonQuery::Filter filter;
    filter.text = u"张伟"_s;
    CHECK(PersonQuery(store, filter).count() == 1);
    CHECK(IntegrityCheck::run(store).isEmpty());
}

TEST_CASE("cancelling the demo in a new store leaves it free to be set up")
{
    TempStore t;
    Store &store = t.open();
    const auto r = DemoTownship::generate(store, options(3000, 1), [](qint64, qint64) {
        return false;
    });
    CHECK_FALSE(r.ok());
    CHECK(count(store, u"SELECT count(*) FROM persons"_s) == 0);
    CHECK(count(store, u"SELECT count(*) FROM regions"_s) == 0);
    CHECK_FALSE(InstanceSettings::load(store).isSetUp());
    CHECK(store.instanceId().isEmpty());

    // The clerk can still set up the real township, or make the demo after all.
    const auto again = DemoTownship::generate(store, options(300, 1));
    INFO(again.error().toStdString());
    CHECK(again.ok());
    CHECK(InstanceSettings::load(store).unitCode == DemoTownship::unitCode());
    CHECK_FALSE(store.instanceId().isEmpty());
    CHECK(IntegrityCheck::run(store).isEmpty());
}

TEST_CASE("the demo reports its progress and may run to the end")
{
    TempStore t;
    Store &store = t.open();
    QList<qint64> seen;
    const auto r = DemoTownship::generate(store, options(2500, 1), [&](qint64 done, qint64 total) {
        CHECK(total == 2500);
        seen << done;
        return true;
    });
    REQUIRE(r.ok());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.last() == 2500);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
}

TEST_CASE("refuses to make a demo township in a store that already holds persons")
{
    TownshipStore t;
    Person p;
    p.name = u"张伟"_s;
    p.regionId = t.villageId(1);
    REQUIRE(PersonRepository(*t.store).add(p).ok());
    const auto r = DemoTownship::generate(*t.store, options(500, 1));
    CHECK_FALSE(r.ok());
    CHECK(count(*t.store, u"SELECT count(*) FROM persons"_s) == 1);
    CHECK(count(*t.store, u"SELECT count(*) FROM regions WHERE level >= 3"_s) == 0);
}

TEST_CASE("fills a township set up by hand, under its own villages")
{
    TownshipStore t;
    const auto r = DemoTownship::generate(*t.store, options(300, 3));
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(r->villages == 2);
    CHECK(InstanceSettings::load(*t.store).unitCode == u"370285105000"_s);
    PersonQuery::Filter east;
    east.villageId = t.villageId(1);
    PersonQuery::Filter west;
    west.villageId = t.villageId(2);
    CHECK(PersonQuery(*t.store, east).count() + PersonQuery(*t.store, west).count() == 300);
    CHECK(IntegrityCheck::run(*t.store).isEmpty());
}

TEST_CASE("refuses a demo township of no persons")
{
    TempStore t;
    CHECK_FALSE(DemoTownship::generate(t.open(), options(0, 1)).ok());
}

TEST_CASE("after the demo the store is sound and its people can be searched")
{
    Demo d(2000);
    const QStringList problems = IntegrityCheck::run(*d.store);
    INFO(problems.join(u"\n"_s).toStdString());
    CHECK(problems.isEmpty());
    CHECK(indexedNumbers(*d.store) == 2000);

    QSqlQuery q(d.store->db());
    REQUIRE(q.exec(u"SELECT id, name, id_number, phone FROM persons "
                   "ORDER BY id LIMIT 5 OFFSET 321"_s));
    int people = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        for (const QString &text : { q.value(1).toString(), q.value(2).toString().right(6),
                                     q.value(2).toString().left(14) }) {
            PersonQuery::Filter filter;
            filter.text = text;
            bool found = false;
            for (const auto &row : PersonQuery(*d.store, filter).fetch(0, 2000))
                found = found || row.person.id == id;
            INFO(text.toStdString());
            CHECK(found);
        }
        ++people;
    }
    CHECK(people == 5);
}

TEST_CASE("the demo township has a week of control work for the morning lists", "[demo]")
{
    TempStore t;
    Store &store = t.open();
    auto summary = DemoTownship::generate(store, options(4000, 3));
    REQUIRE(summary.ok());
    const auto &work = summary->controlWork;
    CHECK(work.measures == 20);
    CHECK(count(store, u"SELECT count(*) FROM control_measures"_s) == work.measures);

    // Due for release today, overdue and released ones are all there for the clerk to see.
    CHECK(count(store, u"SELECT count(*) FROM control_measures WHERE released_on = '' "
                       "AND planned_end_on = '2022-03-04'"_s) > 0);
    CHECK(count(store, u"SELECT count(*) FROM control_measures WHERE released_on = '' "
                       "AND planned_end_on < '2022-03-04'"_s) > 0);
    CHECK(count(store, u"SELECT count(*) FROM control_measures WHERE released_on <> ''"_s) > 0);
    // Nobody is under two running measures, and central isolation never overfills its site.
    CHECK(count(store, u"SELECT count(*) FROM (SELECT person_id FROM control_measures "
                       "WHERE released_on = '' GROUP BY person_id HAVING count(*) > 1)"_s) == 0);
    CHECK(count(store, u"SELECT count(*) FROM isolation_sites s WHERE s.capacity < (SELECT count(*) "
                       "FROM control_measures m WHERE m.site_id = s.id AND m.released_on = '')"_s) == 0);
    CHECK(column(store, u"SELECT status FROM isolation_sites ORDER BY status"_s)
          == QStringList { u"in_use"_s, u"standby"_s });
    // 五包一: at most five cadres per person, three at least.
    CHECK(count(store, u"SELECT max(n) FROM (SELECT count(*) n FROM responsibilities GROUP BY measure_id)"_s) == 5);
    CHECK(count(store, u"SELECT min(n) FROM (SELECT count(*) n FROM responsibilities GROUP BY measure_id)"_s) == 3);

    // Temperatures never after this morning; most slots filled, a few missed.
    CHECK(work.healthChecks > 0);
    CHECK(count(store, u"SELECT count(*) FROM health_checks WHERE checked_on > '2022-03-04' "
                       "OR (checked_on = '2022-03-04' AND period = 'afternoon')"_s) == 0);

    // Yesterday's round: almost everyone sampled, a few left for the door-to-door list.
    const qint64 persons = count(store, u"SELECT count(*) FROM persons"_s);
    CHECK(work.samples < persons);
    CHECK(work.samples > persons * 9 / 10);
    CHECK(count(store, u"SELECT count(*) FROM test_round_villages"_s)
          == count(store, u"SELECT count(*) FROM regions WHERE level = 2"_s));
    CHECK(work.needs == count(store, u"SELECT count(*) FROM need_records"_s));
    CHECK(count(store, u"SELECT count(*) FROM need_records n JOIN persons p ON p.id = n.person_id "
                       "WHERE p.special_group = ''"_s) == 0);
}

TEST_CASE("a store made by the demo is marked as one, and only such a store takes demo data")
{
    TempStore fresh;
    CHECK(DemoTownship::mayFill(fresh.open()) == DemoTownship::Fill::Allowed);

    Demo demo(300);
    CHECK(DemoTownship::isDemoStore(*demo.store));
    CHECK(InstanceSettings::load(*demo.store).createdAsDemo);
    // Read back from the file, not from what the demo kept in memory.
    demo.open();
    CHECK(DemoTownship::isDemoStore(*demo.store));
    CHECK(DemoTownship::mayFill(*demo.store) == DemoTownship::Fill::ReplaceOnly);

    TownshipStore real;
    CHECK_FALSE(DemoTownship::isDemoStore(*real.store));
    CHECK(DemoTownship::mayFill(*real.store) == DemoTownship::Fill::Refused);
    Person p;
    p.name = u"张伟"_s;
    p.regionId = real.villageId(1);
    REQUIRE(PersonRepository(*real.store).add(p).ok());
    CHECK(DemoTownship::mayFill(*real.store) == DemoTownship::Fill::Refused);
}

TEST_CASE("a demo store is discarded to make room for a new one, a real store never")
{
    Demo demo(300);
    const QString path = demo.path();
    demo.store.reset();
    REQUIRE(DemoTownship::discard(path).ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK(DemoTownship::mayFill(demo.open()) == DemoTownship::Fill::Allowed);
    REQUIRE(DemoTownship::generate(*demo.store, options(200, 2)).ok());
    CHECK(count(*demo.store, u"SELECT count(*) FROM persons"_s) == 200);

    TownshipStore real;
    const QString realPath = real.path();
    real.store.reset();
    const auto refused = DemoTownship::discard(realPath);
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(refused.error().isEmpty());
    CHECK(InstanceSettings::load(real.open()).unitCode == u"370285105000"_s);
}

TEST_CASE("the demo writes Chinese addresses and grid names whatever the interface language")
{
    QStringList addresses;
    QStringList grids;
    for (const QString &language : { u"en"_s, u"zh_CN"_s }) {
        Translations::install(*QCoreApplication::instance(), language);
        Demo d(300, 5);
        addresses.append(
            column(*d.store, u"SELECT address FROM households ORDER BY address"_s).join(u'|'));
        grids.append(column(*d.store, u"SELECT name FROM regions WHERE level = 4 ORDER BY code"_s)
                         .join(u'|'));
        if (language == "en"_L1) {
            const QStringList written = column(*d.store, u"SELECT address FROM households"_s);
            REQUIRE_FALSE(written.isEmpty());
            for (const QString &address : written) {
                INFO(address.toStdString());
                CHECK(address.endsWith(u'号'));
                CHECK_FALSE(address.contains(u"No."_s));
            }
            CHECK(column(*d.store, u"SELECT name FROM regions WHERE level = 4 ORDER BY code"_s)
                      .first()
                == u"第1网格"_s);
        }
    }
    Translations::install(*QCoreApplication::instance(), u"en"_s);
    CHECK(addresses[0] == addresses[1]);
    CHECK(grids[0] == grids[1]);
}

TEST_CASE("the demo's households have their head and each member's relation to the head")
{
    Demo d(600);
    // The head is a member and says no relation; every other member says one.
    CHECK(count(*d.store, u"SELECT count(*) FROM households h LEFT JOIN persons p "
                          "ON p.id = h.head_person_id AND p.household_id = h.id "
                          "WHERE p.id IS NULL OR p.relation_to_head <> ''"_s)
        == 0);
    CHECK(count(*d.store, u"SELECT count(*) FROM persons p JOIN households h ON h.id = p.household_id "
                          "WHERE p.id <> h.head_person_id AND p.relation_to_head = ''"_s)
        == 0);
    CHECK(count(*d.store, u"SELECT count(*) FROM persons WHERE relation_to_head = 'spouse'"_s) > 0);
    CHECK(count(*d.store, u"SELECT count(*) FROM persons WHERE relation_to_head IN ('son', 'daughter')"_s) > 0);
}
