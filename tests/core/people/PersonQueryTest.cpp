#include "TestSupport.h"

#include "demo/DemoTownship.h"
#include "people/HouseholdRepository.h"
#include "people/PersonQuery.h"
#include "people/PersonRepository.h"

#include <QSet>
#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A township with a handful of residents in its two villages.
struct Residents : TownshipStore
{
    Residents()
    {
        add(u"张伟"_s, 1, syntheticIdNumber(u"19900101"_s, 123), u"13812345678"_s);
        add(u"张伟明"_s, 1, syntheticIdNumber(u"19851231"_s, 211), u"13955550001"_s);
        add(u"伟张"_s, 2, {}, {});
        add(u"欧阳建国"_s, 1, syntheticIdNumber(u"19630707"_s, 451), u"0532 87654321"_s);
        add(u"建国李建"_s, 2, {}, {});
        add(u"王芳"_s, 2, syntheticIdNumber(u"19400505"_s, 222), {}, u"elderly_alone"_s);
        add(u"李建国"_s, 2, syntheticIdNumber(u"19780808"_s, 333), u"15000002222"_s, {},
            u"北京市朝阳区"_s);
        add(u"Anna Li"_s, 1, {}, u"13600009999"_s);
    }

    void add(const QString &name, int village, const QString &idNumber, const QString &phone,
             const QString &specialGroup = {}, const QString &returnedFrom = {})
    {
        Person p;
        p.name = name;
        p.regionId = villageId(village);
        p.idNumber = idNumber;
        p.phone = phone;
        p.specialGroup = specialGroup;
        if (!returnedFrom.isEmpty()) {
            p.returnee = true;
            p.returneeOrigin = returnedFrom;
            p.arrivedOn = QDate(2022, 3, 1);
        }
        auto id = PersonRepository(*store).add(p);
        INFO(name.toStdString() << ": " << id.error().toStdString());
        REQUIRE(id.ok());
        all.append(p);
        all.last().id = id.value();
    }

    QList<Person> all;
};

QStringList names(const QList<PersonQuery::Row> &rows)
{
    QStringList out;
    for (const auto &row : rows)
        out << row.person.name;
    return out;
}

// The names a search finds, in any order.
QSet<QString> found(Store &store, const QString &text, const QString &villageId = {})
{
    PersonQuery::Filter filter;
    filter.text = text;
    filter.villageId = villageId;
    const PersonQuery query(store, filter);
    const auto rows = query.fetch(0, 1000);
    CHECK(query.count() == rows.size());
    CHECK_FALSE(query.isSearchTooShort());
    const QStringList list = names(rows);
    return QSet<QString>(list.begin(), list.end());
}

QSet<QString> set(std::initializer_list<QString> names)
{
    return QSet<QString>(names);
}

} // namespace

TEST_CASE("finds a two-character name")
{
    Residents r;
    CHECK(found(*r.store, u"张伟"_s) == set({ u"张伟"_s, u"张伟明"_s }));
    CHECK(found(*r.store, u"王芳"_s) == set({ u"王芳"_s }));
    CHECK(found(*r.store, u"伟张"_s) == set({ u"伟张"_s }));
}

TEST_CASE("finds every name holding a single character")
{
    Residents r;
    CHECK(found(*r.store, u"伟"_s) == set({ u"张伟"_s, u"张伟明"_s, u"伟张"_s }));
    CHECK(found(*r.store, u"芳"_s) == set({ u"王芳"_s }));
    CHECK(found(*r.store, u"龙"_s).isEmpty());
}

TEST_CASE("finds a three-character part of a longer name")
{
    Residents r;
    CHECK(found(*r.store, u"阳建国"_s) == set({ u"欧阳建国"_s }));
    CHECK(found(*r.store, u"张伟明"_s) == set({ u"张伟明"_s }));
    CHECK(found(*r.store, u"建国"_s) == set({ u"欧阳建国"_s, u"建国李建"_s, u"李建国"_s }));
}

TEST_CASE("does not find a name that holds the searched pairs in another order")
{
    Residents r;
    // 建国李建 holds 李建 and 建国, but not 李建国.
    CHECK(found(*r.store, u"李建国"_s) == set({ u"李建国"_s }));
}

