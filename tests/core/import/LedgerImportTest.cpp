#include "ImportSupport.h"
#include "TestSupport.h"

#include "exchange/ExchangeHistory.h"
#include "import/LedgerImport.h"
#include "people/HouseholdRepository.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"
#include "registries/XlsxExport.h"
#include "store/StoreBackup.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <xlsxwriter.h>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {




void requireCommitted(LedgerImport &import)
{
    const auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
}

} // namespace

TEST_CASE("A household register in Excel imports with its heads and relations", "[import]")
{
    TownshipStore township;
    Store &store = *township.store;
    const HouseholdLedger ledger;
    const QString path = township.dir.filePath(u"花名册.xlsx"_s);
    ledger.write(path);

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    CHECK(import.header().firstRow == 3);
    CHECK(import.header().lastRow == 4);
    CHECK(import.header().fileDate == QDate(2022, 3, 4));
    CHECK(counts->ok == 2);
    CHECK(counts->fixed == 2);
    CHECK(counts->refused == 1);
    CHECK(counts->skipped == 4);
    CHECK(counts->duplicates == 1);
    CHECK(counts->households == 2);

    CHECK(verdictOf(import, 5).verdict == ImportVerdict::Ok);
    CHECK(verdictOf(import, 7).verdict == ImportVerdict::Fixed); // lower-case x
    CHECK(verdictOf(import, 8).verdict == ImportVerdict::Skipped);
    const ImportRowVerdict &wangSi = verdictOf(import, 9);
    CHECK(wangSi.verdict == ImportVerdict::Fixed);
    CHECK(wangSi.note.contains(u"gender"_s));
    const ImportRowVerdict &wangWu = verdictOf(import, 10);
    CHECK(wangWu.verdict == ImportVerdict::Refused);
    CHECK(verdictOf(import, 11).verdict == ImportVerdict::Duplicate);
    CHECK(verdictOf(import, 11).note.contains(u"5"_s));
    for (qint64 row : { 12, 13, 14 })
        CHECK(verdictOf(import, row).verdict == ImportVerdict::Skipped);
    // The dry run writes nothing.
    CHECK(scalar(store, u"SELECT count(*) FROM persons"_s) == u"0"_s);

    auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(scalar(store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == u"4"_s);
    CHECK(scalar(store, u"SELECT count(*) FROM households WHERE deleted = 0"_s) == u"2"_s);

    PersonRepository persons(store);
    const Person head = persons.byIdNumber(ledger.zhangYi);
    REQUIRE(head.id.size() > 0);
    CHECK(head.regionId == township.villageId(1)); // from 填报单位：东村村委会
    CHECK(head.phone == u"13800000001"_s);
    CHECK(scalar(store, u"SELECT head_person_id FROM households WHERE id = '%1'"_s.arg(head.householdId))
          == head.id);
    CHECK(scalar(store, u"SELECT address FROM households WHERE id = '%1'"_s.arg(head.householdId))
          == u"东村一组12号"_s);
    const QList<Person> members = persons.members(head.householdId);
    REQUIRE(members.size() == 3);
    CHECK(members[1].relationToHead == u"spouse"_s);
    CHECK(members[2].relationToHead == u"son"_s);
    CHECK(members[2].idNumber == ledger.zhangSan);
    // The ID number wins over the gender typed beside it.
    const Person wang = persons.byIdNumber(ledger.wangSi);
    CHECK(wang.gender == u"male"_s);
    CHECK(wang.phone == u"13800000004"_s);

    // Taken in, copied before, and written down.
    const QList<ExchangeRecord> history = ExchangeHistory::recent(store);
    REQUIRE(history.size() == 1);
    CHECK(history[0].kind == u"ledger"_s);
    CHECK(history[0].fileName == u"花名册.xlsx"_s);
    CHECK(scalar(store, u"SELECT count(*) FROM audit_log WHERE action = 'bulk'"_s).toInt() >= 1);
    CHECK(QDir(StoreBackup::folderFor(township.path())).entryList(QDir::Files).size() == 1);
}

TEST_CASE("The report of refused rows imports again under the ledger's headings", "[import]")
{
    TownshipStore township;
    const HouseholdLedger ledger;
    const QString path = township.dir.filePath(u"ledger.xlsx"_s);
    ledger.write(path);
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    REQUIRE(import.dryRun({}).ok());
    const QString report = township.dir.filePath(u"report.xlsx"_s);
    REQUIRE(import.writeReport(report).ok());

    LedgerImport again(*township.store);
    REQUIRE(again.open(report).ok());
    LedgerImport::Options options;
    options.villageCode = u"370285105001"_s;
    auto counts = again.dryRun(options);
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    // Only 王五's row is listed, and its number is still the one Excel cut short.
    CHECK(counts->refused == 1);
    CHECK(counts->taken() == 0);
    CHECK(verdictOf(again, 2).verdict == ImportVerdict::Refused);
}

TEST_CASE("A cancelled import leaves the store as it was", "[import]")
{
    TownshipStore township;
    const QString path = township.dir.filePath(u"large.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("村,姓名,身份证号码\n");
    const QDate first(1960, 1, 1);
    for (int i = 0; i < 2500; ++i) {
        const QString id = syntheticIdNumber(first.addDays(i / 400).toString(u"yyyyMMdd"_s), i % 400 + 1);
        file.write(u"东村,居民%1,%2\n"_s.arg(QChar(0x4E00 + i)).arg(id).toUtf8());
    }
    file.close();
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    REQUIRE(counts.ok());
    REQUIRE(counts->ok == 2500);
    int reports = 0;
    const auto written = import.commit([&reports](double) { return ++reports < 1; });
    INFO(written.error().toStdString());
    CHECK_FALSE(written.ok());
    CHECK(reports == 1);
    CHECK(scalar(*township.store, u"SELECT count(*) FROM persons"_s) == u"0"_s);
    CHECK(ExchangeHistory::recent(*township.store).isEmpty());
}

TEST_CASE("Registered persons listed again follow the duplicate policy", "[import]")
{
    TownshipStore township;
    Store &store = *township.store;
    const HouseholdLedger ledger;
    Person known;
    known.name = u"张一"_s;
    known.idNumber = ledger.zhangYi;
    known.regionId = township.villageId(1);
    REQUIRE(PersonRepository(store).add(known).ok());
    const QString path = township.dir.filePath(u"ledger.xlsx"_s);
    ledger.write(path);

    SECTION("skip")
    {
        LedgerImport import(store);
        REQUIRE(import.open(path).ok());
        auto counts = import.dryRun({});
        REQUIRE(counts.ok());
        // 张一 himself, and 王六 who has his number.
        CHECK(counts->duplicates == 2);
        requireCommitted(import);
        CHECK(PersonRepository(store).byIdNumber(ledger.zhangYi).phone.isEmpty());
        CHECK(scalar(store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == u"4"_s);
    }
    SECTION("update")
    {
        LedgerImport import(store);
        REQUIRE(import.open(path).ok());
        LedgerImport::Options options;
        options.duplicates = DuplicatePolicy::Update;
        REQUIRE(import.dryRun(options).ok());
        requireCommitted(import);
        CHECK(PersonRepository(store).byIdNumber(ledger.zhangYi).phone == u"13800000001"_s);
    }
    SECTION("review")
    {
        LedgerImport import(store);
        REQUIRE(import.open(path).ok());
        LedgerImport::Options options;
        options.duplicates = DuplicatePolicy::Review;
        REQUIRE(import.dryRun(options).ok());
        const QString report = township.dir.filePath(u"review.xlsx"_s);
        REQUIRE(import.writeReport(report).ok());
        LedgerImport listed(store);
        REQUIRE(listed.open(report).ok());
        LedgerImport::Options village;
        village.villageCode = u"370285105001"_s;
        auto counts = listed.dryRun(village);
        REQUIRE(counts.ok());
        // 王五 refused; 张一, and 王六 who was given his number, to review.
        CHECK(counts->refused == 1);
        CHECK(counts->duplicates == 2);
    }
}

TEST_CASE("A file that is not a ledger of the kind is refused with the reason", "[import]")
{
    TownshipStore township;
    const QString path = township.dir.filePath(u"notes.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("会议纪要\n今天讨论了防控工作,安排如下\n1,张三,负责东村\n");
    file.close();
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    REQUIRE_FALSE(counts.ok());
    CHECK(counts.error().contains(u"heading"_s));
    CHECK_FALSE(import.commit().ok());
}

TEST_CASE("A ledger without a village column takes the village chosen for it", "[import]")
{
    TownshipStore township;
    const QString path = township.dir.filePath(u"west.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"姓名,身份证号码,住址\r\n刘一,%1,西村5号\r\n"_s.arg(syntheticIdNumber(u"19600101"_s, 51)).toUtf8());
    file.close();
    {
        LedgerImport import(*township.store);
        REQUIRE(import.open(path).ok());
        auto counts = import.dryRun({});
        REQUIRE(counts.ok());
        CHECK(counts->refused == 1);
        CHECK(import.verdicts().constFirst().note.contains(u"village"_s));
    }
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    LedgerImport::Options options;
    options.villageCode = u"370285105002"_s;
    auto counts = import.dryRun(options);
    REQUIRE(counts.ok());
    CHECK(counts->ok == 1);
    requireCommitted(import);
    const Person liu = PersonRepository(*township.store).byIdNumber(syntheticIdNumber(u"19600101"_s, 51));
    CHECK(liu.regionId == township.villageId(2));
}

TEST_CASE("Our own registers exported to xlsx import again as the same records", "[import]")
{
    TownshipStore from;
    Store &store = *from.store;
    HouseholdRepository households(store);
    PersonRepository persons(store);
    Household h;
    h.regionId = from.villageId(2);
    h.address = u"西村三组7号"_s;
    auto household = households.add(h);
    REQUIRE(household.ok());
    QList<Person> kept;
    for (int i = 0; i < 3; ++i) {
        Person p;
        p.name = QStringList { u"孙甲"_s, u"孙乙"_s, u"孙丙"_s }[i];
        p.idNumber = syntheticIdNumber(u"1975030%1"_s.arg(i + 1), 61 + i);
        p.phone = i == 0 ? u"13900000061"_s : QString();
        p.householdId = household.value();
        p.residenceType = i == 2 ? u"migrant_worker"_s : u"registered"_s;
        p.specialGroup = i == 1 ? u"disabled"_s : QString();
        p.notes = i == 0 ? u"户主在外务工"_s : QString();
        p.returnee = i == 0;
        p.returneeOrigin = i == 0 ? u"上海市浦东新区"_s : QString();
        p.arrivedOn = i == 0 ? QDate(2022, 3, 2) : QDate();
        auto id = persons.add(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        kept << persons.byId(id.value());
    }

    for (const auto &[registry, target] : { std::pair { u"personnel_register"_s, u"residents"_s },
                                            std::pair { u"returnee_screening"_s, u"returnees"_s } }) {
        CAPTURE(registry.toStdString());
        const QString path = from.dir.filePath(registry + u".xlsx"_s);
        RegistryFilter filter;
        filter.fullData = true;
        filter.reason = QStringLiteral("round trip of the import");
        RegistryQuery query(store, RegistryCatalog::find(registry), filter);
        REQUIRE(XlsxExport::write(query, path).ok());

        TownshipStore to;
        LedgerImport import(*to.store);
        REQUIRE(import.open(path).ok());
        LedgerImport::Options options;
        options.target = target;
        auto counts = import.dryRun(options);
        INFO(counts.error().toStdString());
        REQUIRE(counts.ok());
        CHECK(counts->refused == 0);
        requireCommitted(import);
        PersonRepository again(*to.store);
        for (const Person &p : kept) {
            if (target == "returnees"_L1 && !p.returnee)
                continue;
            const Person back = again.byIdNumber(p.idNumber);
            CAPTURE(p.name.toStdString());
            REQUIRE(!back.id.isEmpty());
            CHECK(back.name == p.name);
            CHECK(back.phone == p.phone);
            CHECK(back.regionId == to.villageId(2));
            CHECK(back.notes == p.notes);
            if (target == "residents"_L1) {
                CHECK(back.residenceType == p.residenceType);
                CHECK(back.specialGroup == p.specialGroup);
                CHECK(scalar(*to.store, u"SELECT address FROM households WHERE id = '%1'"_s
                                            .arg(back.householdId))
                      == h.address);
            } else {
                CHECK(back.returnee);
                CHECK(back.returneeOrigin == p.returneeOrigin);
                CHECK(back.arrivedOn == p.arrivedOn);
            }
        }
    }
}

// The same kind of register saved by an old Excel as .xls (made from a synthetic xlsx by
// LibreOffice): the merged heading and household cells are only in their first cells there.
TEST_CASE("A household register in the old xls format imports through FreeXL", "[import]")
{
    TownshipStore township;
    LedgerImport import(*township.store);
    REQUIRE(import.open(QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/import/data/household-register.xls")).ok());
    auto counts = import.dryRun({});
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    CHECK(import.header().firstRow == 3);
    CHECK(import.header().lastRow == 4);
    CHECK(counts->ok == 2);
    CHECK(counts->fixed == 1); // 周丙's lower-case x
    CHECK(counts->refused == 1); // 郑丁's number, cut short
    CHECK(counts->skipped == 1); // 合计
    CHECK(counts->households == 1);
    requireCommitted(import);
    PersonRepository persons(*township.store);
    const Person head = persons.byIdNumber(u"990101198001011113"_s);
    REQUIRE(!head.id.isEmpty());
    CHECK(head.name == u"周甲"_s);
    const QList<Person> members = persons.members(head.householdId);
    REQUIRE(members.size() == 3);
    CHECK(members[1].relationToHead == u"spouse"_s);
    CHECK(members[2].idNumber == u"99010120050505001X"_s);
    CHECK(scalar(*township.store, u"SELECT address FROM households WHERE id = '%1'"_s.arg(head.householdId))
          == u"东村一组1号"_s);
}

namespace {

QString writeCsv(TownshipStore &township, const QString &name, const QString &text)
{
    const QString path = township.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

} // namespace

TEST_CASE("Members never join the family above when their own head is refused", "[import]")
{
    TownshipStore township;
    const QString zhang = syntheticIdNumber(u"19700101"_s, 71);
    const QString li = syntheticIdNumber(u"19720101"_s, 82);
    QString wrong = syntheticIdNumber(u"19750101"_s, 91);
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1'; // a typing mistake in the check digit
    const QString son = syntheticIdNumber(u"20000101"_s, 93);
    const QString path = writeCsv(township, u"heads.csv"_s,
        u"村,姓名,身份证号码,与户主关系,住址\n东村,张一,%1,户主,东村1号\n东村,李二,%2,妻,东村1号\n"
        "东村,王三,%3,户主,东村2号\n东村,王小四,%4,子,\n"_s.arg(zhang, li, wrong, son));
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    REQUIRE(counts.ok());
    CHECK(counts->refused == 1);
    requireCommitted(import);
    PersonRepository persons(*township.store);
    const Person head = persons.byIdNumber(zhang);
    CHECK(persons.members(head.householdId).size() == 2);
    CHECK(persons.byIdNumber(son).householdId != head.householdId);
}

TEST_CASE("A member listed above the head leaves the head to head the household", "[import]")
{
    TownshipStore township;
    const QString wife = syntheticIdNumber(u"19720101"_s, 82);
    const QString head = syntheticIdNumber(u"19700101"_s, 71);
    const QString path = writeCsv(township, u"order.csv"_s,
        u"村,户号,姓名,身份证号码,与户主关系\n东村,5,李四,%1,妻\n东村,5,张三,%2,户主\n"_s.arg(wife, head));
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    REQUIRE(counts.ok());
    CHECK(counts->ok == 2);
    CHECK(counts->households == 1);
    requireCommitted(import);
    PersonRepository persons(*township.store);
    const Person zhang = persons.byIdNumber(head);
    const QList<Person> members = persons.members(zhang.householdId);
    REQUIRE(members.size() == 2);
    CHECK(members[0].id == zhang.id);
    CHECK(members[1].relationToHead == u"spouse"_s);
}

TEST_CASE("Another person's number is not taken for the person's own", "[import]")
{
    TownshipStore township;
    const QString head = syntheticIdNumber(u"19700101"_s, 71);
    const QString child = syntheticIdNumber(u"20100101"_s, 73);
    const QString path = writeCsv(township, u"guardian.csv"_s,
        u"村,户主身份证号码,成员姓名,与户主关系,成员身份证号码\n东村,%1,张小一,子,%2\n"_s.arg(head, child));
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    REQUIRE(import.dryRun({}).ok());
    CHECK(import.mapping().value(1).isEmpty());
    CHECK(import.mapping().value(4) == u"id_number"_s);
}

TEST_CASE("A cell with two phones keeps the first as the phone and the other in the notes", "[import]")
{
    TownshipStore township;
    const QString id = syntheticIdNumber(u"19800303"_s, 81);
    const QString path = writeCsv(township, u"phones.csv"_s,
        u"村,姓名,身份证号码,联系电话,备注\n东村,赵一,%1,\"138 0000 0081/0532-87654321\",低保户\n"_s.arg(id));
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    const auto counts = import.dryRun({});
    REQUIRE(counts.ok());
    CHECK(counts->fixed == 1);
    CHECK(verdictOf(import, 2).note.contains(u"13800000081 kept, 0532-87654321 put in the notes"_s));
    requireCommitted(import);
    const Person zhao = PersonRepository(*township.store).byIdNumber(id);
    CHECK(zhao.phone == u"13800000081"_s);
    CHECK(zhao.notes == u"低保户；Other phone: 0532-87654321"_s);
}

TEST_CASE("Persons without an ID number are known again by name and village with birth date or phone",
          "[import]")
{
    TownshipStore township;
    const QString path = writeCsv(township, u"no-id.csv"_s,
        u"村,姓名,出生日期,联系电话\n"
        "东村,钱小宝,2021-05-06,\n"
        "东村,钱小宝,2021-05-06,\n"          // listed twice
        "东村,钱小宝,2019-01-01,\n"          // a namesake, born another day
        "西村,钱小宝,2021-05-06,\n"          // a namesake in another village
        "东村,孙老汉,,13800000091\n"
        "东村,孙老汉,,13800000091\n"_s);
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->taken() == 4);
    CHECK(counts->duplicates == 2);
    CHECK(verdictOf(import, 3).note.contains(u"birth date as row 2"_s));
    CHECK(verdictOf(import, 7).note.contains(u"phone as row 6"_s));
    requireCommitted(import);
    CHECK(scalar(*township.store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == u"4"_s);

    // The same ledger again adds nobody.
    LedgerImport again(*township.store);
    REQUIRE(again.open(path).ok());
    counts = again.dryRun({});
    REQUIRE(counts.ok());
    CHECK(counts->taken() == 0);
    CHECK(counts->duplicates == 6);
    CHECK(verdictOf(again, 2).note.contains(u"Already registered"_s));
    CHECK(scalar(*township.store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == u"4"_s);
}

TEST_CASE("The unit and date line above a heading is read and not taken for a heading", "[import]")
{
    TownshipStore township;
    // Two villages whose names hold one another: 填报单位 names the longer.
    RegionRepository regions(*township.store);
    REQUIRE(regions.add(regions.township().id, u"370285105003"_s, u"小东村"_s).ok());
    const QString path = township.dir.filePath(u"unit.xlsx"_s);
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "返乡");
    worksheet_merge_range(ws, 0, 0, 0, 1, "填报单位：小东村村委会", nullptr);
    worksheet_merge_range(ws, 0, 2, 0, 3, "填报日期：2022年3月5日", nullptr);
    const char *headings[] = { "姓名", "身份证号码", "从何地返回", "返乡日期" };
    for (lxw_col_t c = 0; c < 4; ++c)
        worksheet_write_string(ws, 1, c, headings[c], nullptr);
    worksheet_write_string(ws, 2, 0, "赵五", nullptr);
    worksheet_write_string(ws, 2, 1, (syntheticIdNumber(u"19900101"_s, 55)).toUtf8().constData(), nullptr);
    worksheet_write_string(ws, 2, 2, "上海市", nullptr);
    worksheet_write_string(ws, 2, 3, "3月2日", nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    LedgerImport::Options options;
    options.target = u"returnees"_s;
    auto counts = import.dryRun(options);
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    CHECK(import.header().firstRow == 2);
    CHECK(import.header().fileDate == QDate(2022, 3, 5));
    CHECK(counts->taken() == 1);
    requireCommitted(import);
    const Person zhao = PersonRepository(*township.store).byIdNumber(syntheticIdNumber(u"19900101"_s, 55));
    CHECK(zhao.arrivedOn == QDate(2022, 3, 2));
    CHECK(zhao.regionId == RegionRepository(*township.store).byCode(u"370285105003"_s).id);
}

TEST_CASE("Imports that fail keep the copies made before imports that did not", "[import]")
{
    TownshipStore township;
    const QString folder = StoreBackup::folderFor(township.path());
    const QString path = writeCsv(township, u"one.csv"_s,
        u"村,姓名,身份证号码\n东村,钱一,%1\n"_s.arg(syntheticIdNumber(u"19800101"_s, 11)));
    {
        LedgerImport import(*township.store);
        REQUIRE(import.open(path).ok());
        REQUIRE(import.dryRun({}).ok());
        requireCommitted(import);
    }
    const QStringList before = QDir(folder).entryList(QDir::Files);
    REQUIRE(before.size() == 1);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QString again = writeCsv(township, u"more.csv"_s,
            u"村,姓名,身份证号码\n东村,孙%1,%2\n"_s.arg(QChar(0x4E00 + attempt))
                .arg(syntheticIdNumber(u"19810101"_s, 21 + 2 * attempt)));
        LedgerImport import(*township.store);
        REQUIRE(import.open(again).ok());
        REQUIRE(import.dryRun({}).ok());
        // Registered by hand between the dry run and the import: the import fails whole.
        Person meanwhile;
        meanwhile.name = u"孙某"_s;
        meanwhile.idNumber = syntheticIdNumber(u"19810101"_s, 21 + 2 * attempt);
        meanwhile.regionId = township.villageId(1);
        REQUIRE(PersonRepository(*township.store).add(meanwhile).ok());
        CHECK_FALSE(import.commit().ok());
    }
    CHECK(QDir(folder).entryList(QDir::Files) == before);
}

TEST_CASE("Hidden rows and rows of merged copies are passed over with the reason", "[import]")
{
    TownshipStore township;
    const QString path = township.dir.filePath(u"hidden.xlsx"_s);
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "花名册");
    const char *headings[] = { "村", "姓名", "身份证号码" };
    for (lxw_col_t c = 0; c < 3; ++c)
        worksheet_write_string(ws, 0, c, headings[c], nullptr);
    // 东村 merged down rows 2-4; row 3 is hidden (moved away), row 4 holds only the merged copy.
    worksheet_merge_range(ws, 1, 0, 3, 0, "东村", nullptr);
    worksheet_write_string(ws, 1, 1, "周一", nullptr);
    worksheet_write_string(ws, 1, 2, syntheticIdNumber(u"19800101"_s, 11).toUtf8().constData(), nullptr);
    worksheet_write_string(ws, 2, 1, "周二", nullptr);
    worksheet_write_string(ws, 2, 2, syntheticIdNumber(u"19800101"_s, 13).toUtf8().constData(), nullptr);
    lxw_row_col_options hidden = { 1, 0, 0 };
    worksheet_set_row_opt(ws, 2, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    LedgerImport import(*township.store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun({});
    INFO(described(import));
    REQUIRE(counts.ok());
    CHECK(counts->ok == 1);
    CHECK(counts->skipped == 2);
    CHECK(verdictOf(import, 3).note.contains(u"hidden"_s));
    CHECK(verdictOf(import, 4).note.contains(u"blank"_s));
}
