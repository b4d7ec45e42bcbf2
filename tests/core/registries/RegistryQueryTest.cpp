#include "RegistryFixture.h"

#include "people/IdNumber.h"
#include "people/Person.h"
#include "people/PhoneNumber.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryLayout.h"
#include "registries/RegistryQuery.h"

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QList<QStringList> rowsOf(Store &store, const QString &name, const RegistryFilter &filter = {})
{
    RegistryQuery query(store, RegistryCatalog::find(name), filter);
    auto rows = query.fetch(0, 1000);
    INFO(name.toStdString() << ": " << rows.error().toStdString());
    REQUIRE(rows.ok());
    auto count = query.count();
    REQUIRE(count.ok());
    CHECK(count.value() == rows.value().size());
    return rows.value();
}

// The cells of one column, by its field name.
QStringList columnOf(const QString &name, const QList<QStringList> &rows, const QString &field)
{
    const RegistryDefinition d = RegistryCatalog::find(name);
    int index = -1;
    for (int c = 0; c < d.columns.size(); ++c)
        if (d.columns[c].field == field)
            index = c;
    REQUIRE(index >= 0);
    QStringList cells;
    for (const QStringList &row : rows)
        cells << row[index];
    return cells;
}

} // namespace

TEST_CASE("masking shows the first and last four characters of an ID number", "[registries]")
{
    CHECK(IdNumber::masked(u"37030219900101123X"_s) == u"3703**********123X"_s);
    CHECK(PhoneNumber::masked(u"13812345678"_s) == u"138****5678"_s);
}

TEST_CASE("the catalog holds every built-in registry under a stable name", "[registries]")
{
    CHECK(RegistryCatalog::names()
        == QStringList { u"personnel_register"_s, u"unvisited_households"_s,
            u"returnee_screening"_s, u"home_isolation"_s, u"central_isolation"_s, u"health_monitoring"_s, u"testing_roster"_s, u"untested_list"_s,
            u"special_needs"_s, u"checkpoint_entries"_s, u"checkpoint_duty"_s,
            u"supervision_findings"_s, u"supervision_visits"_s });
    CHECK_FALSE(RegistryCatalog::find(u"no_such"_s).isValid());
    for (const RegistryDefinition &d : RegistryCatalog::all()) {
        INFO(d.name.toStdString());
        CHECK_FALSE(d.title.isEmpty());
        CHECK_FALSE(d.columns.isEmpty());
        CHECK(RegistryLayout::headerCells(d).size() >= d.columns.size());
    }
}

TEST_CASE("every built-in registry lists the fixture's records", "[registries]")
{
    RegistryFixture t;
    Store &s = *t.store;
    CHECK(columnOf(u"personnel_register"_s, rowsOf(s, u"personnel_register"_s), u"name"_s)
        == QStringList { u"王五"_s, u"张三"_s, u"李四"_s }); // by village, then address
    CHECK(columnOf(u"returnee_screening"_s, rowsOf(s, u"returnee_screening"_s), u"name"_s)
        == QStringList { u"张三"_s, u"王五"_s });
    const auto home = rowsOf(s, u"home_isolation"_s);
    REQUIRE(home.size() == 1);
    CHECK(columnOf(u"home_isolation"_s, home, u"cadres"_s).value(0).split(u'、').size() == 2);
    CHECK(columnOf(u"home_isolation"_s, home, u"card_posted"_s)
        == QStringList { RegistryCatalog::tr("Yes") });
    CHECK(columnOf(u"central_isolation"_s, rowsOf(s, u"central_isolation"_s), u"site"_s)
        == QStringList { u"城南酒店"_s });
    const auto health = rowsOf(s, u"health_monitoring"_s);
    CHECK(columnOf(u"health_monitoring"_s, health, u"morning"_s)
        == QStringList { u"36.5"_s, u"36.6"_s });
    CHECK(columnOf(u"health_monitoring"_s, health, u"afternoon"_s)
        == QStringList { u"37.5"_s, QString() });
    CHECK(columnOf(u"testing_roster"_s, rowsOf(s, u"testing_roster"_s), u"name"_s)
        == QStringList { u"张三"_s });
    CHECK(columnOf(u"untested_list"_s, rowsOf(s, u"untested_list"_s), u"name"_s)
        == QStringList { u"王五"_s, u"李四"_s });
    const auto needs = rowsOf(s, u"special_needs"_s);
    // The household's need shows its head.
    CHECK(columnOf(u"special_needs"_s, needs, u"name"_s) == QStringList { u"李四"_s, u"张三"_s });
    CHECK(columnOf(u"special_needs"_s, needs, u"address"_s).value(1) == u"东村1号"_s);
}