TEST_CASE("finds a Latin name whatever its case and spaces")
{
    Residents r;
    CHECK(found(*r.store, u"anna"_s) == set({ u"Anna Li"_s }));
    CHECK(found(*r.store, u"ANNALI"_s) == set({ u"Anna Li"_s }));
}

TEST_CASE("finds a name typed with a space between surname and given name")
{
    Residents r;
    r.add(u"赵 敏"_s, 1, {}, {});
    r.add(u"Li Ming"_s, 2, {}, {});
    CHECK(found(*r.store, u"赵敏"_s) == set({ u"赵 敏"_s }));
    CHECK(found(*r.store, u"赵 敏"_s) == set({ u"赵 敏"_s }));
    CHECK(found(*r.store, u"liming"_s) == set({ u"Li Ming"_s }));
    CHECK(found(*r.store, u"i mi"_s) == set({ u"Li Ming"_s }));
}

TEST_CASE("finds a person by the first digits of the ID number")
{
    Residents r;
    CHECK(found(*r.store, u"9901011990"_s) == set({ u"张伟"_s }));
    CHECK(found(*r.store, u"990101"_s)
          == set({ u"张伟"_s, u"张伟明"_s, u"欧阳建国"_s, u"王芳"_s, u"李建国"_s }));
    CHECK(found(*r.store, u"99010119851231"_s) == set({ u"张伟明"_s }));
}

TEST_CASE("finds a person by the last digits of the ID number")
{
    Residents r;
    for (const Person &p : r.all) {
        if (p.idNumber.isEmpty())
            continue;
        INFO(p.name.toStdString());
        CHECK(found(*r.store, p.idNumber.right(6)).contains(p.name));
        CHECK(found(*r.store, p.idNumber.right(4).toLower()).contains(p.name));
        CHECK(found(*r.store, p.idNumber).contains(p.name));
    }
    // A number ending in X is found when the x is typed in lower case.
    const QString withX = u"99010119900101129X"_s;
    r.add(u"赵敏"_s, 1, withX, {});
    CHECK(found(*r.store, u"0101129x"_s) == set({ u"赵敏"_s }));
}

TEST_CASE("finds a person by the last digits of the phone")
{
    Residents r;
    CHECK(found(*r.store, u"5678"_s) == set({ u"张伟"_s }));
    CHECK(found(*r.store, u"50001"_s) == set({ u"张伟明"_s }));
    CHECK(found(*r.store, u"4321"_s) == set({ u"欧阳建国"_s }));      // 0532-87654321
    CHECK(found(*r.store, u"0532-876"_s) == set({ u"欧阳建国"_s }));  // first digits
    CHECK(found(*r.store, u"138123"_s) == set({ u"张伟"_s }));
    CHECK(found(*r.store, u"１３８１２３"_s) == set({ u"张伟"_s }));
    CHECK(found(*r.store, u"77777"_s).isEmpty());
}

TEST_CASE("one or two digits are too short to search and find nobody")
{
    Residents r;
    for (const QString &text : { u"1"_s, u"78"_s, u"９"_s }) {
        PersonQuery::Filter filter;
        filter.text = text;
        const PersonQuery query(*r.store, filter);
        INFO(text.toStdString());
        CHECK(query.isSearchTooShort());
        CHECK(query.count() == 0);
        CHECK(query.fetch(0, 100).isEmpty());
    }
    PersonQuery::Filter three;
    three.text = u"678"_s;
    CHECK_FALSE(PersonQuery(*r.store, three).isSearchTooShort());
}

TEST_CASE("empty search text lists everybody")
{
    Residents r;
    PersonQuery::Filter filter;
    filter.text = u"  "_s;
    const PersonQuery query(*r.store, filter);
    CHECK_FALSE(query.isSearchTooShort());
    CHECK(query.count() == r.all.size());
}

TEST_CASE("filters by village")
{
    Residents r;
    for (int village : { 1, 2 }) {
        QSet<QString> expected;
        for (const Person &p : r.all) {
            if (p.regionId == r.villageId(village))
                expected.insert(p.name);
        }
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(found(*r.store, {}, r.villageId(village)) == expected);
    }
    CHECK(found(*r.store, u"张伟"_s, r.villageId(2)).isEmpty());
    CHECK(found(*r.store, u"伟"_s, r.villageId(2)) == set({ u"伟张"_s }));

    PersonQuery::Filter filter;
    filter.villageId = r.villageId(2);
    const auto rows = PersonQuery(*r.store, filter).fetch(0, 100);
    REQUIRE_FALSE(rows.isEmpty());
    for (const auto &row : rows)
        CHECK(row.villageName == u"西村"_s);
}

