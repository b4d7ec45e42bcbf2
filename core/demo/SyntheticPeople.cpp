#include "SyntheticPeople.h"

#include "../people/IdNumber.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QString surnames
    = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
      "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
      "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"_s;
const QString maleChars
    = u"伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国志成海峰亮东文庆春"
      "德福生祥瑞振兴立金永胜学家庭树"_s;
const QString femaleChars
    = u"芳娜敏静丽艳娟霞秀玲燕桂英华红梅琳萍雪琴云洁慧颖倩婷玉兰凤莉丹月莹佳欣悦晶璐妍"
      "春翠荣淑珍美"_s;
const QStringList origins = {
    u"北京市朝阳区"_s,
    u"上海市浦东新区"_s,
    u"广东省深圳市"_s,
    u"山东省青岛市"_s,
    u"浙江省杭州市"_s,
    u"江苏省苏州市"_s,
    u"吉林省长春市"_s,
    u"天津市滨海新区"_s,
    u"河北省石家庄市"_s,
    u"陕西省西安市"_s,
    u"湖北省武汉市"_s,
    u"辽宁省大连市"_s,
};

} // namespace

SyntheticPeople::SyntheticPeople(quint64 seed)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 1)
{ }

quint64 SyntheticPeople::next()
{
    // splitmix64
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int SyntheticPeople::below(int bound)
{
    return bound <= 0 ? 0 : int(next() % quint64(bound));
}

bool SyntheticPeople::chance(double probability)
{
    return double(next() >> 11) * 0x1.0p-53 < probability;
}

QString SyntheticPeople::surname()
{
    // The first surnames are far more common: take the smaller of two draws, twice.
    const int n = int(surnames.size());
    const int index = std::min({ below(n), below(n), below(n) });
    return surnames.mid(index, 1);
}

QString SyntheticPeople::givenName(bool male)
{
    const QString &chars = male ? maleChars : femaleChars;
    QString name = chars.mid(below(int(chars.size())), 1);
    if (chance(0.65))
        name += chars.mid(below(int(chars.size())), 1);
    return name;
}

namespace {

// The first 17 digits as one number: region, yyyyMMdd, sequence. Kept as digits, not text,
// because a demo township makes hundreds of thousands of them.
quint64 idStem(const QString &regionPrefix, QDate birthDate)
{
    return (regionPrefix.left(6).toULongLong() * 100'000'000ull
               + quint64(birthDate.year() * 10000 + birthDate.month() * 100 + birthDate.day()))
        * 1000;
}

QString idNumberText(quint64 key)
{
    char16_t digits[18];
    quint64 rest = key;
    for (int i = 16; i >= 0; --i, rest /= 10)
        digits[i] = char16_t(u'0' + rest % 10);
    digits[17] = IdNumber::checkCharacter(QStringView(digits, 17)).unicode();
    return QString(reinterpret_cast<const QChar *>(digits), 18);
}

} // namespace

QString SyntheticPeople::idNumber(const QString &regionPrefix, QDate birthDate, bool male)
{
    const quint64 stem = idStem(regionPrefix, birthDate);
    for (int attempt = 0; attempt < 2000; ++attempt) {
        // Sequence: odd for men, even for women.
        int sequence = below(500) * 2 + (male ? 1 : 0);
        if (sequence == 0)
            sequence = 2;
        const quint64 key = stem + quint64(sequence);
        if (!m_issued.contains(key)) {
            m_issued.insert(key);
            return idNumberText(key);
        }
    }
    Q_ASSERT_X(false, "SyntheticPeople::idNumber", "sequence numbers exhausted for one birth date");
    return {};
}

QString SyntheticPeople::idNumberOf(const QString &regionPrefix, QDate birthDate, int sequence)
{
    return idNumberText(idStem(regionPrefix, birthDate) + quint64(sequence));
}

QString SyntheticPeople::mobile()
{
    static const char *const prefixes[] = { "133", "135", "136", "137", "138", "139", "150", "151",
        "152", "155", "158", "159", "176", "177", "180", "182", "186", "187", "188", "189", "199" };
    return QString::fromLatin1(pick(prefixes))
        + u"%1"_s.arg(next() % 100000000ull, 8, 10, QLatin1Char('0'));
}

QString SyntheticPeople::origin()
{
    return pick(origins);
}
