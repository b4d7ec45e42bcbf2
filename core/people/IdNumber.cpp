#include "IdNumber.h"

#include "TextNormalizer.h"

using namespace Qt::StringLiterals;

QChar IdNumber::checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static constexpr char16_t checks[11] = { u'1', u'0', u'X', u'9', u'8', u'7',
                                             u'6', u'5', u'4', u'3', u'2' };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QChar(checks[sum % 11]);
}

Result<IdNumber> IdNumber::parse(const QString &text, QDate today)
{
    using R = Result<IdNumber>;
    const QString id = TextNormalizer::compact(text).toUpper();
    if (id.isEmpty())
        return R::failure(tr("Enter the ID number."));
    if (id.size() != 18)
        return R::failure(tr("An ID number has 18 characters; %1 has %2.").arg(id).arg(id.size()));
    for (int i = 0; i < 17; ++i) {
        if (id[i] < u'0' || id[i] > u'9')
            return R::failure(tr("The first 17 characters of an ID number are digits; character %1 "
                                 "of %2 is not.")
                                      .arg(i + 1)
                                      .arg(id));
    }
    if (!(id[17].isDigit() || id[17] == u'X'))
        return R::failure(tr("The last character of an ID number is a digit or X."));

    // The digits are checked above; QDate::fromString with a format would cost more than the
    // rest of the parse, which imports do for every row.
    const QStringView digits(id);
    const QDate birth(digits.mid(6, 4).toInt(), digits.mid(10, 2).toInt(), digits.mid(12, 2).toInt());
    if (!birth.isValid() || birth.year() < 1880)
        return R::failure(tr("The birth date %1 in the ID number %2 is not a real date.")
                                  .arg(id.mid(6, 8), id));
    if (birth > today)
        return R::failure(tr("The birth date %1 in the ID number %2 is in the future.")
                                  .arg(birth.toString(Qt::ISODate), id));
    if (checkCharacter(QStringView(id).left(17)) != id[17])
        return R::failure(tr("The check digit of %1 is wrong: the number has a typing mistake.").arg(id));

    IdNumber number;
    number.m_text = id;
    number.m_birthDate = birth;
    number.m_gender = (id[16].unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
    return number;
}

QString IdNumber::masked(const QString &idNumber)
{
    if (idNumber.size() <= 8)
        return QString(idNumber.size(), u'*');
    return idNumber.left(4) + QString(idNumber.size() - 8, u'*') + idNumber.right(4);
}
