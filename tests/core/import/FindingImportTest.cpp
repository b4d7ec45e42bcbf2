#include "ImportSupport.h"
#include "TestSupport.h"

#include "import/LedgerImport.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"
#include "registries/XlsxExport.h"
#include "supervision/SupervisionRepository.h"

#include <QFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 20);

// 镇第一督导组 and 县第三督导组; returns the first.
QString addTeams(Store &store)
{
    SupervisionRepository s(store);
    auto town = s.addTeam({ {}, u"township"_s, u"镇第一督导组"_s, u"王组长"_s, { u"李组员"_s }, {} });
    REQUIRE(town.ok());
    REQUIRE(s.addTeam({ {}, u"county"_s, u"县第三督导组"_s, u"赵组长"_s, {}, {} }).ok());
    return town.value();
}

QString addRound(Store &store, const QString &teamId, QDate from, QDate to)
{
    SupervisionRound round;
    round.teamId = teamId;
    round.startsOn = from;
    round.endsOn = to;
    round.purpose = u"暗访督导"_s;
    auto id = SupervisionRepository(store).addRound(round);
    REQUIRE(id.ok());
    return id.value();
}

QString addVisit(Store &store, const QString &roundId, const QString &target, QDate on,
                 const QList<Finding> &findings)
{
    SupervisionVisit v;
    v.roundId = roundId;
    v.target = target;
    v.visitedOn = on;
    auto id = SupervisionRepository(store).addVisit(v, findings, today);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

Finding finding(const QString &category, const QString &description, const QString &person, QDate deadline)
{
    Finding f;
    f.category = category;
    f.description = description;
    f.responsiblePerson = person;
    f.deadline = deadline;
    return f;
}

// Every live finding, a line each, with its visit, as the ledger has them.
QStringList findingsOf(Store &store)
{
    return rowsOf(store, u"SELECT t.name, v.visited_on, v.target, f.category, f.description, f.severity, "
                   "trim(f.responsible_unit || ' ' || f.responsible_person), f.deadline, f.status, "
                   "f.actions_taken, f.verified_by, f.closed_on FROM findings f "
                   "JOIN supervision_visits v ON v.id = f.visit_id "
                   "JOIN supervision_rounds r ON r.id = v.round_id "
                   "JOIN supervision_teams t ON t.id = r.team_id WHERE f.deleted = 0 "
                   "ORDER BY v.visited_on, t.name, f.description"_s);
}

void writeLedger(const QString &path, const QStringList &headings, const QList<QStringList> &rows)
{
    writeLedger(path, "问题整改", "督导问题整改台账", headings, rows);
}

LedgerImport::Options options()
{
    return importOptions(u"findings"_s, today);
}

} // namespace

