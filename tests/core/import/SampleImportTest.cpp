#include "ImportSupport.h"
#include "TestSupport.h"

#include "import/LedgerImport.h"
#include "people/PersonRepository.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"
#include "registries/XlsxExport.h"
#include "testing/TestingRepository.h"

#include <QFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2022, 3, 8);

QString addPerson(TownshipStore &t, const QString &name, const QString &idNumber, int village = 1)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber;
    p.regionId = t.villageId(village);
    p.phone = u"1380000%1"_s.arg(idNumber.mid(10, 4));
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// 第1轮 on 3月5日 in both villages at two sites; 第2轮 on 3月7日 in 东村 only, at one site.
struct Rounds
{
    QString first;
    QString second;
    QHash<QString, QString> sites; // "round|site name" → id
};

Rounds addRounds(TownshipStore &t)
{
    TestingRepository testing(*t.store);
    Rounds r;
    auto first = testing.addRound({ {}, u"第1轮"_s, QDate(2022, 3, 5), { t.villageId(1), t.villageId(2) }, {} },
                                  { { {}, {}, u"东村文化广场"_s, {}, 2 }, { {}, {}, u"西村村委会"_s, {}, 1 } });
    REQUIRE(first.ok());
    r.first = first.value();
    auto second = testing.addRound({ {}, u"第2轮"_s, QDate(2022, 3, 7), { t.villageId(1) }, {} },
                                   { { {}, {}, u"东村文化广场"_s, {}, 2 } });
    REQUIRE(second.ok());
    r.second = second.value();
    for (const QString &round : { r.first, r.second }) {
        for (const TestSite &s : testing.sites(round))
            r.sites.insert(round + u'|' + s.name, s.id);
    }
    return r;
}

// "第1轮 东村文化广场 2022-03-05T09:30:00 negative 刘护" for each sample of the person.
QStringList samplesOf(Store &store, const QString &idNumber)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT r.name, t.name, s.sampled_at, s.result, s.taken_by FROM samples s "
              "JOIN test_rounds r ON r.id = s.round_id JOIN test_sites t ON t.id = s.site_id "
              "JOIN persons p ON p.id = s.person_id WHERE p.id_number = ? AND s.deleted = 0 "
              "ORDER BY s.sampled_at"_s);
    q.addBindValue(idNumber);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString())
                   .trimmed();
    return out;
}

// A title, one heading row, and the rows as text.
void writeLedger(const QString &path, const QStringList &headings, const QList<QStringList> &rows)
{
    writeLedger(path, "采样", "核酸检测采样登记表", headings, rows);
}

LedgerImport::Options options()
{
    return importOptions(u"samples"_s, today);
}

} // namespace

TEST_CASE("A sampling register places each sample in its round and site", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    addRounds(t);
    const QString zhang = syntheticIdNumber(u"19800101"_s, 11);
    const QString wang = syntheticIdNumber(u"19700707"_s, 31);
    const QString li = syntheticIdNumber(u"19820202"_s, 22);
    const QString zhao = syntheticIdNumber(u"19900909"_s, 41);
    const QString sun = syntheticIdNumber(u"19950505"_s, 51);
    addPerson(t, u"张一"_s, zhang);
    addPerson(t, u"王二"_s, wang, 2);
    addPerson(t, u"孙五"_s, sun);
    const QString path = t.dir.filePath(u"采样.xlsx"_s);
    writeLedger(path,
                { u"序号"_s, u"姓名"_s, u"身份证号码"_s, u"村"_s, u"采样日期"_s, u"时间"_s,
                  u"轮次"_s, u"采样点"_s, u"试管编号"_s, u"检测结果"_s, u"采样人"_s },
                { { u"1"_s, u"张一"_s, zhang, u"东村"_s, u"2022-03-05"_s, u"09:30"_s, u"第1轮"_s,
                    u"东村文化广场"_s, u"T0001"_s, u"阴性"_s, u"刘护"_s },
                  // No round: the round of the day; 西村 is the site 西村村委会.
                  { u"2"_s, u"王二"_s, wang, u"西村"_s, u"2022-03-05"_s, u"10:00"_s, {},
                    u"西村"_s, u"T0002"_s, u"阴性"_s, u"刘护"_s },
                  // Not registered yet; the second round has one site.
                  { u"3"_s, u"李三"_s, li, u"东村"_s, u"2022-03-07"_s, u"08:00"_s, {}, {},
                    u"T0003"_s, u"待出"_s, {} },
                  // The second round does not cover 西村.
                  { u"4"_s, u"王二"_s, wang, u"西村"_s, u"2022-03-07"_s, u"08:10"_s, {}, {},
                    u"T0004"_s, u"阴性"_s, {} },
                  { u"5"_s, u"张一"_s, zhang, u"东村"_s, u"2022-03-05"_s, u"11:00"_s, u"第1轮"_s,
                    u"东村文化广场"_s, u"T0005"_s, u"阴性"_s, {} },
                  // No round on 3月6日.
                  { u"6"_s, u"赵四"_s, zhao, u"东村"_s, u"2022-03-06"_s, u"08:00"_s, {}, {},
                    u"T0006"_s, u"阴性"_s, {} },
                  { u"7"_s, u"孙五"_s, sun, u"东村"_s, u"2022-03-05"_s, u"08:20"_s, {},
                    u"东村文化广场"_s, u"T0007"_s, u"可疑"_s, {} },
                  { u"8"_s, u"张一"_s, zhang, u"东村"_s, u"2022-03-07"_s, u"08:30"_s, u"第3轮"_s,
                    {}, u"T0008"_s, u"阴性"_s, {} } });

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 1);
    CHECK(counts->fixed == 2);
    CHECK(counts->refused == 4);
    CHECK(counts->duplicates == 1);
    CHECK(verdictOf(import, 3).verdict == ImportVerdict::Ok);
    CHECK(verdictOf(import, 4).note.contains(u"西村村委会"_s));
    CHECK(verdictOf(import, 5).verdict == ImportVerdict::Fixed);
    CHECK(verdictOf(import, 6).note.contains(u"西村"_s));
    CHECK(verdictOf(import, 7).verdict == ImportVerdict::Duplicate);
    CHECK(verdictOf(import, 7).note.contains(u"3"_s));
    // A row no round takes lists the rounds.
    CHECK(verdictOf(import, 8).verdict == ImportVerdict::Refused);
    CHECK(verdictOf(import, 8).note.contains(u"2022-03-06"_s));
    CHECK(verdictOf(import, 8).note.contains(u"第1轮 (2022-03-05)"_s));
    CHECK(verdictOf(import, 8).note.contains(u"第2轮 (2022-03-07)"_s));
    CHECK(verdictOf(import, 9).note.contains(u"可疑"_s));
    CHECK(verdictOf(import, 10).note.contains(u"第3轮"_s));
    CHECK(verdictOf(import, 10).note.contains(u"第1轮"_s));

    const auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(samplesOf(store, zhang) == QStringList { u"第1轮 东村文化广场 2022-03-05T09:30:00 negative 刘护"_s });
    CHECK(samplesOf(store, wang) == QStringList { u"第1轮 西村村委会 2022-03-05T10:00:00 negative 刘护"_s });
    CHECK(samplesOf(store, li) == QStringList { u"第2轮 东村文化广场 2022-03-07T08:00:00 pending"_s });
    CHECK(scalar(store, u"SELECT count(*) FROM samples"_s) == u"3"_s);
    CHECK(PersonRepository(store).byIdNumber(li).name == u"李三"_s);
    CHECK(PersonRepository(store).byIdNumber(zhao).id.isEmpty()); // its row was refused
    CHECK(scalar(store, u"SELECT count(*) FROM samples s JOIN persons p ON p.id = s.person_id "
                        "WHERE s.owner_unit <> p.owner_unit"_s)
          == u"0"_s);
    CHECK(scalar(store, u"SELECT count(*) FROM audit_log WHERE action = 'bulk' "
                        "AND table_name = 'samples'"_s)
          == u"1"_s);

    // The same register again: every sample taken is recorded.
    LedgerImport again(store);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 4);
    CHECK(twice->refused == 4);
    CHECK(twice->taken() == 0);
}

