#include "TestSupport.h"

#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "store/IntegrityCheck.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QStringList addPeople(TownshipStore &t)
{
    QStringList ids;
    int sequence = 101;
    for (const QString &name : { u"张伟"_s, u"李娜"_s, u"王芳"_s }) {
        Person p;
        p.name = name;
        p.regionId = t.villageId(1);
        p.idNumber = syntheticIdNumber(u"19800101"_s, sequence++);
        auto id = PersonRepository(*t.store).add(p);
        REQUIRE(id.ok());
        ids << id.value();
    }
    return ids;
}

} // namespace

TEST_CASE("a fresh township store has no problems")
{
    TownshipStore t;
    const QStringList problems = IntegrityCheck::run(*t.store);
    INFO(problems.join(u"\n"_s).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("a store with persons added, changed and removed has no problems")
{
    TownshipStore t;
    const QStringList ids = addPeople(t);
    PersonRepository persons(*t.store);
    Person p = persons.byId(ids[0]);
    p.name = u"张卫"_s;
    REQUIRE(persons.update(p).ok());
    REQUIRE(persons.remove(ids[1], { u"moved_out"_s, u"青岛市"_s }).ok());
    const QStringList problems = IntegrityCheck::run(*t.store);
    INFO(problems.join(u"\n"_s).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("a store that was never set up is reported")
{
    TempStore t;
    CHECK_FALSE(IntegrityCheck::run(t.open()).isEmpty());
}

TEST_CASE("reports a search index that lost a person")
{
    TownshipStore t;
    const QStringList ids = addPeople(t);
    REQUIRE(IntegrityCheck::run(*t.store).isEmpty());

    // Take 李娜 out of the search index behind the store's back.
    QSqlQuery q(t.store->db());
    q.prepare(u"INSERT INTO person_search (person_search, rowid, tokens) "
              "SELECT 'delete', rowid, tl_search_tokens(name, id_number, phone) FROM persons "
              "WHERE id = ?"_s);
    q.addBindValue(ids[1]);
    REQUIRE(q.exec());

    PersonQuery::Filter filter;
    filter.text = u"李娜"_s;
    REQUIRE(PersonQuery(*t.store, filter).count() == 0); // the symptom a clerk would see

    const QStringList problems = IntegrityCheck::run(*t.store);
    INFO(problems.join(u"\n"_s).toStdString());
    CHECK_FALSE(problems.isEmpty());
}

TEST_CASE("reports a search index that was emptied")
{
    TownshipStore t;
    addPeople(t);
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"INSERT INTO person_search (person_search) VALUES ('delete-all')"_s));
    CHECK_FALSE(IntegrityCheck::run(*t.store).isEmpty());
}

TEST_CASE("reports a search index entry for nobody")
{
    TownshipStore t;
    addPeople(t);
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"INSERT INTO person_search (rowid, tokens) VALUES (99999, 'x')"_s));
    CHECK_FALSE(IntegrityCheck::run(*t.store).isEmpty());
}

TEST_CASE("reports a row that refers to a missing region")
{
    TownshipStore t;
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"PRAGMA foreign_keys = OFF"_s));
    REQUIRE(q.exec(u"INSERT INTO households (id, region_id, address, updated_hlc, origin) "
                   "VALUES ('h1', 'gone', '东村1号', 1, 'x')"_s));
    REQUIRE(q.exec(u"PRAGMA foreign_keys = ON"_s));
    const QStringList problems = IntegrityCheck::run(*t.store);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"households"_s));
}
