#include "ImportSupport.h"
#include "TestSupport.h"

#include "import/LedgerImport.h"
#include "measures/IsolationSiteRepository.h"
#include "measures/MeasureRepository.h"
#include "people/PersonRepository.h"
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

const QDate today(2022, 3, 20);

QString addPerson(TownshipStore &t, const QString &name, const QString &idNumber, int village = 1)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber;
    p.regionId = t.villageId(village);
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// Every verdict, for the message of a failed check.
// The measure of the person with this ID number (their only one).
ControlMeasure measureOf(Store &store, const QString &idNumber)
{
    const Person p = PersonRepository(store).byIdNumber(idNumber);
    REQUIRE_FALSE(p.id.isEmpty());
    const QList<ControlMeasure> measures = MeasureRepository(store).ofPerson(p.id);
    REQUIRE(measures.size() == 1);
    return measures.constFirst();
}

// "name role phone" of each cadre, in the order stored.
QStringList cadresOf(Store &store, const ControlMeasure &m)
{
    QStringList out;
    for (const Responsibility &r : MeasureRepository(store).responsibilities(m.id))
        out << r.cadreName + u' ' + r.role + u' ' + r.phone;
    return out;
}

void write(lxw_worksheet *ws, lxw_row_t row, const QStringList &cells)
{
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (!cells[c].isEmpty())
            worksheet_write_string(ws, row, lxw_col_t(c), cells[c].toUtf8().constData(), nullptr);
    }
}

LedgerImport::Options optionsFor(const QString &target)
{
    return importOptions(target, today);
}

} // namespace

