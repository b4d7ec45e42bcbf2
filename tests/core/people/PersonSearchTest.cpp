#include "TestSupport.h"

#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "people/PersonSearch.h"
#include "people/Pinyin.h"
#include "store/IntegrityCheck.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

qint64 foundCount(Store &store, const QString &text)
{
    PersonQuery::Filter filter;
    filter.text = text;
    const PersonQuery query(store, filter);
    const qint64 n = query.count();
    REQUIRE(query.error().isEmpty());
    return n;
}

QString storedIcuVersion(Store &store)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT value FROM settings WHERE key = 'icu_version'"_s));
    return q.next() ? q.value(0).toString() : QString();
}

void exec(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// A township with 张三 in it, indexed; then the search index is emptied behind the program's
// back, which a reopened store only notices when it makes the index again.
struct EmptiedIndex : TownshipStore
{
    EmptiedIndex()
    {
        Person p;
        p.name = u"张三"_s;
        p.regionId = villageId(1);
        p.idNumber = syntheticIdNumber();
        REQUIRE(PersonRepository(*store).add(p).ok());
        REQUIRE(foundCount(*store, u"zhangsan"_s) == 1);
        exec(*store, u"INSERT INTO person_search (person_search) VALUES ('delete-all')"_s);
        REQUIRE(foundCount(*store, u"zhangsan"_s) == 0);
    }
};

} // namespace

TEST_CASE("a new store records the ICU version its indexes were made with")
{
    TempStore t;
    t.open();
    CHECK(storedIcuVersion(*t.store) == Pinyin::icuVersion());
}

TEST_CASE("makes the search index again when the store was indexed by another ICU version")
{
    EmptiedIndex t;
    exec(*t.store, u"UPDATE settings SET value = '1.0' WHERE key = 'icu_version'"_s);
    t.open();
    CHECK(storedIcuVersion(*t.store) == Pinyin::icuVersion());
    CHECK(foundCount(*t.store, u"zhangsan"_s) == 1);
    CHECK(foundCount(*t.store, u"zs"_s) == 1);
    CHECK(foundCount(*t.store, u"张三"_s) == 1);
    CHECK(IntegrityCheck::run(*t.store).isEmpty());
}

TEST_CASE("makes the search index again when the store does not say which ICU made it")
{
    EmptiedIndex t;
    exec(*t.store, u"DELETE FROM settings WHERE key = 'icu_version'"_s);
    t.open();
    CHECK(storedIcuVersion(*t.store) == Pinyin::icuVersion());
    CHECK(foundCount(*t.store, u"zhangsan"_s) == 1);
}

TEST_CASE("keeps the search index when the store was indexed by this ICU version")
{
    EmptiedIndex t;
    t.open();
    // Nothing was made again: opening a million persons stays fast.
    CHECK(foundCount(*t.store, u"zhangsan"_s) == 0);
}

TEST_CASE("the address of a household is indexed by its pairs of characters")
{
    CHECK(PersonSearch::addressTokens("三组 2号") == "三组 组2 2号");
    // Punctuation is left out, as the tokenizer would take it for a separator.
    CHECK(PersonSearch::addressTokens("No. 7") == "no o7");
    CHECK(PersonSearch::addressTokens("村") == "村");
}

TEST_CASE("a name is indexed with its pinyin initials and syllables")
{
    const QByteArray tokens = PersonSearch::tokens("张三丰", {}, {});
    CHECK(tokens.split(' ').contains("qzsf"));
    CHECK(tokens.split(' ').contains("pzhangsanfeng"));
    CHECK(tokens.split(' ').contains("psanfeng"));
    CHECK_FALSE(tokens.split(' ').contains("pfeng"));
    const QByteArray latin = PersonSearch::tokens("Anna Li", {}, {});
    CHECK_FALSE(latin.contains('q'));
}
