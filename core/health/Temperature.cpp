#include "Temperature.h"

#include "../people/TextNormalizer.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

Result<Temperature> Temperature::parse(const QString &input)
{
    using R = Result<Temperature>;
    QString text = TextNormalizer::compact(input);
    if (text.isEmpty())
        return R::failure(tr("Enter the temperature, for example 36.5."));
    static const QRegularExpression unit(u"(℃|°C|°c|°|度|C|c)$"_s);
    text.remove(unit);
    static const QRegularExpression decimal(u"^\\d{2}(\\.\\d)?$"_s);
    static const QRegularExpression noPoint(u"^\\d{3}$"_s);
    int tenths = 0;
    if (decimal.match(text).hasMatch())
        tenths = int(std::lround(text.toDouble() * 10));
    else if (noPoint.match(text).hasMatch())
        tenths = text.toInt();
    else
        return R::failure(tr("%1 is not a temperature: type it like 36.5.").arg(input.trimmed()));
    if (tenths < int(minimum * 10) || tenths > int(maximum * 10))
        return R::failure(tr("%1 ℃ is not a plausible body temperature (%2 ℃ to %3 ℃): check the "
                             "reading.")
                                  .arg(QString::number(tenths / 10.0, 'f', 1),
                                       QString::number(minimum, 'f', 1),
                                       QString::number(maximum, 'f', 1)));
    Temperature t;
    t.m_tenths = tenths;
    return t;
}

Temperature Temperature::fromCelsius(double celsius)
{
    Temperature t;
    t.m_tenths = int(std::lround(celsius * 10));
    return t;
}

QString Temperature::text() const
{
    return QString::number(m_tenths / 10.0, 'f', 1);
}