TEST_CASE("filters by category")
{
    Residents r;
    PersonQuery::Filter returnees;
    returnees.category = PersonCategory::Returnee;
    CHECK(names(PersonQuery(*r.store, returnees).fetch(0, 100)) == QStringList { u"李建国"_s });
    CHECK(PersonQuery(*r.store, returnees).count() == 1);

    PersonQuery::Filter special;
    special.category = PersonCategory::SpecialGroup;
    CHECK(names(PersonQuery(*r.store, special).fetch(0, 100)) == QStringList { u"王芳"_s });

    PersonQuery::Filter contacts;
    contacts.category = PersonCategory::CloseContact;
    CHECK(PersonQuery(*r.store, contacts).count() == 0);

    special.villageId = r.villageId(1);
    CHECK(PersonQuery(*r.store, special).count() == 0);
}

TEST_CASE("sorts by name in pinyin order ascending and descending")
{
    Residents r;
    // jian, li, ou, wang, wei, zhang; Latin names after the Han ones, as ICU's zh order has it.
    QStringList expected = { u"建国李建"_s, u"李建国"_s, u"欧阳建国"_s, u"王芳"_s, u"伟张"_s,
                             u"张伟"_s, u"张伟明"_s, u"Anna Li"_s };

    const PersonQuery ascending(*r.store, {}, PersonQuery::SortKey::Name, Qt::AscendingOrder);
    CHECK(names(ascending.fetch(0, 100)) == expected);

    std::reverse(expected.begin(), expected.end());
    const PersonQuery descending(*r.store, {}, PersonQuery::SortKey::Name, Qt::DescendingOrder);
    CHECK(names(descending.fetch(0, 100)) == expected);
}

TEST_CASE("sorts by birth date and by village")
{
    Residents r;
    const auto byBirth = PersonQuery(*r.store, {}, PersonQuery::SortKey::BirthDate).fetch(0, 100);
    for (int i = 1; i < byBirth.size(); ++i) {
        const QString a = byBirth[i - 1].person.birthDate.toString(Qt::ISODate);
        const QString b = byBirth[i].person.birthDate.toString(Qt::ISODate);
        CHECK(a <= b);
    }
    const auto byVillage = PersonQuery(*r.store, {}, PersonQuery::SortKey::Village,
                                       Qt::DescendingOrder)
                                   .fetch(0, 100);
    REQUIRE(byVillage.size() == r.all.size());
    CHECK(byVillage.first().villageName == u"西村"_s);
    CHECK(byVillage.last().villageName == u"东村"_s);
}

TEST_CASE("pages neither overlap nor leave anybody out")
{
    Residents r;
    // Many people of one name: the order among them must still be fixed.
    for (int i = 0; i < 17; ++i)
        r.add(u"王伟"_s, 1 + i % 2, {}, {});

    for (const QString &text : { QString(), u"伟"_s }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            PersonQuery::Filter filter;
            filter.text = text;
            const PersonQuery query(*r.store, filter, PersonQuery::SortKey::Name, order);
            const auto everything = query.fetch(0, 1000);
            QStringList paged;
            for (qint64 offset = 0;; offset += 4) {
                const auto page = query.fetch(offset, 4);
                CHECK(page.size() <= 4);
                for (const auto &row : page)
                    paged << row.person.id;
                if (page.size() < 4)
                    break;
            }
            QStringList all;
            for (const auto &row : everything)
                all << row.person.id;
            INFO(text.toStdString() << " " << int(order));
            CHECK(paged == all);
            QStringList unique = paged;
            unique.removeDuplicates();
            CHECK(unique.size() == paged.size());
            CHECK(query.count() == paged.size());
        }
    }
    PersonQuery::Filter filter;
    filter.text = u"王伟"_s;
    CHECK(PersonQuery(*r.store, filter).count() == 17);
}

