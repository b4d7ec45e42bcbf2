#include "HealthTestData.h"

#include "health/DaySheet.h"
#include "health/HealthCheckRepository.h"
#include "measures/PolicyValues.h"

#include "../CatchQt.h"

using namespace Qt::StringLiterals;

namespace {

const QDate day(2022, 3, 4);

void record(TownshipStore &t, const QString &personId, const QString &period, double temperature)
{
    HealthCheck c;
    c.personId = personId;
    c.checkedOn = day;
    c.period = period;
    c.temperature = temperature;
    auto r = HealthCheckRepository(*t.store).record(c, day);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
}

QStringList names(const DaySheet &sheet, const QList<DaySheet::Slot> &slotList)
{
    QStringList list;
    for (const DaySheet::Slot &s : slotList)
        list << sheet.entries().at(s.entry).name + u' ' + s.period;
    return list;
}

QStringList names(const DaySheet &sheet)
{
    QStringList list;
    for (const DaySheet::Entry &e : sheet.entries())
        list << e.name;
    return list;
}

} // namespace

TEST_CASE("the day sheet lists persons under a measure running that day, released or not planned", "[health]")
{
    TownshipStore t;
    addMeasure(t, addPerson(t, u"甲"_s, 1, 101), u"2022-03-01"_s, u"2022-03-08"_s);
    addMeasure(t, addPerson(t, u"乙"_s, 1, 102), u"2022-02-10"_s, u"2022-02-24"_s); // overdue, not released
    addMeasure(t, addPerson(t, u"丙"_s, 2, 103), u"2022-02-20"_s, u"2022-03-06"_s, u"2022-03-04"_s);
    addMeasure(t, addPerson(t, u"丁"_s, 2, 104), u"2022-03-05"_s, u"2022-03-12"_s);
    addMeasure(t, addPerson(t, u"戊"_s, 2, 105), u"2022-02-20"_s, u"2022-03-06"_s, u"2022-03-05"_s);
    addPerson(t, u"己"_s, 1, 106);

    const DaySheet sheet = DaySheet::load(*t.store, day, {}, QDateTime(day.addDays(1), QTime(8, 0)));
    // By village, then name in pinyin order: 甲 jia, 乙 yi; 戊 in the second village.
    CHECK(names(sheet) == QStringList{ u"甲"_s, u"乙"_s, u"戊"_s });
    CHECK(names(DaySheet::load(*t.store, day, t.villageId(2))) == QStringList{ u"戊"_s });
}

TEST_CASE("fevers follow the policy's threshold", "[health]")
{
    TownshipStore t;
    const QString a = addPerson(t, u"甲"_s, 1, 101);
    const QString b = addPerson(t, u"乙"_s, 1, 102);
    addMeasure(t, a, u"2022-03-01"_s, u"2022-03-08"_s);
    addMeasure(t, b, u"2022-03-01"_s, u"2022-03-08"_s);
    record(t, a, u"morning"_s, 37.3);
    record(t, b, u"morning"_s, 37.0);
    record(t, b, u"afternoon"_s, 37.2);

    const QDateTime evening(day, QTime(20, 0));
    DaySheet sheet = DaySheet::load(*t.store, day, {}, evening);
    CHECK(sheet.feverThreshold() == Approx(37.3));
    CHECK(names(sheet, sheet.fevers()) == QStringList{ u"甲 morning"_s });

    REQUIRE(PolicyValues(*t.store).setFeverThreshold(37.0).ok());
    sheet = DaySheet::load(*t.store, day, {}, evening);
    CHECK(names(sheet, sheet.fevers())
          == QStringList{ u"甲 morning"_s, u"乙 morning"_s, u"乙 afternoon"_s }); // by name: 甲 jia, 乙 yi
}

TEST_CASE("missing checks count the afternoon of today only from 15:00", "[health]")
{
    TownshipStore t;
    const QString a = addPerson(t, u"甲"_s, 1, 101);
    const QString b = addPerson(t, u"乙"_s, 2, 102);
    addMeasure(t, a, u"2022-03-01"_s, u"2022-03-08"_s);
    addMeasure(t, b, u"2022-03-01"_s, u"2022-03-08"_s);
    record(t, a, u"morning"_s, 36.5);

    DaySheet sheet = DaySheet::load(*t.store, day, {}, QDateTime(day, QTime(9, 0)));
    CHECK(names(sheet, sheet.missing()) == QStringList{ u"乙 morning"_s });

    sheet = DaySheet::load(*t.store, day, {}, QDateTime(day, QTime(15, 0)));
    CHECK(names(sheet, sheet.missing())
          == QStringList{ u"甲 afternoon"_s, u"乙 morning"_s, u"乙 afternoon"_s });

    record(t, b, u"afternoon"_s, 36.6);
    sheet = DaySheet::load(*t.store, day, {}, QDateTime(day.addDays(2), QTime(9, 0)));
    CHECK(names(sheet, sheet.missing()) == QStringList{ u"甲 afternoon"_s, u"乙 morning"_s });
    CHECK(sheet.entries().at(1).afternoon.temperature == Approx(36.6));

    const DaySheet tomorrow = DaySheet::load(*t.store, day.addDays(1), {}, QDateTime(day, QTime(20, 0)));
    CHECK(tomorrow.missing().isEmpty());
}