TEST_CASE("ID numbers and phones are masked unless full data is asked for", "[registries]")
{
    RegistryFixture t;
    const QString name = u"personnel_register"_s;
    const auto masked = rowsOf(*t.store, name);
    REQUIRE(columnOf(name, masked, u"name"_s).value(1) == u"张三"_s);
    CHECK(columnOf(name, masked, u"id_number"_s).value(1) == IdNumber::masked(t.zhangId));
    CHECK(columnOf(name, masked, u"id_number"_s).value(1)
        == t.zhangId.left(4) + u"**********"_s + t.zhangId.right(4));
    CHECK(columnOf(name, masked, u"phone"_s).value(1) == u"138****1111"_s);
    RegistryFilter full;
    full.fullData = true;
    const auto whole = rowsOf(*t.store, name, full);
    CHECK(columnOf(name, whole, u"id_number"_s).value(1) == t.zhangId);
    CHECK(columnOf(name, whole, u"phone"_s).value(1) == u"13800001111"_s);
}

TEST_CASE("registries filter by village, date range and category", "[registries]")
{
    RegistryFixture t;
    Store &s = *t.store;
    RegistryFilter west;
    west.village = u"370285105002"_s;
    CHECK(columnOf(u"personnel_register"_s, rowsOf(s, u"personnel_register"_s, west), u"name"_s)
        == QStringList { u"李四"_s });
    RegistryFilter east;
    east.village = t.villageId(1); // by region id too
    CHECK(rowsOf(s, u"personnel_register"_s, east).size() == 2);
    CHECK(columnOf(u"untested_list"_s, rowsOf(s, u"untested_list"_s, east), u"name"_s)
        == QStringList { u"王五"_s });

    RegistryFilter march;
    march.from = QDate(2022, 3, 1);
    march.to = QDate(2022, 3, 31);
    CHECK(columnOf(u"returnee_screening"_s, rowsOf(s, u"returnee_screening"_s, march), u"name"_s)
        == QStringList { u"张三"_s });
    CHECK(rowsOf(s, u"central_isolation"_s, march).isEmpty());
    RegistryFilter april;
    april.from = QDate(2022, 4, 20);
    CHECK(rowsOf(s, u"central_isolation"_s, april).size() == 1); // released on the 24th
    CHECK(rowsOf(s, u"home_isolation"_s, april).size() == 1); // still running

    RegistryFilter fever;
    fever.category = u"fever"_s;
    CHECK(columnOf(u"health_monitoring"_s, rowsOf(s, u"health_monitoring"_s, fever), u"name"_s)
        == QStringList { u"张三"_s });
    RegistryFilter open;
    open.category = u"open"_s;
    CHECK(rowsOf(s, u"special_needs"_s, open).size() == 1);
    RegistryFilter special;
    special.category = u"special_group"_s;
    CHECK(columnOf(u"personnel_register"_s, rowsOf(s, u"personnel_register"_s, special),
              u"special_group"_s)
        == QStringList { Person::specialGroupLabel(u"elderly_alone"_s) });
}

TEST_CASE("a filter that cannot apply is refused with the reason", "[registries]")
{
    RegistryFixture t;
    RegistryFilter nowhere;
    nowhere.village = u"999999999999"_s;
    RegistryQuery q1(*t.store, RegistryCatalog::find(u"personnel_register"_s), nowhere);
    CHECK_FALSE(q1.count().ok());
    CHECK_FALSE(q1.start().ok());
    RegistryFilter unknown;
    unknown.category = u"fever"_s;
    RegistryQuery q2(*t.store, RegistryCatalog::find(u"personnel_register"_s), unknown);
    CHECK(q2.count().error().contains(u"fever"_s));
    RegistryFilter backwards;
    backwards.from = QDate(2022, 5, 1);
    backwards.to = QDate(2022, 4, 1);
    RegistryQuery q3(*t.store, RegistryCatalog::find(u"returnee_screening"_s), backwards);
    CHECK_FALSE(q3.count().ok());
}

TEST_CASE("the preview pages through a registry without overlap", "[registries]")
{
    RegistryFixture t;
    RegistryQuery query(*t.store, RegistryCatalog::find(u"personnel_register"_s), {});
    const auto first = query.fetch(0, 2);
    const auto second = query.fetch(2, 2);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value().size() == 2);
    CHECK(second.value().size() == 1);
    // The row number continues across pages.
    CHECK(second.value()[0][0] == u"3"_s);
}

TEST_CASE("a two-level header spans groups across and lone columns down", "[registries]")
{
    const RegistryDefinition d = RegistryCatalog::find(u"health_monitoring"_s);
    REQUIRE(RegistryLayout::headerRowCount(d) == 2);
    const auto cells = RegistryLayout::headerCells(d);
    bool groupFound = false;
    for (const auto &cell : cells) {
        if (cell.row == 0 && cell.columnSpan == 2) {
            groupFound = true;
            CHECK(cell.text == d.columns[cell.column].group);
        }
        if (cell.row == 0 && cell.column == 0)
            CHECK(cell.rowSpan == 2);
    }
    CHECK(groupFound);
}
