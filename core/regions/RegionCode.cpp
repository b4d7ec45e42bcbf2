#include "RegionCode.h"

#include "../people/TextNormalizer.h"

using namespace Qt::StringLiterals;

namespace {

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

} // namespace

QString RegionCode::normalized(const QString &text)
{
    QString folded = TextNormalizer::foldWidth(text);
    folded.remove(u' ');
    return folded;
}

int RegionCode::levelOf(const QString &code)
{
    if (!allDigits(code))
        return -1;
    if (code.size() == 15)
        return Region::Group;
    if (code.size() == 18)
        return Region::Grid;
    if (code.size() != 12 || code.startsWith(u"000000"_s))
        return -1;
    if (code.endsWith(u"000000"_s))
        return Region::County;
    if (code.endsWith(u"000"_s))
        return Region::Township;
    return Region::Village;
}

QString RegionCode::villageOf(const QString &code)
{
    return levelOf(code) >= Region::Village ? code.left(12) : QString();
}

QString RegionCode::problem(const QString &code, Region::Level level, const QString &parentCode)
{
    switch (level) {
    case Region::County:
    case Region::Township:
        if (levelOf(code) != level)
            return level == Region::County
                    ? tr("A county code has 12 digits and ends in 000000, such as 370285000000.")
                    : tr("A township code has 12 digits and ends in 000 (but not 000000), such as "
                         "370285105000.");
        return {};
    case Region::Village:
        if (levelOf(code) != Region::Village)
            return tr("A village code has 12 digits and does not end in 000, such as 370285105201.");
        if (!parentCode.isEmpty() && !code.startsWith(parentCode.left(9)))
            return tr("The village code %1 does not belong to the township %2: its first nine "
                      "digits must be %3.")
                    .arg(code, parentCode, parentCode.left(9));
        return {};
    case Region::Group:
    case Region::Grid:
        if (levelOf(code) != level || !code.startsWith(parentCode))
            return tr("The code %1 must be the code %2 followed by three digits.").arg(code, parentCode);
        return {};
    }
    Q_UNREACHABLE();
}
