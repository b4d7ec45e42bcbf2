#include "Plate.h"

using namespace Qt::StringLiterals;

namespace {

// The provinces' one-character abbreviations, and those of embassy and consular plates.
const QString provinces = u"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"_s;
// Last characters of special ordinary plates: coach, police, trailer, Hong Kong and Macau.
const QString specialEnds = u"学警挂港澳"_s;

bool isLetter(QChar c)
{
    // I and O are never used, so that they are not read as 1 and 0.
    return c >= u'A' && c <= u'Z' && c != u'I' && c != u'O';
}

bool isLetterOrDigit(QChar c)
{
    return isLetter(c) || (c >= u'0' && c <= u'9');
}

} // namespace

Result<QString> Plate::normalize(const QString &text)
{
    QString plate;
    for (QChar c : text) {
        // Full-width ASCII (Ａ, １) is the half-width form shifted by 0xFEE0.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        if (c.isSpace() || c == u'·' || c == u'.' || c == u'-' || c == u'•')
            continue;
        plate += c.toUpper();
    }
    using R = Result<QString>;
    if (plate.isEmpty())
        return R::failure(tr("Enter the plate."));
    if (!provinces.contains(plate.at(0)))
        return R::failure(
            tr("A plate starts with the province's character, such as 鲁 or 京; %1 does not.")
                .arg(plate));
    if (plate.size() < 2 || !isLetter(plate.at(1)))
        return R::failure(
            tr("The second character of a plate is the city's letter, such as B in 鲁B; %1 "
               "has none.")
                .arg(plate));
    const QString rest = plate.mid(2);
    if (plate.size() == 7) {
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (!isLetterOrDigit(rest.at(i))
                && !(i == rest.size() - 1 && specialEnds.contains(rest.at(i))))
                return R::failure(
                    tr("%1 is not a plate: after the city letter come five letters and digits.")
                        .arg(plate));
        }
        return plate;
    }
    if (plate.size() == 8) {
        const bool small = rest.at(0) == u'D' || rest.at(0) == u'F';
        const bool large = rest.back() == u'D' || rest.back() == u'F';
        bool digitsAndLetters = true;
        for (QChar c : rest)
            digitsAndLetters = digitsAndLetters && isLetterOrDigit(c);
        if ((small || large) && digitsAndLetters)
            return plate;
        return R::failure(
            tr("%1 is not a new-energy plate: it has D or F right after the city letter, or "
               "at the end.")
                .arg(plate));
    }
    return R::failure(tr("A plate has 7 characters, or 8 for a new-energy vehicle; %1 has %2.")
                          .arg(plate)
                          .arg(plate.size()));
}