TEST_CASE("a search matching thousands pages in the same order as the whole list")
{
    TempStore t;
    t.open();
    DemoTownship::Options options;
    options.persons = 2500;
    options.today = QDate(2022, 3, 4);
    REQUIRE(DemoTownship::generate(*t.store, options).ok());

    PersonQuery::Filter everybody;
    PersonQuery::Filter byNumber;
    byNumber.text = u"998599"_s; // the first digits of the demo's ID numbers
    const PersonQuery plain(*t.store, everybody);
    const PersonQuery search(*t.store, byNumber);
    // Past the cap the count stops (the clerk is asked to narrow the search); what is listed
    // follows the whole list's order.
    CHECK(search.count() == PersonQuery::SearchCountCap + 1);
    CHECK(plain.count() == 2500);
    CHECK(search.isCountCapped());
    // The whole list, less the county's commuters whose numbers start otherwise.
    QStringList expected;
    for (const auto &row : plain.fetch(0, 2500)) {
        if (row.person.idNumber.startsWith(byNumber.text))
            expected << row.person.id;
    }
    REQUIRE(expected.size() > PersonQuery::SearchCountCap);
    for (qint64 offset : { qint64(0), qint64(1000), PersonQuery::SearchCountCap - 19 }) {
        const auto b = search.fetch(offset, 20);
        REQUIRE(b.size() == 20);
        for (int i = 0; i < b.size(); ++i)
            CHECK(expected.value(offset + i) == b[i].person.id);
    }
}

TEST_CASE("lists a polyphonic surname under its surname reading")
{
    TownshipStore t;
    for (const QString &name : { u"张三"_s, u"曾国藩"_s, u"于洋"_s, u"丁一"_s, u"阿明"_s }) {
        Person p;
        p.name = name;
        p.regionId = t.villageId(1);
        REQUIRE(PersonRepository(*t.store).add(p).ok());
    }
    // 曾 is zeng as a surname: after yu, before zhang.
    CHECK(names(PersonQuery(*t.store, {}).fetch(0, 100))
          == QStringList { u"阿明"_s, u"丁一"_s, u"于洋"_s, u"曾国藩"_s, u"张三"_s });
}

TEST_CASE("finds a name by the initials of its pinyin")
{
    Residents r;
    r.add(u"张三"_s, 1, {}, {});
    r.add(u"张三丰"_s, 1, {}, {});
    CHECK(found(*r.store, u"zs"_s) == set({ u"张三"_s, u"张三丰"_s }));
    CHECK(found(*r.store, u"zsf"_s) == set({ u"张三丰"_s }));
    CHECK(found(*r.store, u"ZS"_s) == set({ u"张三"_s, u"张三丰"_s }));
    CHECK(found(*r.store, u"zw"_s) == set({ u"张伟"_s, u"张伟明"_s }));
    CHECK(found(*r.store, u"oyjg"_s) == set({ u"欧阳建国"_s }));
}

TEST_CASE("finds a name by its full pinyin, spaced or not, or its beginning")
{
    Residents r;
    r.add(u"张三"_s, 1, {}, {});
    r.add(u"张三丰"_s, 1, {}, {});
    CHECK(found(*r.store, u"zhangsan"_s) == set({ u"张三"_s, u"张三丰"_s }));
    CHECK(found(*r.store, u"zhang san"_s) == set({ u"张三"_s, u"张三丰"_s }));
    CHECK(found(*r.store, u"zhangs"_s) == set({ u"张三"_s, u"张三丰"_s }));
    CHECK(found(*r.store, u"zhangsanfeng"_s) == set({ u"张三丰"_s }));
    CHECK(found(*r.store, u"Wang Fang"_s) == set({ u"王芳"_s }));
}

TEST_CASE("finds a name by the pinyin of the given name")
{
    Residents r;
    r.add(u"张三"_s, 1, {}, {});
    r.add(u"张三丰"_s, 1, {}, {});
    CHECK(found(*r.store, u"san"_s) == set({ u"张三"_s, u"张三丰"_s }));
    CHECK(found(*r.store, u"sanfeng"_s) == set({ u"张三丰"_s }));
    CHECK(found(*r.store, u"jianguo"_s) == set({ u"欧阳建国"_s, u"李建国"_s, u"建国李建"_s }));
}

TEST_CASE("does not find a name whose pinyin only shares some letters")
{
    Residents r;
    r.add(u"张三"_s, 1, {}, {});
    CHECK(found(*r.store, u"zx"_s).isEmpty());
    CHECK(found(*r.store, u"zhangsi"_s).isEmpty());
    CHECK(found(*r.store, u"sz"_s).isEmpty());
    CHECK(found(*r.store, u"hangsan"_s).isEmpty());
}