TEST_CASE("A ledger of findings records its problems and the visits they were found on", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    const QString town = addTeams(store);
    const QString round = addRound(store, town, QDate(2022, 3, 1), QDate(2022, 3, 10));
    addVisit(store, round, u"东村"_s, QDate(2022, 3, 3),
             { finding(u"checkpoint_duty"_s, u"卡口值守人员脱岗"_s, u"张主任"_s, QDate(2022, 3, 4)) });
    const QString path = t.dir.filePath(u"整改.xlsx"_s);
    writeLedger(path,
                { u"序号"_s, u"督导组"_s, u"督导日期"_s, u"督导点位"_s, u"问题类别"_s, u"存在问题"_s,
                  u"责任单位"_s, u"整改责任人"_s, u"整改时限"_s, u"整改情况"_s, u"整改措施"_s,
                  u"验收人"_s },
                { // Recorded on the visit already.
                  { u"1"_s, u"镇第一督导组"_s, u"2022-03-03"_s, u"东村"_s, u"卡口值守"_s,
                    u"卡口值守人员脱岗"_s, {}, u"张主任"_s, u"2022-03-04"_s, u"未整改"_s },
                  // The same visit; 第一督导组 is 镇第一督导组.
                  { u"2"_s, u"第一督导组"_s, u"2022-03-03"_s, u"东村"_s, u"摸排台账"_s,
                    u"花名册未及时更新"_s, u"东村村委会"_s, u"张主任"_s, u"2022-03-06"_s, u"已整改"_s,
                    u"已重新摸排并更新"_s },
                  // A visit not recorded, in the team's round of the day.
                  { u"3"_s, u"镇第一督导组"_s, u"2022-03-05"_s, u"西村"_s, u"核酸检测"_s,
                    u"采样点未设一米线"_s, {}, u"李书记"_s, u"2022-03-06"_s, u"已销号"_s,
                    u"已设置一米线"_s, u"王组长"_s },
                  { u"4"_s, u"镇第一督导组"_s, u"2022-03-05"_s, u"西村"_s, u"消毒消杀"_s,
                    u"消杀记录不全"_s, {}, u"李书记"_s, u"2022-03-08"_s, u"整改中"_s },
                  // A team without a round: one is made; no category given.
                  { u"5"_s, u"县第三督导组"_s, u"2022-03-12"_s, u"东村卡口"_s, {},
                    u"体温枪未校准"_s, {}, u"赵站长"_s, u"2022-03-15"_s, {} },
                  // Rectified without saying how.
                  { u"6"_s, u"县第三督导组"_s, u"2022-03-14"_s, u"西村"_s, u"隔离管控"_s,
                    u"隔离点物资不足"_s, {}, u"钱主任"_s, u"2022-03-16"_s, u"已整改"_s },
                  { u"7"_s, u"市督导组"_s, u"2022-03-14"_s, u"西村"_s, u"隔离管控"_s,
                    u"隔离点无值班表"_s, {}, u"钱主任"_s, u"2022-03-16"_s },
                  // Row 6 again.
                  { u"8"_s, u"镇第一督导组"_s, u"2022-03-05"_s, u"西村"_s, u"消毒消杀"_s,
                    u"消杀记录不全"_s, {}, u"李书记"_s, u"2022-03-08"_s, u"整改中"_s },
                  { u"9"_s, u"镇第一督导组"_s, u"2022-03-05"_s, u"西村"_s, u"核酸检测"_s,
                    u"信息登记不全"_s, {}, u"李书记"_s, {}, u"未整改"_s },
                  // Closed without who verified it.
                  { u"10"_s, u"县第三督导组"_s, u"2022-03-15"_s, u"东村"_s, u"摸排台账"_s,
                    u"门岗登记不规范"_s, {}, u"孙主任"_s, u"2022-03-16"_s, u"已销号"_s, u"已规范"_s } });

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 1);
    CHECK(counts->fixed == 3);
    CHECK(counts->refused == 4);
    CHECK(counts->duplicates == 2);
    CHECK(verdictOf(import, 3).verdict == ImportVerdict::Duplicate);
    CHECK(verdictOf(import, 4).note.contains(u"镇第一督导组"_s));
    CHECK(verdictOf(import, 5).note.contains(u"西村"_s));
    CHECK(verdictOf(import, 6).verdict == ImportVerdict::Ok);
    CHECK(verdictOf(import, 7).verdict == ImportVerdict::Fixed);
    CHECK(verdictOf(import, 8).note == SupervisionRepository::tr("Say what was done to rectify it."));
    // An unknown team is refused, listing the township's.
    CHECK(verdictOf(import, 9).note.contains(u"市督导组"_s));
    CHECK(verdictOf(import, 9).note.contains(u"镇第一督导组"_s));
    CHECK(verdictOf(import, 9).note.contains(u"县第三督导组"_s));
    CHECK(verdictOf(import, 10).verdict == ImportVerdict::Duplicate);
    CHECK(verdictOf(import, 10).note.contains(u"6"_s));
    CHECK(verdictOf(import, 11).note
          == SupervisionRepository::tr("Enter the deadline for the rectification."));
    CHECK(verdictOf(import, 12).note
          == SupervisionRepository::tr("Enter who verified the rectification before closing the finding."));

    const auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    const QString other = QCoreApplication::translate("FindingRows", "Other");
    CHECK(findingsOf(store)
          == QStringList {
              u"镇第一督导组|2022-03-03|东村|checkpoint_duty|卡口值守人员脱岗|minor|张主任|2022-03-04|open|||"_s,
              u"镇第一督导组|2022-03-03|东村|摸排台账|花名册未及时更新|minor|东村村委会 张主任|2022-03-06|rectified|已重新摸排并更新||"_s,
              u"镇第一督导组|2022-03-05|西村|消毒消杀|消杀记录不全|minor|李书记|2022-03-08|in_progress|||"_s,
              u"镇第一督导组|2022-03-05|西村|核酸检测|采样点未设一米线|minor|李书记|2022-03-06|closed|已设置一米线|王组长|"_s,
              u"县第三督导组|2022-03-12|东村卡口|%1|体温枪未校准|minor|赵站长|2022-03-15|open|||"_s.arg(other),
          });
    CHECK(scalar(store, u"SELECT count(*) FROM supervision_visits"_s) == u"3"_s);
    // The 西村 visit is in the team's round; the county team's visit in a round made for it.
    CHECK(scalar(store, u"SELECT count(*) FROM supervision_visits WHERE round_id = '%1'"_s.arg(round))
          == u"2"_s);
    CHECK(scalar(store, u"SELECT count(*) FROM supervision_rounds"_s) == u"2"_s);
    CHECK(scalar(store, u"SELECT r.starts_on || ' ' || r.ends_on FROM supervision_rounds r "
                        "JOIN supervision_teams t ON t.id = r.team_id WHERE t.name = '县第三督导组'"_s)
          == u"2022-03-12 2022-03-12"_s);

    LedgerImport again(store);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 6);
    CHECK(twice->taken() == 0);
}