TEST_CASE("A home isolation ledger with the cadres in one cell imports its measures", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    const QString zhang = syntheticIdNumber(u"19800101"_s, 11);
    const QString li = syntheticIdNumber(u"19820202"_s, 22);
    const QString wang = syntheticIdNumber(u"19700707"_s, 31);
    const QString zhao = syntheticIdNumber(u"19900909"_s, 41);
    addPerson(t, u"张一"_s, zhang);
    addPerson(t, u"王三"_s, wang);

    const QString path = t.dir.filePath(u"居家隔离.xlsx"_s);
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "居家隔离");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy/m/d");
    worksheet_merge_range(ws, 0, 0, 0, 11, "居家隔离人员台账", nullptr);
    worksheet_merge_range(ws, 1, 0, 1, 11, "填报单位：东村村委会　填报日期：2022年3月20日", nullptr);
    write(ws, 2, { u"序号"_s, u"姓名"_s, u"身份证号码"_s, u"联系电话"_s, u"村"_s, u"住址"_s,
                   u"隔离开始时间"_s, u"预计解除日期"_s, u"实际解除日期"_s, u"解除原因"_s,
                   u"包保责任人"_s, u"备注"_s });
    // Row 4: a registered person, the start a date cell, three cadres with roles and phones.
    write(ws, 3, { u"1"_s, u"张一"_s, zhang, {}, u"东村"_s, {}, {}, u"2022-03-18"_s, {}, {},
                   u"镇干部王镇 13800000011、村干部：李村 13800000012\n赵医（村医）13800000013"_s,
                   u"门磁已装"_s });
    lxw_datetime started = { 2022, 3, 5, 0, 0, 0 };
    worksheet_write_datetime(ws, 3, 6, &started, date);
    // Row 5: a person not registered yet, released; the cadres' phones are known from row 4.
    write(ws, 4, { u"2"_s, u"李二"_s, li, u"13900000002"_s, u"东村"_s, u"东村一组8号"_s,
                   u"2022-03-01"_s, u"2022-03-14"_s, u"2022-03-15"_s, u"期满解除"_s,
                   u"王镇（镇干部）、李村（村干部）"_s });
    // Row 6: 张一's measure again; row 7: a start after today; row 8: a village not of the
    // township for a person to register.
    write(ws, 5, { u"3"_s, u"张一"_s, zhang, {}, u"东村"_s, {}, u"2022-03-05"_s });
    write(ws, 6, { u"4"_s, u"王三"_s, wang, {}, u"东村"_s, {}, u"2022-03-25"_s });
    write(ws, 7, { u"5"_s, u"赵四"_s, zhao, {}, u"北村"_s, {}, u"2022-03-10"_s });
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(optionsFor(u"home_isolation"_s));
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 1);
    CHECK(counts->fixed == 1);
    CHECK(counts->duplicates == 1);
    CHECK(counts->refused == 2);
    CHECK(verdictOf(import, 4).verdict == ImportVerdict::Ok);
    CHECK(verdictOf(import, 5).verdict == ImportVerdict::Fixed); // registered from the row
    CHECK(verdictOf(import, 6).verdict == ImportVerdict::Duplicate);
    CHECK(verdictOf(import, 7).verdict == ImportVerdict::Refused);
    CHECK(verdictOf(import, 8).verdict == ImportVerdict::Refused);
    CHECK(scalar(store, u"SELECT count(*) FROM control_measures"_s) == u"0"_s);

    const auto written = import.commit();
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(scalar(store, u"SELECT count(*) FROM control_measures WHERE deleted = 0"_s) == u"2"_s);
    CHECK(scalar(store, u"SELECT count(*) FROM responsibilities WHERE deleted = 0"_s) == u"5"_s);

    const ControlMeasure home = measureOf(store, zhang);
    CHECK(home.kind == u"home_isolation"_s);
    CHECK(home.startedOn == QDate(2022, 3, 5));
    CHECK(home.plannedEndOn == QDate(2022, 3, 18));
    CHECK(home.isRunning());
    CHECK(home.notes == u"门磁已装"_s);
    CHECK(cadresOf(store, home)
          == QStringList { u"王镇 township_cadre 13800000011"_s, u"李村 village_cadre 13800000012"_s,
                           u"赵医 village_doctor 13800000013"_s });

    const Person registered = PersonRepository(store).byIdNumber(li);
    CHECK(registered.name == u"李二"_s);
    CHECK(registered.regionId == t.villageId(1));
    CHECK(registered.phone == u"13900000002"_s);
    CHECK(scalar(store, u"SELECT address FROM households WHERE id = '%1'"_s.arg(registered.householdId))
          == u"东村一组8号"_s);
    const ControlMeasure released = measureOf(store, li);
    CHECK(released.startedOn == QDate(2022, 3, 1));
    CHECK(released.plannedEndOn == QDate(2022, 3, 14));
    CHECK(released.releasedOn == QDate(2022, 3, 15));
    CHECK(released.releaseReason == u"期满解除"_s);
    CHECK(cadresOf(store, released)
          == QStringList { u"王镇 township_cadre 13800000011"_s, u"李村 village_cadre 13800000012"_s });

    CHECK(scalar(store, u"SELECT count(*) FROM audit_log WHERE action = 'bulk' "
                        "AND table_name = 'control_measures'"_s)
          == u"1"_s);
}

