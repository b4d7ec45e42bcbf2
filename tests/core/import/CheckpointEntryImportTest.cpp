#include "ImportSupport.h"
#include "TestSupport.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "import/LedgerImport.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"
#include "registries/XlsxExport.h"

#include <QFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 4, 10);

// 东村路口卡口 in 东村 and 西村村口卡口 in 西村.
QString addCheckpoints(TownshipStore &t)
{
    QString east;
    for (const auto &[name, village] : { std::pair { u"东村路口卡口"_s, 1 }, std::pair { u"西村村口卡口"_s, 2 } }) {
        Checkpoint c;
        c.name = name;
        c.kind = u"road_exit"_s;
        c.regionId = t.villageId(village);
        auto id = CheckpointRepository(*t.store).add(c);
        REQUIRE(id.ok());
        if (east.isEmpty())
            east = id.value();
    }
    return east;
}

// Every live entry, a line each, in time order.
QStringList entriesOf(Store &store)
{
    return rowsOf(store, u"SELECT c.name, e.entered_at, e.direction, e.person_name, e.id_number, e.phone, "
                   "e.plate, CASE WHEN e.temperature IS NULL THEN '' ELSE printf('%.1f', e.temperature) END, e.health_code, e.came_from, "
                   "e.reason, e.disinfected, e.permit_number, e.outcome, e.recorded_by "
                   "FROM checkpoint_entries e JOIN checkpoints c ON c.id = e.checkpoint_id "
                   "WHERE e.deleted = 0 ORDER BY e.entered_at, c.name, e.person_name"_s);
}

void writeLedger(const QString &path, const QStringList &headings, const QList<QStringList> &rows)
{
    writeLedger(path, "出入登记", "卡口出入登记台账", headings, rows);
}

LedgerImport::Options options()
{
    return importOptions(u"checkpoint_entries"_s, today);
}

} // namespace

TEST_CASE("A checkpoint entry log imports each passage at its checkpoint", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    addCheckpoints(t);
    const QString zhang = syntheticIdNumber(u"19800101"_s, 11);
    const QString zhao = syntheticIdNumber(u"19900909"_s, 41);
    const QString sun = syntheticIdNumber(u"19950505"_s, 51);
    // Logged at the gate already.
    {
        CheckpointEntry e;
        e.checkpointId = CheckpointRepository(store).byName(u"西村村口卡口"_s).id;
        e.enteredAt = QDateTime(QDate(2022, 4, 9), QTime(9, 0));
        e.personName = u"赵三"_s;
        e.idNumber = zhao;
        e.recordedBy = u"王值守"_s;
        REQUIRE(CheckpointLog(store).record(e).ok());
    }
    const QString path = t.dir.filePath(u"卡口.xlsx"_s);
    writeLedger(path,
                { u"序号"_s, u"卡口名称"_s, u"日期"_s, u"时间"_s, u"进出"_s, u"姓名"_s, u"身份证号"_s,
                  u"联系电话"_s, u"车牌号"_s, u"体温（℃）"_s, u"健康码"_s, u"来自何地"_s, u"事由"_s,
                  u"处置情况"_s, u"登记人"_s },
                { { u"1"_s, u"东村路口卡口"_s, u"2022-04-09"_s, u"08:05"_s, u"进"_s, u"张一"_s, zhang,
                    u"13800000001"_s, {}, u"36.5"_s, u"绿码"_s, u"青岛市"_s, u"返乡"_s, u"放行"_s,
                    u"李值守"_s },
                  // 东村路口 is 东村路口卡口; the plate is normalized.
                  { u"2"_s, u"东村路口"_s, u"2022-04-09"_s, u"08:30"_s, u"出"_s, u"王二"_s, {}, {},
                    u"鲁b 12345"_s, u"36.3"_s, u"绿"_s, {}, u"送货"_s, u"放行"_s, u"李值守"_s },
                  // Logged at the gate already.
                  { u"3"_s, u"西村村口卡口"_s, u"2022-04-09"_s, u"09:00"_s, u"入"_s, u"赵三"_s, zhao,
                    {}, {}, {}, {}, {}, {}, {}, u"王值守"_s },
                  { u"4"_s, u"南村卡口"_s, u"2022-04-09"_s, u"09:05"_s, u"进"_s, u"钱四"_s, {}, {},
                    {}, {}, {}, {}, {}, {}, u"王值守"_s },
                  // The first row again, in the same minute.
                  { u"5"_s, u"东村路口卡口"_s, u"2022-04-09"_s, u"08:05:40"_s, u"进"_s, u"张一"_s,
                    zhang, {}, {}, {}, {}, {}, {}, {}, u"李值守"_s },
                  { u"6"_s, u"东村路口卡口"_s, u"2022-04-09"_s, u"09:10"_s, u"路过"_s, u"钱四"_s, {},
                    {}, {}, {}, {}, {}, {}, {}, u"李值守"_s },
                  { u"7"_s, u"东村路口卡口"_s, u"2022-04-09"_s, u"09:20"_s, u"进"_s, u"钱四"_s, {},
                    {}, {}, {}, u"蓝码"_s, {}, {}, {}, u"李值守"_s },
                  // Nobody named.
                  { u"8"_s, u"东村路口卡口"_s, u"2022-04-09"_s, u"09:30"_s, u"进"_s, {}, {}, {}, {},
                    u"36.4"_s, {}, {}, {}, {}, u"李值守"_s },
                  { u"9"_s, u"西村村口卡口"_s, u"2022-04-09"_s, u"09:40"_s, u"进入"_s, u"孙六"_s, sun,
                    {}, {}, u"37.8"_s, u"黄码"_s, u"外省某市"_s, u"探亲"_s, u"劝返"_s, u"王值守"_s },
                  // No 登记人: recorded as imported.
                  { u"10"_s, u"西村村口卡口"_s, u"2022-04-09"_s, u"10:00"_s, u"离开"_s, u"周七"_s, {},
                    u"13800000007"_s, {}, {}, u"红码"_s, {}, {}, u"转运隔离"_s, {} } });

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 3);
    CHECK(counts->fixed == 1);
    CHECK(counts->refused == 4);
    CHECK(counts->duplicates == 2);
    CHECK(verdictOf(import, 4).verdict == ImportVerdict::Fixed);
    CHECK(verdictOf(import, 4).note.contains(u"东村路口卡口"_s));
    CHECK(verdictOf(import, 4).note.contains(u"鲁B12345"_s));
    CHECK(verdictOf(import, 5).verdict == ImportVerdict::Duplicate);
    // An unknown checkpoint is refused, listing the township's.
    CHECK(verdictOf(import, 6).verdict == ImportVerdict::Refused);
    CHECK(verdictOf(import, 6).note.contains(u"南村卡口"_s));
    CHECK(verdictOf(import, 6).note.contains(u"东村路口卡口、西村村口卡口"_s));
    CHECK(verdictOf(import, 7).verdict == ImportVerdict::Duplicate);
    CHECK(verdictOf(import, 7).note.contains(u"3"_s));
    CHECK(verdictOf(import, 8).note.contains(u"路过"_s));
    CHECK(verdictOf(import, 9).note.contains(u"蓝码"_s));
    CHECK(verdictOf(import, 10).verdict == ImportVerdict::Refused);

    const auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(entriesOf(store)
          == QStringList {
              u"东村路口卡口|2022-04-09T08:05:00|in|张一|%1|13800000001||36.5|green|青岛市|返乡|0||let_through|李值守"_s.arg(zhang),
              u"东村路口卡口|2022-04-09T08:30:00|out|王二|||鲁B12345|36.3|green||送货|0||let_through|李值守"_s,
              u"西村村口卡口|2022-04-09T09:00:00|in|赵三|%1|||||||0||let_through|王值守"_s.arg(zhao),
              u"西村村口卡口|2022-04-09T09:40:00|in|孙六|%1|||37.8|yellow|外省某市|探亲|0||turned_back|王值守"_s.arg(sun),
              u"西村村口卡口|2022-04-09T10:00:00|out|周七||13800000007|||red|||0||sent_to_isolation|Imported ledger"_s,
          });
    CHECK(scalar(store, u"SELECT count(*) FROM checkpoint_entries e JOIN checkpoints c "
                        "ON c.id = e.checkpoint_id WHERE e.owner_unit <> c.owner_unit"_s)
          == u"0"_s);
    CHECK(scalar(store, u"SELECT count(*) FROM audit_log WHERE action = 'bulk' "
                        "AND table_name = 'checkpoint_entries'"_s)
          == u"1"_s);

    LedgerImport again(store);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 6);
    CHECK(twice->taken() == 0);
}

