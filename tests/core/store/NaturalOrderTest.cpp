#include "TestSupport.h"

#include "store/NaturalOrder.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

int compare(const QString &a, const QString &b)
{
    return NaturalOrder::compare(a.toUtf8(), b.toUtf8());
}

} // namespace

TEST_CASE("house numbers sort by their value, not digit by digit", "[store]")
{
    CHECK(compare(u"东村一组2号"_s, u"东村一组10号"_s) < 0);
    CHECK(compare(u"东村一组10号"_s, u"东村一组9号"_s) > 0);
    CHECK(compare(u"No. 2"_s, u"No. 2"_s) == 0);
    CHECK(compare(u"3栋2单元101"_s, u"3栋10单元101"_s) < 0);
    // Leading zeros do not change the value, but the order stays total.
    CHECK(compare(u"7号"_s, u"07号"_s) != 0);
    CHECK(compare(u"07号"_s, u"8号"_s) < 0);
    // A shorter text that is a prefix comes first; other text by code point.
    CHECK(compare(u"东村"_s, u"东村一组"_s) < 0);
    CHECK(compare(u"东村"_s, u"西村"_s) < 0);
}

TEST_CASE("the store sorts addresses with the tl_natural collation", "[store]")
{
    TempStore t;
    QSqlQuery q(t.open().db());
    REQUIRE(q.exec(u"SELECT a FROM (SELECT '西村12号' a UNION ALL SELECT '西村2号' UNION ALL "
                   "SELECT '东村10号' UNION ALL SELECT '东村9号') ORDER BY a COLLATE tl_natural"_s));
    QStringList order;
    while (q.next())
        order << q.value(0).toString();
    CHECK(order == QStringList { u"东村9号"_s, u"东村10号"_s, u"西村2号"_s, u"西村12号"_s });
}
