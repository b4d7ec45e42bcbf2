#include "TestSupport.h"

#include "import/XlsxWorkbook.h"
#include "people/PersonRepository.h"
#include "store/AuditLog.h"
#include "users/AuditExport.h"
#include "users/UserRepository.h"

#include <QTemporaryDir>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QString password = u"chunjie2022"_s;

// 王站长 (administrator) adds one person, 李会计 (clerk) two, and changes the phone of one.
struct TrailFixture : TownshipStore
{
    QString wangsPerson;
    QString lisPerson;

    TrailFixture()
    {
        UserRepository users(*store);
        REQUIRE(users.add(u"王站长"_s, Role::Administrator, password).ok());
        REQUIRE(users.add(u"李会计"_s, Role::Clerk, password).ok());
        PersonRepository persons(*store);
        wangsPerson = add(u"周一"_s, 1);
        logIn(u"李会计"_s);
        lisPerson = add(u"吴二"_s, 2);
        (void)add(u"郑三"_s, 3);
        Person p = persons.byId(lisPerson);
        REQUIRE(p.id == lisPerson);
        p.phone = u"13900000002"_s;
        REQUIRE(persons.update(p).ok());
        logIn(u"王站长"_s);
    }

    QString add(const QString &name, int sequence)
    {
        Person p;
        p.name = name;
        p.regionId = villageId(1);
        p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
        p.phone = u"13800000001"_s;
        auto id = PersonRepository(*store).add(p);
        REQUIRE(id.ok());
        return id.value();
    }

    void logIn(const QString &name) { REQUIRE(UserRepository(*store).logIn(name, password).ok()); }

    qint64 count(const AuditLog::Filter &filter)
    {
        auto n = AuditLog::count(*store, filter);
        INFO(n.error().toStdString());
        REQUIRE(n.ok());
        return n.value();
    }
};

class RowsKept : public SheetSink
{
public:
    QList<QStringList> rows;
    bool row(const SheetRow &row) override
    {
        QStringList texts;
        for (const SheetCell &cell : row.cells)
            texts << cell.text;
        rows << texts;
        return true;
    }
};

} // namespace

TEST_CASE("The audit viewer finds entries by user, table, record and day", "[users][audit]")
{
    TrailFixture f;
    AuditLog::Filter byLi;
    byLi.userName = u"李会计"_s;
    CHECK(f.count(byLi) == 3);
    byLi.table = u"persons"_s;
    const auto found = AuditLog::find(*f.store, byLi);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 3);
    // Newest first: the change, then the two added.
    CHECK(found->at(0).action == u"update"_s);
    CHECK(found->at(0).changed == QStringList { u"phone"_s });
    CHECK(found->at(0).afterJson == u"{\"phone\":\"***\"}"_s);
    CHECK(found->at(0).seq > found->at(1).seq);

    AuditLog::Filter record;
    record.rowId = f.lisPerson;
    CHECK(f.count(record) == 2);
    record.rowId = u" "_s + f.lisPerson + u" "_s; // as pasted
    CHECK(f.count(record) == 2);
    const auto paged = AuditLog::find(*f.store, {}, 1, 2);
    REQUIRE(paged.ok());
    CHECK(paged->size() == 2);

    AuditLog::Filter days;
    days.from = QDate::currentDate();
    days.to = QDate::currentDate();
    CHECK(f.count(days) == f.count({}));
    days.from = QDate::currentDate().addDays(1);
    days.to = {};
    CHECK(f.count(days) == 0);
    days.from = {};
    days.to = QDate::currentDate().addDays(-1);
    CHECK(f.count(days) == 0);

    CHECK(AuditLog::userNames(*f.store).contains(u"李会计"_s));
    const QStringList tables = AuditLog::tables(*f.store);
    CHECK(tables.contains(u"persons"_s));
    CHECK(tables.contains(u"users"_s));
    CHECK_FALSE(tables.contains(u"checkpoints"_s));
}

TEST_CASE("Only an administrator reads or exports the audit trail", "[users][audit][rights]")
{
    TrailFixture f;
    f.logIn(u"李会计"_s);
    CHECK(AuditLog::find(*f.store, {}).error().contains(u"李会计"_s));
    CHECK(AuditLog::count(*f.store, {}).error().contains(u"李会计"_s));
    QTemporaryDir folder;
    const QString path = folder.filePath(u"trail.xlsx"_s);
    CHECK(AuditExport::write(*f.store, {}, path).error().contains(u"李会计"_s));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The audit trail exports to xlsx in the viewer's words, with nothing personal",
          "[users][audit]")
{
    TrailFixture f;
    QTemporaryDir folder;
    const QString path = folder.filePath(u"trail.xlsx"_s);
    AuditLog::Filter filter;
    filter.table = u"persons"_s;
    const auto written = AuditExport::write(*f.store, filter, path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 4);

    auto workbook = XlsxWorkbook::open(path);
    REQUIRE(workbook.ok());
    RowsKept sheet;
    REQUIRE(workbook.value()->read(0, sheet).ok());
    REQUIRE(sheet.rows.size() == 3 + 4);
    CHECK(sheet.rows[0].value(0).contains(u"Audit trail of"_s));
    CHECK(sheet.rows[1].value(0) == u"records of Person"_s);
    CHECK(sheet.rows[2].value(1) == u"User"_s);
    const QStringList change = sheet.rows[3];
    CHECK(change.value(1) == u"李会计"_s);
    CHECK(change.value(2) == u"Changed"_s);
    CHECK(change.value(3) == u"Person"_s);
    CHECK(change.value(4) == f.lisPerson);
    CHECK(change.value(5) == u"Phone"_s);
    CHECK(change.value(7) == u"Phone: ***"_s);
    CHECK(sheet.rows.last().value(1) == u"王站长"_s);
    for (const QStringList &row : sheet.rows) {
        const QString all = row.join(u'|');
        CHECK_FALSE(all.contains(u"1380000"_s));
        CHECK_FALSE(all.contains(u"1390000"_s));
        CHECK_FALSE(all.contains(syntheticIdNumber(u"19800101"_s, 2)));
    }
}
