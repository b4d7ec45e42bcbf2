#include "ImportSupport.h"
#include "TestSupport.h"

#include "health/HealthCheckRepository.h"
#include "import/DayColumn.h"
#include "import/LedgerImport.h"
#include "measures/MeasureRepository.h"
#include "people/PersonRepository.h"

#include <QFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 8);

QString addPerson(TownshipStore &t, const QString &name, const QString &idNumber)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber;
    p.regionId = t.villageId(1);
    auto id = PersonRepository(*t.store).add(p);
    REQUIRE(id.ok());
    return id.value();
}

void addMeasure(Store &store, const QString &personId, QDate start)
{
    ControlMeasure m;
    m.personId = personId;
    m.startedOn = start;
    auto id = MeasureRepository(store).add(m, {}, start);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

// "2022-03-05 morning 36.5" for each check of the person, in order.
QStringList checksOf(Store &store, const QString &personId)
{
    QStringList out;
    for (const HealthCheck &c : HealthCheckRepository(store).ofPerson(personId))
        out << u"%1 %2 %3"_s.arg(c.checkedOn.toString(Qt::ISODate), c.period).arg(c.temperature, 0, 'f', 1);
    return out;
}

// Every verdict, for the message of a failed check.
void write(lxw_worksheet *ws, lxw_row_t row, lxw_col_t first, const QStringList &cells)
{
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (!cells[c].isEmpty())
            worksheet_write_string(ws, row, first + lxw_col_t(c), cells[c].toUtf8().constData(), nullptr);
    }
}

// A grid of days: 序号, 姓名 and 身份证号码 merged down two heading rows, each day merged over
// its 上午 and 下午 (or its 早 and 晚).
void writeGrid(const QString &path, const QStringList &days, const QStringList &halves,
               const QList<QStringList> &rows)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "体温");
    const auto last = lxw_col_t(2 + 2 * days.size());
    worksheet_merge_range(ws, 0, 0, 0, last, "居家隔离人员体温监测表", nullptr);
    worksheet_merge_range(ws, 1, 0, 1, last, "填报单位：东村村委会　填报日期：2022年3月8日", nullptr);
    const char *down[] = { "序号", "姓名", "身份证号码" };
    for (lxw_col_t c = 0; c < 3; ++c)
        worksheet_merge_range(ws, 2, c, 3, c, down[c], nullptr);
    for (qsizetype d = 0; d < days.size(); ++d) {
        const auto c = lxw_col_t(3 + 2 * d);
        worksheet_merge_range(ws, 2, c, 2, c + 1, days[d].toUtf8().constData(), nullptr);
        write(ws, 3, c, halves);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        worksheet_write_number(ws, lxw_row_t(4 + r), 0, double(r + 1), nullptr);
        write(ws, lxw_row_t(4 + r), 1, rows[r]);
    }
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

LedgerImport::Options options()
{
    return importOptions(u"health_checks"_s, today);
}

} // namespace

TEST_CASE("The headings of a temperature grid give the day and the half of each column", "[import]")
{
    CHECK(DayColumn::fieldFor({}, u"3月5日上午"_s) == u"check:03-05:morning"_s);
    CHECK(DayColumn::fieldFor({}, u"3.5下午"_s) == u"check:03-05:afternoon"_s);
    CHECK(DayColumn::fieldFor(u"3月5日"_s, u"晚"_s) == u"check:03-05:afternoon"_s);
    CHECK(DayColumn::fieldFor(u"2022年3月5日"_s, u"AM"_s) == u"check:2022-03-05:morning"_s);
    CHECK(DayColumn::fieldFor(u"44625"_s, u"上午"_s) == u"check:2022-03-05:morning"_s); // a date cell
    CHECK(DayColumn::fieldFor(u"第十天"_s, u"下午"_s) == u"check:day10:afternoon"_s);
    CHECK(DayColumn::fieldFor(u"第1天"_s, u"上午"_s) == u"check:day1:morning"_s);
    CHECK(DayColumn::fieldFor({}, u"姓名"_s).isEmpty());
    CHECK(DayColumn::fieldFor(u"3月5日"_s, u"体温"_s).isEmpty());
    CHECK(DayColumn::fieldFor({}, u"13月5日上午"_s).isEmpty());
    const DayColumn day = DayColumn::fromKey(u"check:03-05:morning"_s);
    CHECK(day.dayFor(2022, {}) == QDate(2022, 3, 5));
    CHECK(DayColumn::fromKey(u"check:day3:afternoon"_s).dayFor(0, QDate(2022, 3, 5)) == QDate(2022, 3, 7));
}

