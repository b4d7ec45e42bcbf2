#include "people/Pinyin.h"

#include <QStringList>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString joined(const QString &name)
{
    return QString::fromLatin1(Pinyin::syllables(name.toUtf8()).join(' '));
}

QStringList inPinyinOrder(QStringList names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return Pinyin::sortKey(a.toUtf8()) < Pinyin::sortKey(b.toUtf8());
    });
    return names;
}

} // namespace

TEST_CASE("reads each Han character of a name as a pinyin syllable without tones")
{
    CHECK(joined(u"张三丰"_s) == u"zhang san feng"_s);
    CHECK(joined(u"王芳"_s) == u"wang fang"_s);
    CHECK(joined(u"欧阳建国"_s) == u"ou yang jian guo"_s);
}

TEST_CASE("leaves out what is not a Han character")
{
    CHECK(joined(u"阿依古丽·买买提"_s) == u"a yi gu li mai mai ti"_s);
    CHECK(joined(u"赵 敏"_s) == u"zhao min"_s);
    CHECK(joined(u"Anna Li"_s).isEmpty());
    CHECK(joined(QString()).isEmpty());
}

TEST_CASE("reads a polyphonic surname with its surname reading")
{
    CHECK(joined(u"曾国藩"_s) == u"zeng guo fan"_s);
    CHECK(joined(u"单雄信"_s) == u"shan xiong xin"_s);
    CHECK(joined(u"解缙"_s) == u"xie jin"_s);
    CHECK(joined(u"区美华"_s) == u"ou mei hua"_s);
    CHECK(joined(u"仇英"_s) == u"qiu ying"_s);
    CHECK(joined(u"朴正浩"_s) == u"piao zheng hao"_s);
    CHECK(joined(u"查良镛"_s) == u"zha liang yong"_s);
    CHECK(joined(u"尉迟恭"_s) == u"yu chi gong"_s);
}

TEST_CASE("reads a polyphonic character with its common reading when it is not the surname")
{
    CHECK(joined(u"王曾"_s) == u"wang ceng"_s);
    CHECK(joined(u"李单"_s) == u"li dan"_s);
}

TEST_CASE("sorts names in pinyin order, not by code point")
{
    const QStringList names
        = { u"张伟"_s, u"于洋"_s, u"丁一"_s, u"王芳"_s, u"陈红"_s, u"白雪"_s, u"阿明"_s };
    CHECK(inPinyinOrder(names)
        == QStringList {
            u"阿明"_s, u"白雪"_s, u"陈红"_s, u"丁一"_s, u"王芳"_s, u"于洋"_s, u"张伟"_s });
}

TEST_CASE("sorts a polyphonic surname under its surname reading")
{
    // 曾 as a surname is zeng: after yu, before zhang (ICU alone would put it under c).
    const QStringList names
        = { u"张伟"_s, u"曾国藩"_s, u"于洋"_s, u"陈红"_s, u"单雄信"_s, u"王芳"_s };
    CHECK(inPinyinOrder(names)
        == QStringList { u"陈红"_s, u"单雄信"_s, u"王芳"_s, u"于洋"_s, u"曾国藩"_s, u"张伟"_s });
}

TEST_CASE("sorts a name before the longer names it begins")
{
    CHECK(inPinyinOrder({ u"张三丰"_s, u"张三"_s, u"张"_s })
        == QStringList { u"张"_s, u"张三"_s, u"张三丰"_s });
}

TEST_CASE("names the ICU version the readings come from")
{
    const QString version = Pinyin::icuVersion();
    CHECK_FALSE(version.isEmpty());
    CHECK(version.front().isDigit());
}