TEST_CASE("A home isolation ledger with a column for each role of 五包一 imports the cadres", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    const QString zhang = syntheticIdNumber(u"19800101"_s, 11);
    const QString wang = syntheticIdNumber(u"19700707"_s, 31);
    const QString zhao = syntheticIdNumber(u"19900909"_s, 41);
    addPerson(t, u"张一"_s, zhang);
    addPerson(t, u"王二"_s, wang);
    addPerson(t, u"赵三"_s, zhao);

    const QString path = t.dir.filePath(u"五包一.xlsx"_s);
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Sheet1");
    write(ws, 0, { u"姓名"_s, u"身份证号"_s, u"开始日期"_s, u"镇干部"_s, u"村干部"_s, u"村干部电话"_s,
                   u"医生"_s, u"民警"_s, u"网格员"_s, u"志愿者"_s, u"是否张贴隔离卡"_s });
    write(ws, 1, { u"张一"_s, zhang, u"2022-03-10"_s, u"王镇 13800000011"_s, u"李村"_s,
                   u"13800000012"_s, u"赵医/13800000013"_s, u"钱警 13800000014"_s,
                   u"孙格 13800000015"_s, {}, u"是"_s });
    write(ws, 2, { u"王二"_s, wang, u"2022-03-11"_s, {}, {}, {}, {}, u"钱警"_s, {},
                   u"周志 13800000016"_s, u"否"_s });
    // Six cadres: more than 五包一 allows.
    write(ws, 3, { u"赵三"_s, zhao, u"2022-03-12"_s, u"王镇"_s, u"李村"_s, {}, u"赵医"_s,
                   u"钱警"_s, u"孙格"_s, u"周志"_s });
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(optionsFor(u"home_isolation"_s));
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 1);
    CHECK(counts->fixed == 1); // the volunteer
    CHECK(counts->refused == 1);
    CHECK(verdictOf(import, 4).note.contains(u"5"_s));
    REQUIRE(import.commit().ok());

    const ControlMeasure first = measureOf(store, zhang);
    CHECK(first.cardPosted);
    CHECK(cadresOf(store, first)
          == QStringList { u"王镇 township_cadre 13800000011"_s, u"李村 village_cadre 13800000012"_s,
                           u"赵医 village_doctor 13800000013"_s, u"钱警 police_officer 13800000014"_s,
                           u"孙格 grid_worker 13800000015"_s });
    const ControlMeasure second = measureOf(store, wang);
    CHECK_FALSE(second.cardPosted);
    CHECK(second.startedOn == QDate(2022, 3, 11));
    CHECK(second.plannedEndOn == QDate(2022, 3, 24)); // 14 days, from the policy
    CHECK(cadresOf(store, second)
          == QStringList { u"钱警 police_officer 13800000014"_s, u"周志 grid_worker 13800000016"_s });
    CHECK(PersonRepository(store).byIdNumber(zhao).id.size() > 0);
    CHECK(scalar(store, u"SELECT count(*) FROM control_measures"_s) == u"2"_s);
}

TEST_CASE("A central isolation ledger finds its sites by name and keeps to their places", "[import]")
{
    TownshipStore t;
    Store &store = *t.store;
    IsolationSiteRepository sites(store);
    IsolationSite small;
    small.name = u"如家酒店集中隔离点"_s;
    small.capacity = 1;
    const QString smallId = sites.add(small).value();
    IsolationSite large;
    large.name = u"县宾馆"_s;
    large.capacity = 10;
    const QString largeId = sites.add(large).value();
    const QString ids[] = { syntheticIdNumber(u"19800101"_s, 11), syntheticIdNumber(u"19700707"_s, 31),
                            syntheticIdNumber(u"19900909"_s, 41), syntheticIdNumber(u"19600606"_s, 51) };
    const char *names[] = { "张一", "王二", "赵三", "钱四" };
    for (int i = 0; i < 4; ++i)
        addPerson(t, QString::fromUtf8(names[i]), ids[i]);

    const QString path = t.dir.filePath(u"集中隔离.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"姓名,身份证号,隔离点,入住时间,预计解除日期\n"
               "张一,%1,如家酒店,2022-03-10 14:30,2022-03-23\n"
               "王二,%2,如家酒店集中隔离点,2022-03-11,\n"
               "赵三,%3,未知酒店,2022-03-11,\n"
               "钱四,%4,县宾馆,2022/3/12,\n"_s.arg(ids[0], ids[1], ids[2], ids[3]).toUtf8());
    file.close();

    LedgerImport import(store);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(optionsFor(u"central_isolation"_s));
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->ok == 1);
    CHECK(counts->fixed == 1);
    CHECK(counts->refused == 2);
    CHECK(verdictOf(import, 2).note.contains(u"如家酒店集中隔离点"_s));
    CHECK(verdictOf(import, 3).note.contains(u"full"_s));
    CHECK(verdictOf(import, 4).note.contains(u"县宾馆"_s)); // the sites there are
    REQUIRE(import.commit().ok());

    const ControlMeasure first = measureOf(store, ids[0]);
    CHECK(first.kind == u"central_isolation"_s);
    CHECK(first.siteId == smallId);
    CHECK(first.startedOn == QDate(2022, 3, 10));
    CHECK(first.plannedEndOn == QDate(2022, 3, 23));
    CHECK(measureOf(store, ids[3]).siteId == largeId);
    CHECK(sites.occupied(smallId) == 1);
    CHECK(scalar(store, u"SELECT count(*) FROM control_measures"_s) == u"2"_s);
}