TEST_CASE("finds a polyphonic surname by its surname reading")
{
    Residents r;
    r.add(u"曾国藩"_s, 1, {}, {});
    r.add(u"单雄信"_s, 1, {}, {});
    r.add(u"解缙"_s, 2, {}, {});
    CHECK(found(*r.store, u"zengguofan"_s) == set({ u"曾国藩"_s }));
    CHECK(found(*r.store, u"zgf"_s) == set({ u"曾国藩"_s }));
    CHECK(found(*r.store, u"cengguofan"_s).isEmpty());
    CHECK(found(*r.store, u"shanxiongxin"_s) == set({ u"单雄信"_s }));
    CHECK(found(*r.store, u"xiejin"_s) == set({ u"解缙"_s }));
}

TEST_CASE("finds the persons of a household by part of its address")
{
    TownshipStore t;
    HouseholdRepository households(*t.store);
    auto east = households.add({ {}, t.villageId(1), u"东村三组228号"_s, {}, {}, u"family"_s });
    auto west = households.add({ {}, t.villageId(2), u"西村一组12号"_s, {}, {}, u"family"_s });
    auto road = households.add({ {}, t.villageId(2), u"西村一组No. 12"_s, {}, {}, u"family"_s });
    REQUIRE(east.ok());
    REQUIRE(west.ok());
    REQUIRE(road.ok());
    auto add = [&](const QString &name, const QString &householdId, int village) {
        Person p;
        p.name = name;
        p.regionId = t.villageId(village);
        p.householdId = householdId;
        REQUIRE(PersonRepository(*t.store).add(p).ok());
    };
    add(u"李四"_s, east.value(), 1);
    add(u"李小红"_s, east.value(), 1);
    add(u"王五"_s, west.value(), 2);
    add(u"赵六"_s, road.value(), 2);
    CHECK(found(*t.store, u"三组"_s) == set({ u"李四"_s, u"李小红"_s }));
    CHECK(found(*t.store, u"No. 12"_s) == set({ u"赵六"_s }));
    CHECK(found(*t.store, u"no.12"_s) == set({ u"赵六"_s }));
    CHECK(found(*t.store, u"三组228号"_s) == set({ u"李四"_s, u"李小红"_s }));
    CHECK(found(*t.store, u"一组12"_s) == set({ u"王五"_s }));
    // One character is too little for an address: it finds names only.
    CHECK(found(*t.store, u"组"_s).isEmpty());
    CHECK(found(*t.store, u"李"_s) == set({ u"李四"_s, u"李小红"_s }));
    // The pairs of an address, out of order, are no match.
    CHECK(found(*t.store, u"228号三组"_s).isEmpty());
    CHECK(found(*t.store, u"二组"_s).isEmpty());

    // A changed address is found, the old one no longer.
    Household moved = households.byId(west.value());
    moved.address = u"西村二组7号"_s;
    REQUIRE(households.update(moved).ok());
    CHECK(found(*t.store, u"二组"_s) == set({ u"王五"_s }));
    CHECK(found(*t.store, u"一组12"_s).isEmpty());
}

TEST_CASE("a search that cannot be read says why instead of finding nobody")
{
    Residents r;
    QSqlQuery q(r.store->db());
    REQUIRE(q.exec(u"DROP TABLE household_search"_s));
    PersonQuery::Filter filter;
    filter.text = u"张伟"_s;
    const PersonQuery query(*r.store, filter);
    CHECK(query.count() == 0);
    CHECK(query.fetch(0, 100).isEmpty());
    CHECK_FALSE(query.error().isEmpty());
}

TEST_CASE("a list that cannot be read says why instead of showing nobody")
{
    Residents r;
    const PersonQuery readable(*r.store, {});
    CHECK(readable.fetch(0, 100).size() == r.all.size());
    CHECK(readable.error().isEmpty());

    QSqlQuery q(r.store->db());
    REQUIRE(q.exec(u"ALTER TABLE regions RENAME TO regions_gone"_s));
    const PersonQuery query(*r.store, {});
    CHECK(query.fetch(0, 100).isEmpty());
    CHECK_FALSE(query.error().isEmpty());
}
