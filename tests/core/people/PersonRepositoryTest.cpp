#include "TestSupport.h"

#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 4);

qint64 personRows(Store &store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT count(*) FROM persons"_s));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Person person(const TownshipStore &t, const QString &name, const QString &idNumber = {})
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(1);
    p.idNumber = idNumber;
    return p;
}

} // namespace

TEST_CASE("a checked person takes gender and birth date from the ID number")
{
    TownshipStore t;
    Person p = person(t, u"  张　伟 "_s, u"９９０１０１１９９００１０１１２９ｘ"_s);
    p.phone = u"+86 138 1234 5678"_s;
    const auto checked = PersonRepository(*t.store).check(p, today);
    INFO(checked.error().toStdString());
    REQUIRE(checked.ok());
    CHECK(checked->name == u"张 伟"_s);
    CHECK(checked->idNumber == u"99010119900101129X"_s);
    CHECK(checked->gender == u"male"_s); // 9 in the 17th place: odd
    CHECK(checked->birthDate == QDate(1990, 1, 1));
    CHECK(checked->phone == u"13812345678"_s);
}

TEST_CASE("an added person reads back as stored")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p = person(t, u"李建国"_s, syntheticIdNumber(u"19700505"_s, 321));
    p.phone = u"0532 87654321"_s;
    p.residenceType = u"migrant_worker"_s;
    p.returnee = true;
    p.returneeOrigin = u" 北京市朝阳区 "_s;
    p.arrivedOn = QDate(2022, 3, 1);
    p.specialGroup = u"chronically_ill"_s;
    p.notes = u"高血压"_s;
    auto id = persons.add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());

    const Person stored = persons.byId(id.value());
    CHECK(stored.id == id.value());
    CHECK(stored.name == u"李建国"_s);
    CHECK(stored.idNumber == syntheticIdNumber(u"19700505"_s, 321));
    CHECK(stored.gender == u"male"_s);
    CHECK(stored.birthDate == QDate(1970, 5, 5));
    CHECK(stored.phone == u"0532-87654321"_s);
    CHECK(stored.residenceType == u"migrant_worker"_s);
    CHECK(stored.returnee);
    CHECK(stored.returneeOrigin == u"北京市朝阳区"_s);
    CHECK(stored.arrivedOn == QDate(2022, 3, 1));
    CHECK(stored.specialGroup == u"chronically_ill"_s);
    CHECK(stored.notes == u"高血压"_s);
    CHECK(stored.householdId.isEmpty());
    CHECK(persons.byIdNumber(syntheticIdNumber(u"19700505"_s, 321).toLower()).id == id.value());
}

TEST_CASE("refuses an ID number already registered, naming the person and village")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person first = person(t, u"王秀英"_s, u"99010119900101129X"_s);
    first.regionId = t.villageId(2);
    REQUIRE(persons.add(first).ok());
    const qint64 before = personRows(*t.store);

    // Typed another way: lower-case x and spaces.
    const auto r = persons.add(person(t, u"李娜"_s, u"990101 19900101 129x"_s));
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"王秀英"_s));
    CHECK(r.error().contains(u"西村"_s));
    CHECK(r.error().contains(u"99010119900101129X"_s));
    CHECK(personRows(*t.store) == before);
}

TEST_CASE("a person may keep their own ID number when changed")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    auto id = persons.add(person(t, u"王秀英"_s, u"99010119900101129X"_s));
    REQUIRE(id.ok());
    Person p = persons.byId(id.value());
    p.phone = u"13900001111"_s;
    auto r = persons.update(p);
    INFO(r.error().toStdString());
    CHECK(r.ok());
    CHECK(persons.byId(id.value()).phone == u"13900001111"_s);
}

TEST_CASE("refuses a gender that disagrees with the ID number")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p = person(t, u"张伟"_s, syntheticIdNumber(u"19900101"_s, 123)); // odd: a man
    p.gender = u"female"_s;
    CHECK_FALSE(persons.check(p, today).ok());
    CHECK_FALSE(persons.add(p).ok());
    p.gender = u"male"_s;
    CHECK(persons.check(p, today).ok());
    CHECK(personRows(*t.store) == 0);
}

TEST_CASE("refuses a birth date that disagrees with the ID number")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p = person(t, u"张伟"_s, syntheticIdNumber(u"19900101"_s, 123));
    p.birthDate = QDate(1990, 1, 2);
    const auto r = persons.check(p, today);
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(u"1990-01-01"_s));
    p.birthDate = QDate(1990, 1, 1);
    CHECK(persons.check(p, today).ok());
}

TEST_CASE("refuses a returnee without origin or arrival date")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p = person(t, u"李建国"_s);
    p.returnee = true;
    p.arrivedOn = QDate(2022, 3, 1);
    p.returneeOrigin = u"  "_s;
    CHECK_FALSE(persons.check(p, today).ok());

    p.returneeOrigin = u"上海市浦东新区"_s;
    p.arrivedOn = QDate();
    CHECK_FALSE(persons.check(p, today).ok());

    p.arrivedOn = QDate(2022, 3, 5); // after today
    CHECK_FALSE(persons.check(p, today).ok());

    p.arrivedOn = QDate(2022, 3, 1);
    CHECK(persons.check(p, today).ok());
}