TEST_CASE("Our own findings ledger imports again with the rectification of each finding", "[import]")
{
    TownshipStore from;
    Store &source = *from.store;
    const QString town = addTeams(source);
    const QString round = addRound(source, town, QDate(2022, 3, 1), QDate(2022, 3, 10));
    Finding serious = finding(u"testing"_s, u"采样点未设一米线"_s, u"李书记"_s, QDate(2022, 3, 6));
    serious.severity = u"serious"_s;
    const QString visit = addVisit(source, round, u"西村"_s, QDate(2022, 3, 5),
                                   { serious, finding(u"disinfection"_s, u"消杀记录不全"_s, u"王主任"_s, QDate(2022, 3, 8)) });
    addVisit(source, round, u"东村"_s, QDate(2022, 3, 7),
             { finding(u"自定类别"_s, u"花名册未及时更新"_s, u"张主任"_s, QDate(2022, 3, 9)) });
    {
        SupervisionRepository s(source);
        QString first;
        for (const SupervisionRepository::FindingRow &r : s.findings({}, today)) {
            if (r.finding.description == u"采样点未设一米线"_s)
                first = r.finding.id;
        }
        REQUIRE(s.advance(first, {}, {}, QDate(2022, 3, 5)).ok());
        REQUIRE(s.advance(first, u"已设置一米线"_s, {}, QDate(2022, 3, 6)).ok());
        REQUIRE(s.advance(first, {}, u"王组长"_s, QDate(2022, 3, 7)).ok());
    }
    RegistryFilter filter;
    filter.fullData = true;
    filter.reason = QStringLiteral("round trip of the import");
    RegistryQuery query(source, RegistryCatalog::find(u"supervision_findings"_s), filter);
    const QString path = from.dir.filePath(u"supervision_findings.xlsx"_s);
    auto exported = XlsxExport::write(query, path, {}, today);
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());
    REQUIRE(exported.value() == 3);

    TownshipStore to;
    Store &target = *to.store;
    addTeams(target);
    LedgerImport import(target);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->taken() == 3);
    CHECK(counts->refused == 0);
    REQUIRE(import.commit().ok());
    CHECK(findingsOf(target) == findingsOf(source));
    CHECK(scalar(target, u"SELECT count(*) FROM supervision_visits"_s) == u"2"_s);

    LedgerImport again(target);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 3);
}
