#include "TestSupport.h"

#include "people/PersonRepository.h"
#include "store/AuditLog.h"
#include "store/IntegrityCheck.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// A township with five audit entries (three persons added, one changed, one removed), closed
// so that another program may open its file.
struct ChainFixture : TownshipStore
{
    ChainFixture()
    {
        PersonRepository persons(*store);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            Person p;
            p.name = QStringList { u"张伟"_s, u"李娜"_s, u"王芳"_s }[i];
            p.regionId = villageId(1);
            p.idNumber = syntheticIdNumber(u"19900101"_s, 120 + i);
            auto id = persons.add(p);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            ids << id.value();
        }
        Person changed = persons.byId(ids[0]);
        changed.name = u"张卫"_s;
        REQUIRE(persons.update(changed).ok());
        REQUIRE(persons.remove(ids[2], { u"moved_out"_s, u"青岛市"_s }).ok());
        REQUIRE(AuditLog::verify(*store).isEmpty());
        QSqlQuery last(store->db());
        REQUIRE(last.exec(u"SELECT max(seq) FROM audit_log"_s));
        REQUIRE(last.next());
        lastSeq = last.value(0).toInt();
        REQUIRE(lastSeq >= 5);
        store.reset();
    }

    // Runs SQL on the store's file with the sqlite3 shell, as anyone with the file could.
    QString shell(const QString &sql) const
    {
        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        REQUIRE_FALSE(sqlite3.isEmpty());
        QProcess p;
        p.start(sqlite3, { path(), sql });
        REQUIRE(p.waitForFinished());
        return QString::fromUtf8(p.readAllStandardError()).trimmed();
    }

    int lastSeq = 0;

    QStringList problems()
    {
        auto opened = Store::open(path());
        REQUIRE(opened.ok());
        const QStringList found = AuditLog::verify(*opened.value());
        // The store's check names the same breaks.
        const QStringList checked = IntegrityCheck::run(*opened.value());
        for (const QString &problem : found)
            CHECK(checked.contains(problem));
        return found;
    }
};

const QString dropTriggers = u"DROP TRIGGER audit_log_append_only_update; "
                             "DROP TRIGGER audit_log_append_only_delete; "_s;

} // namespace

TEST_CASE("the audit log refuses changes and removals even from a database tool", "[audit]")
{
    ChainFixture f;
    CHECK(f.shell(u"UPDATE audit_log SET user_name = '某人' WHERE seq = 2"_s).contains(u"append-only"_s));
    CHECK(f.shell(u"DELETE FROM audit_log WHERE seq = 2"_s).contains(u"append-only"_s));
    CHECK(f.problems().isEmpty());
}

TEST_CASE("a chain edited, cut, added to or reordered with sqlite3 is found and the first broken "
          "entry named",
          "[audit]")
{
    ChainFixture f;
    QString expected;
    SECTION("an entry edited")
    {
        REQUIRE(f.shell(dropTriggers + u"UPDATE audit_log SET user_name = '某人' WHERE seq = 2"_s).isEmpty());
        expected = u"was changed at entry 2"_s;
    }
    SECTION("an entry's values edited")
    {
        REQUIRE(f.shell(dropTriggers + u"UPDATE audit_log SET after_json = '{\"name\":\"李四\"}' WHERE seq = 4"_s).isEmpty());
        expected = u"was changed at entry 4"_s;
    }
    SECTION("an entry removed")
    {
        REQUIRE(f.shell(dropTriggers + u"DELETE FROM audit_log WHERE seq = 3"_s).isEmpty());
        expected = u"lacks the entries before entry 4"_s;
    }
    SECTION("the first entries removed")
    {
        REQUIRE(f.shell(dropTriggers + u"DELETE FROM audit_log WHERE seq <= 2"_s).isEmpty());
        expected = u"lacks the entries before entry 3"_s;
    }
    SECTION("an entry put in with the next number")
    {
        REQUIRE(f.shell(u"INSERT INTO audit_log (id, at, user_name, table_name, row_id, action, "
                        "seq, prev_hash, hash, updated_hlc, origin) SELECT 'forged', at, '某人', "
                        "table_name, row_id, 'update', seq + 1, hash, hash, updated_hlc + 1, origin "
                        "FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"_s).isEmpty());
        expected = u"was changed at entry %1"_s.arg(f.lastSeq + 1);
    }
    SECTION("an entry put in the middle")
    {
        REQUIRE(f.shell(u"INSERT INTO audit_log (id, at, user_name, table_name, row_id, action, "
                        "seq, prev_hash, hash, updated_hlc, origin) SELECT 'forged', at, '某人', "
                        "table_name, row_id, 'update', 3, prev_hash, hash, updated_hlc - 1, origin "
                        "FROM audit_log WHERE seq = 3"_s).isEmpty());
        expected = u"at entry 3"_s;
    }
    SECTION("an entry put in without a number")
    {
        REQUIRE(f.shell(u"INSERT INTO audit_log (id, at, user_name, table_name, row_id, action, "
                        "updated_hlc, origin) SELECT 'forged', at, '某人', table_name, row_id, "
                        "'update', updated_hlc + 1, origin FROM audit_log WHERE seq = %1"_s.arg(f.lastSeq)).isEmpty());
        expected = u"1 entries without a number"_s;
    }
    SECTION("two entries swapped")
    {
        REQUIRE(f.shell(dropTriggers + u"UPDATE audit_log SET seq = CASE seq WHEN 2 THEN 3 ELSE 2 END "
                                       "WHERE seq IN (2, 3)"_s).isEmpty());
        expected = u"at entry 2"_s;
    }
    const QStringList found = f.problems();
    INFO(found.join(u'\n').toStdString());
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(expected));
}