TEST_CASE("The home isolation registry exported with full data imports back as the same measures", "[import]")
{
    const QString zhang = syntheticIdNumber(u"19800101"_s, 11);
    const QString li = syntheticIdNumber(u"19820202"_s, 22);
    TownshipStore from;
    Store &source = *from.store;
    {
        Person p;
        p.name = u"张一"_s;
        p.idNumber = zhang;
        p.phone = u"13900000001"_s;
        p.regionId = from.villageId(2);
        const QString zhangId = PersonRepository(source).add(p).value();
        p.name = u"李二"_s;
        p.idNumber = li;
        p.phone.clear();
        p.regionId = from.villageId(1);
        const QString liId = PersonRepository(source).add(p).value();
        MeasureRepository measures(source);
        ControlMeasure m;
        m.personId = liId;
        m.startedOn = QDate(2022, 3, 1);
        m.cardPosted = true;
        m.notes = u"独居"_s;
        auto released = measures.add(m, { { {}, {}, u"王镇"_s, u"township_cadre"_s, u"13800000011"_s } },
                                     QDate(2022, 3, 1));
        REQUIRE(released.ok());
        REQUIRE(measures.release(released.value(), QDate(2022, 3, 14), u"期满解除"_s, QDate(2022, 3, 15)).ok());
        m.personId = zhangId;
        m.startedOn = QDate(2022, 3, 10);
        m.cardPosted = false;
        m.agreementSigned = true;
        m.cameraInstalled = true;
        m.notes.clear();
        REQUIRE(measures.add(m,
                             { { {}, {}, u"王镇"_s, u"township_cadre"_s, u"13800000011"_s },
                               { {}, {}, u"赵医"_s, u"village_doctor"_s, u"13800000013"_s },
                               { {}, {}, u"孙格"_s, u"grid_worker"_s, u"13800000015"_s } },
                             QDate(2022, 3, 10))
                    .ok());
    }
    RegistryFilter filter;
    filter.fullData = true;
    filter.reason = QStringLiteral("round trip of the import");
    RegistryQuery query(source, RegistryCatalog::find(u"home_isolation"_s), filter);
    const QString path = from.dir.filePath(u"home_isolation.xlsx"_s);
    auto exported = XlsxExport::write(query, path, {}, today);
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());
    REQUIRE(exported.value() == 2);

    TownshipStore to;
    Store &target = *to.store;
    LedgerImport import(target);
    REQUIRE(import.open(path).ok());
    auto counts = import.dryRun(optionsFor(u"home_isolation"_s));
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    INFO(described(import));
    CHECK(counts->taken() == 2);
    CHECK(counts->refused == 0);
    REQUIRE(import.commit().ok());

    for (const QString &id : { zhang, li }) {
        const ControlMeasure a = measureOf(source, id);
        const ControlMeasure b = measureOf(target, id);
        CHECK(b.startedOn == a.startedOn);
        CHECK(b.plannedEndOn == a.plannedEndOn);
        CHECK(b.releasedOn == a.releasedOn);
        CHECK(b.releaseReason == a.releaseReason);
        CHECK(b.cardPosted == a.cardPosted);
        CHECK(b.agreementSigned == a.agreementSigned);
        CHECK(b.cameraInstalled == a.cameraInstalled);
        CHECK(b.notes == a.notes);
        CHECK(cadresOf(target, b) == cadresOf(source, a));
        const Person pa = PersonRepository(source).byIdNumber(id);
        const Person pb = PersonRepository(target).byIdNumber(id);
        CHECK(pb.name == pa.name);
        CHECK(pb.phone == pa.phone);
        CHECK(pb.gender == pa.gender);
        CHECK(pb.regionId == (id == zhang ? to.villageId(2) : to.villageId(1)));
    }
    // Imported again, every row is a duplicate.
    LedgerImport again(target);
    REQUIRE(again.open(path).ok());
    auto twice = again.dryRun(optionsFor(u"home_isolation"_s));
    REQUIRE(twice.ok());
    CHECK(twice->duplicates == 2);
}