TEST_CASE("forgets origin and arrival date of a person who is not a returnee")
{
    TownshipStore t;
    Person p = person(t, u"李建国"_s);
    p.returneeOrigin = u"上海市"_s;
    p.arrivedOn = QDate(2022, 3, 1);
    const auto checked = PersonRepository(*t.store).check(p, today);
    REQUIRE(checked.ok());
    CHECK(checked->returneeOrigin.isEmpty());
    CHECK_FALSE(checked->arrivedOn.isValid());
}

TEST_CASE("refuses a name with digits in it")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    CHECK_FALSE(persons.check(person(t, u"张伟3"_s), today).ok());
    CHECK_FALSE(persons.check(person(t, u"张伟13812345678"_s), today).ok());
    CHECK_FALSE(persons.check(person(t, u"张伟３"_s), today).ok());
    CHECK_FALSE(persons.check(person(t, u"   "_s), today).ok());
    CHECK_FALSE(persons.check(person(t, QString(41, u'张')), today).ok());
    CHECK(persons.check(person(t, u"阿依古丽·买买提"_s), today).ok());
}

TEST_CASE("refuses a bad phone number, a future birth date and an unknown category")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p = person(t, u"张伟"_s);
    p.phone = u"12812345678"_s;
    CHECK_FALSE(persons.check(p, today).ok());

    p = person(t, u"张伟"_s);
    p.birthDate = today.addDays(1);
    CHECK_FALSE(persons.check(p, today).ok());

    p = person(t, u"张伟"_s);
    p.specialGroup = u"vip"_s;
    CHECK_FALSE(persons.check(p, today).ok());

    p = person(t, u"张伟"_s);
    p.residenceType = u"tourist"_s;
    CHECK_FALSE(persons.check(p, today).ok());
}

TEST_CASE("refuses a person without a village")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p = person(t, u"张伟"_s);
    p.regionId.clear();
    CHECK_FALSE(persons.add(p).ok());
    p.regionId = u"no-such-region"_s;
    CHECK_FALSE(persons.add(p).ok());
    // The township itself is not a place to live.
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT id FROM regions WHERE level = 1"_s));
    REQUIRE(q.next());
    p.regionId = q.value(0).toString();
    CHECK_FALSE(persons.add(p).ok());
    CHECK(personRows(*t.store) == 0);
}

TEST_CASE("a person in a household lives where the household lives")
{
    TownshipStore t;
    Household h;
    h.regionId = t.villageId(2);
    h.address = u"西村12号"_s;
    auto householdId = HouseholdRepository(*t.store).add(h);
    REQUIRE(householdId.ok());

    PersonRepository persons(*t.store);
    Person p = person(t, u"张伟"_s); // entered in village 1 ...
    p.householdId = householdId.value();
    auto id = persons.add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const Person stored = persons.byId(id.value());
    CHECK(stored.regionId == t.villageId(2)); // ... but the household is in village 2
    CHECK(stored.householdId == householdId.value());
    REQUIRE(persons.members(householdId.value()).size() == 1);
    CHECK(persons.members(householdId.value())[0].id == id.value());

    p.householdId = u"no-such-household"_s;
    CHECK_FALSE(persons.add(p).ok());
}

TEST_CASE("a failed add leaves the persons as they were")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    REQUIRE(persons.add(person(t, u"张伟"_s, syntheticIdNumber(u"19900101"_s, 123))).ok());
    const qint64 before = personRows(*t.store);
    CHECK_FALSE(persons.add(person(t, u"李娜"_s, syntheticIdNumber(u"19900101"_s, 123))).ok());
    CHECK_FALSE(persons.add(person(t, u"李娜5"_s)).ok());
    Person noVillage = person(t, u"李娜"_s);
    noVillage.regionId = u"x"_s;
    CHECK_FALSE(persons.add(noVillage).ok());
    CHECK(personRows(*t.store) == before);
}

TEST_CASE("removing the head of a household leaves the household without a head")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    PersonRepository persons(*t.store);
    Household h;
    h.regionId = t.villageId(1);
    h.address = u"东村3号"_s;
    auto householdId = households.add(h);
    REQUIRE(householdId.ok());
    Person head = person(t, u"张伟"_s);
    head.householdId = householdId.value();
    auto headId = persons.add(head);
    REQUIRE(headId.ok());
    h = households.byId(householdId.value());
    h.headPersonId = headId.value();
    REQUIRE(households.update(h).ok());
    REQUIRE(households.byId(householdId.value()).headPersonId == headId.value());

    REQUIRE(persons.remove(headId.value(), { u"moved_out"_s, u"青岛市"_s }).ok());
    CHECK(households.byId(householdId.value()).headPersonId.isEmpty());
    CHECK(persons.members(householdId.value()).isEmpty());
}