TEST_CASE("Our own checkpoint entry log imports again with every passage", "[import]")
{
    TownshipStore from;
    Store &source = *from.store;
    const QString east = addCheckpoints(from);
    {
        CheckpointLog log(source);
        CheckpointEntry e;
        e.checkpointId = east;
        e.enteredAt = QDateTime(QDate(2022, 4, 9), QTime(8, 5));
        e.personName = u"张一"_s;
        e.idNumber = syntheticIdNumber(u"19800101"_s, 11);
        e.phone = u"13800000001"_s;
        e.temperatureTenths = 365;
        e.healthCode = u"green"_s;
        e.cameFrom = u"青岛市"_s;
        e.reason = u"返乡"_s;
        e.recordedBy = u"李值守"_s;
        REQUIRE(log.record(e).ok());
        e = {};
        e.checkpointId = east;
        e.enteredAt = QDateTime(QDate(2022, 4, 9), QTime(9, 15));
        e.direction = u"out"_s;
        e.personName = u"王二"_s;
        e.plate = u"鲁B12345"_s;
        e.disinfected = true;
        e.permitNumber = u"TX-001"_s;
        e.temperatureTenths = 380;
        e.healthCode = u"yellow"_s;
        e.outcome = u"turned_back"_s;
        e.recordedBy = u"李值守"_s;
        REQUIRE(log.record(e).ok());
        e = {};
        e.checkpointId = CheckpointRepository(source).byName(u"西村村口卡口"_s).id;
        e.enteredAt = QDateTime(QDate(2022, 4, 8), QTime(17, 45));
        e.personName = u"赵三"_s;
        e.outcome = u"sent_to_isolation"_s;
        e.recordedBy = u"王值守"_s;
        REQUIRE(log.record(e).ok());
    }
    RegistryFilter filter;
    filter.fullData = true;
    filter.reason = QStringLiteral("round trip of the import");
    RegistryQuery query(source, RegistryCatalog::find(u"checkpoint_entries"_s), filter);
    const QString path = from.dir.filePath(u"checkpoint_entries.xlsx"_s);
    auto exported = XlsxExport::write(query, path, {}, today);
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());
    REQUIRE(exported.value() == 3);

    TownshipStore to;
    Store &target = *to.store;
    addCheckpoints(to);
    LedgerImport import(target);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->taken() == 3);
    CHECK(counts->refused == 0);
    REQUIRE(import.commit().ok());
    CHECK(entriesOf(target) == entriesOf(source));
    CHECK(entriesOf(target).size() == 3);

    LedgerImport again(target);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 3);
}
