#include "ClerkDate.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

Result<QDate> ClerkDate::parse(const QString &text)
{
    const QString s = TextNormalizer::compact(text);
    if (s.isEmpty())
        return Result<QDate>::failure(tr("Enter a date."));

    static const QRegularExpression separated(
            u"^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?$"_s);
    static const QRegularExpression packed(u"^([0-9]{4})([0-9]{2})([0-9]{2})$"_s);
    static const QRegularExpression serial(u"^[0-9]{5}$"_s);

    QRegularExpressionMatch m = separated.match(s);
    if (!m.hasMatch())
        m = packed.match(s);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid())
            return Result<QDate>::failure(tr("%1 is not a real date.").arg(text.trimmed()));
        return date;
    }
    if (serial.match(s).hasMatch()) {
        const QDate date = fromExcelSerial(s.toInt());
        if (date.year() >= 1950 && date.year() <= 2100)
            return date;
    }
    return Result<QDate>::failure(
            tr("%1 is not a date: type it as 2022-03-04, 2022/3/4, 2022.3.4 or 2022年3月4日.")
                    .arg(text.trimmed()));
}

QDate ClerkDate::fromExcelSerial(qint64 serial)
{
    if (serial < 1 || serial == 60 || serial > 2958465)
        return {};
    // Excel counts as if 1900 were a leap year: from day 61 on, its days are one ahead.
    return serial < 60 ? QDate(1899, 12, 31).addDays(serial) : QDate(1899, 12, 30).addDays(serial);
}