TEST_CASE("A register without rounds set up is refused as a whole", "[import]")
{
    TownshipStore t;
    const QString path = t.dir.filePath(u"采样.xlsx"_s);
    writeLedger(path, { u"姓名"_s, u"身份证号码"_s, u"采样时间"_s },
                { { u"张一"_s, syntheticIdNumber(u"19800101"_s, 11), u"2022-03-05 09:30"_s } });
    LedgerImport import(*t.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    REQUIRE_FALSE(counts.ok());
    CHECK(counts.error().contains(u"round"_s));
}

TEST_CASE("Our own testing roster imports again with its samples", "[import]")
{
    TownshipStore from;
    Store &source = *from.store;
    const Rounds rounds = addRounds(from);
    const QString zhang = syntheticIdNumber(u"19800101"_s, 11);
    const QString wang = syntheticIdNumber(u"19700707"_s, 31);
    const QString zhangId = addPerson(from, u"张一"_s, zhang);
    const QString wangId = addPerson(from, u"王二"_s, wang, 2);
    {
        TestingRepository testing(source);
        auto a = testing.addSample(rounds.first, zhangId, rounds.sites.value(rounds.first + u"|东村文化广场"_s),
                                   QDateTime(QDate(2022, 3, 5), QTime(9, 30)), u"刘护"_s);
        REQUIRE(a.ok());
        REQUIRE(testing.setResult(a.value(), u"negative"_s).ok());
        auto b = testing.addSample(rounds.first, wangId, rounds.sites.value(rounds.first + u"|西村村委会"_s),
                                   QDateTime(QDate(2022, 3, 5), QTime(10, 5)));
        REQUIRE(b.ok());
        REQUIRE(testing.setResult(b.value(), u"positive"_s).ok());
        auto c = testing.addSample(rounds.second, zhangId, rounds.sites.value(rounds.second + u"|东村文化广场"_s),
                                   QDateTime(QDate(2022, 3, 7), QTime(8, 0)), u"陈医"_s);
        REQUIRE(c.ok());
    }
    RegistryFilter filter;
    filter.fullData = true;
    filter.reason = QStringLiteral("round trip of the import");
    RegistryQuery query(source, RegistryCatalog::find(u"testing_roster"_s), filter);
    const QString path = from.dir.filePath(u"testing_roster.xlsx"_s);
    auto exported = XlsxExport::write(query, path, {}, today);
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());
    REQUIRE(exported.value() == 3);

    TownshipStore to;
    Store &target = *to.store;
    addRounds(to);
    LedgerImport import(target);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(options());
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->taken() == 3);
    CHECK(counts->refused == 0);
    REQUIRE(import.commit().ok());
    for (const QString &id : { zhang, wang }) {
        CHECK(samplesOf(target, id) == samplesOf(source, id));
        const Person a = PersonRepository(source).byIdNumber(id);
        const Person b = PersonRepository(target).byIdNumber(id);
        CHECK(b.name == a.name);
        CHECK(b.phone == a.phone);
        CHECK(b.regionId == (id == zhang ? to.villageId(1) : to.villageId(2)));
    }
    CHECK(samplesOf(target, zhang).size() == 2);

    LedgerImport again(target);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(options());
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 3);
}
