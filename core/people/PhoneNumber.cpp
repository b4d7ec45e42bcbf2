#include "PhoneNumber.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

Result<QString> PhoneNumber::normalize(const QString &text)
{
    QString digits = TextNormalizer::compact(text);
    static const QRegularExpression punctuation(u"[-()（）]"_s);
    digits.remove(punctuation);
    if (digits.startsWith(u"+86"_s))
        digits.remove(0, 3);
    else if (digits.startsWith(u"86"_s) && digits.size() == 13)
        digits.remove(0, 2);

    static const QRegularExpression mobile(u"^1[3-9][0-9]{9}$"_s);
    if (mobile.match(digits).hasMatch())
        return digits;

    // Area codes: 010 and 02x have two digits after the 0, the rest three.
    static const QRegularExpression landline(u"^(0(?:10|2[0-9]|[3-9][0-9]{2}))([2-9][0-9]{6,7})$"_s);
    if (const auto m = landline.match(digits); m.hasMatch())
        return QString(m.captured(1) + u'-' + m.captured(2));

    if (digits.startsWith(u'1'))
        return Result<QString>::failure(
                tr("%1 is not a mobile number: a mobile number has 11 digits and starts with 13 to 19.")
                        .arg(text.trimmed()));
    return Result<QString>::failure(
            tr("%1 is not a phone number: enter an 11-digit mobile number, or a landline with its "
               "area code, such as 0532-87654321.")
                    .arg(text.trimmed()));
}

QString PhoneNumber::masked(const QString &phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}