TEST_CASE("A temperature grid of days over 上午 and 下午 imports the checks of each slot", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    const QString zhangNumber = syntheticIdNumber(u"19800101"_s, 11);
    const QString wangNumber = syntheticIdNumber(u"19700707"_s, 31);
    const QString zhaoNumber = syntheticIdNumber(u"19900909"_s, 41);
    const QString zhang = addPerson(t, u"张一"_s, zhangNumber);
    const QString wang = addPerson(t, u"王二"_s, wangNumber);
    addPerson(t, u"赵三"_s, zhaoNumber);
    const QString path = t.dir.filePath(u"体温.xlsx"_s);
    writeGrid(path, { u"3月5日"_s, u"3月6日"_s, u"3月7日"_s }, { u"上午"_s, u"下午"_s },
              { { u"张一"_s, zhangNumber, u"36.5"_s, u"36.6"_s, u"正常"_s, u"365"_s, {}, u"36.8"_s },
                { u"王二"_s, wangNumber, u"36.2"_s, u"36.3"_s, u"36.4"_s, u"36.5"_s, u"36.6"_s, u"37.5"_s },
                { u"未登记"_s, syntheticIdNumber(u"19950101"_s, 61), u"36.5"_s },
                { u"赵三"_s, zhaoNumber, u"36.5"_s, u"abc"_s } });

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(import.header().firstRow == 3);
    CHECK(import.header().lastRow == 4);
    CHECK(counts->ok == 1);
    CHECK(counts->fixed == 1);
    CHECK(counts->refused == 2);
    const ImportRowVerdict &zhangRow = verdictOf(import, 5);
    CHECK(zhangRow.verdict == ImportVerdict::Fixed);
    CHECK(zhangRow.note.contains(u"3月6日/上午"_s)); // 正常: no temperature
    CHECK(verdictOf(import, 6).verdict == ImportVerdict::Ok);
    CHECK(verdictOf(import, 7).verdict == ImportVerdict::Refused);
    CHECK(verdictOf(import, 8).note.contains(u"3月5日/下午"_s));

    const auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(checksOf(store, zhang)
          == QStringList { u"2022-03-05 morning 36.5"_s, u"2022-03-05 afternoon 36.6"_s,
                           u"2022-03-06 afternoon 36.5"_s, u"2022-03-07 afternoon 36.8"_s });
    CHECK(checksOf(store, wang)
          == QStringList { u"2022-03-05 morning 36.2"_s, u"2022-03-05 afternoon 36.3"_s,
                           u"2022-03-06 morning 36.4"_s, u"2022-03-06 afternoon 36.5"_s,
                           u"2022-03-07 morning 36.6"_s, u"2022-03-07 afternoon 37.5"_s });
    CHECK(scalar(store, u"SELECT count(*) FROM health_checks"_s) == u"10"_s);
    CHECK(scalar(store, u"SELECT count(DISTINCT owner_unit) FROM health_checks"_s) == u"1"_s);
    CHECK(scalar(store, u"SELECT owner_unit FROM health_checks LIMIT 1"_s)
          == scalar(store, u"SELECT owner_unit FROM persons WHERE id = '%1'"_s.arg(zhang)));
    CHECK(scalar(store, u"SELECT count(*) FROM audit_log WHERE action = 'bulk' "
                        "AND table_name = 'health_checks'"_s)
          == u"1"_s);

    // The same sheet again: every slot is recorded.
    LedgerImport again(store);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 2);
    CHECK(twice->taken() == 0);
}

TEST_CASE("A temperature grid of 第N天 places the days from the start of each person's measure", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    const QString zhangNumber = syntheticIdNumber(u"19800101"_s, 11);
    const QString liNumber = syntheticIdNumber(u"19820202"_s, 22);
    const QString wangNumber = syntheticIdNumber(u"19700707"_s, 31);
    const QString zhang = addPerson(t, u"张一"_s, zhangNumber);
    const QString li = addPerson(t, u"李二"_s, liNumber);
    addPerson(t, u"王二"_s, wangNumber);
    addMeasure(store, zhang, QDate(2022, 3, 5));
    addMeasure(store, li, QDate(2022, 3, 8));
    const QString path = t.dir.filePath(u"第N天.xlsx"_s);
    writeGrid(path, { u"第1天"_s, u"第2天"_s }, { u"早"_s, u"晚"_s },
              { { u"张一"_s, zhangNumber, u"36.1"_s, u"36.2"_s, u"36.3"_s, u"36.4"_s },
                // 李二's second day is tomorrow.
                { u"李二"_s, liNumber, u"36.5"_s, {}, u"36.6"_s },
                // 王二 is under no measure.
                { u"王二"_s, wangNumber, u"36.5"_s } });

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 1);
    CHECK(counts->refused == 2);
    CHECK(verdictOf(import, 6).note.contains(u"2022-03-08"_s) == false);
    CHECK(verdictOf(import, 6).note.contains(u"2022-03-09"_s)); // after today
    CHECK(verdictOf(import, 7).note.contains(u"第1天"_s));
    REQUIRE(import.commit().ok());
    CHECK(checksOf(store, zhang)
          == QStringList { u"2022-03-05 morning 36.1"_s, u"2022-03-05 afternoon 36.2"_s,
                           u"2022-03-06 morning 36.3"_s, u"2022-03-06 afternoon 36.4"_s });
    CHECK(checksOf(store, li).isEmpty());
}
