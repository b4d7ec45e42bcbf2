#include "DayColumn.h"

#include "../people/TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString keyPrefix = u"check:"_s;

// 上午, 早, AM: the half of the day a heading names, and the heading without it.
QString periodIn(QString &text)
{
    static const QList<std::pair<QString, QString>> words = {
        { u"上午"_s, u"morning"_s }, { u"早上"_s, u"morning"_s }, { u"早晨"_s, u"morning"_s },
        { u"晨检"_s, u"morning"_s }, { u"am"_s, u"morning"_s }, { u"早"_s, u"morning"_s },
        { u"晨"_s, u"morning"_s }, { u"上"_s, u"morning"_s },
        { u"下午"_s, u"afternoon"_s }, { u"晚上"_s, u"afternoon"_s }, { u"午后"_s, u"afternoon"_s },
        { u"pm"_s, u"afternoon"_s }, { u"晚"_s, u"afternoon"_s }, { u"下"_s, u"afternoon"_s },
    };
    const QString lower = text.toLower();
    for (const auto &[word, period] : words) {
        if (lower.endsWith(word)) {
            text.chop(word.size());
            return period;
        }
        if (lower.startsWith(word)) {
            text.remove(0, word.size());
            return period;
        }
    }
    return {};
}

int chineseNumber(const QString &text)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    bool ok = false;
    if (const int n = text.toInt(&ok); ok)
        return n;
    int value = 0;
    int pending = 0;
    for (const QChar c : text) {
        if (const qsizetype d = digits.indexOf(c); d >= 0) {
            pending = int(d);
        } else if (c == u'十') {
            value += (pending ? pending : 1) * 10;
            pending = 0;
        } else {
            return 0;
        }
    }
    return value + pending;
}

// Reads the day of a heading into column; false when the heading names no day.
bool readDay(const QString &text, DayColumn &column)
{
    if (text.isEmpty())
        return false;
    static const QRegularExpression withYear(
        u"^(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*[日号]?$"_s);
    static const QRegularExpression withoutYear(u"^(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*[日号]?$"_s);
    static const QRegularExpression nth(u"^第(\\d{1,2}|[一二三四五六七八九十]{1,3})天$"_s);
    static const QRegularExpression serial(u"^\\d{5}(\\.0+)?$"_s);
    if (const auto m = withYear.match(text); m.hasMatch()) {
        column.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return column.date.isValid();
    }
    if (const auto m = withoutYear.match(text); m.hasMatch()) {
        column.month = m.captured(1).toInt();
        column.day = m.captured(2).toInt();
        // 2月29日 is checked when the year is known.
        return QDate(2020, column.month, column.day).isValid();
    }
    if (const auto m = nth.match(text); m.hasMatch()) {
        column.dayNumber = chineseNumber(m.captured(1));
        return column.dayNumber > 0 && column.dayNumber <= 60;
    }
    // A heading Excel turned into a date cell: its serial day (44625 is 2022-03-05).
    if (serial.match(text).hasMatch()) {
        const int days = int(text.toDouble());
        const QDate date = QDate(1899, 12, 30).addDays(days);
        if (date.year() >= 2000 && date.year() <= 2100) {
            column.date = date;
            return true;
        }
    }
    return false;
}

} // namespace

QDate DayColumn::dayFor(const LedgerYear &year, QDate start) const
{
    if (date.isValid())
        return date;
    if (dayNumber > 0)
        return start.isValid() ? start.addDays(dayNumber - 1) : QDate();
    const int y = year.of(month, day);
    return y > 0 ? QDate(y, month, day) : QDate();
}

QString DayColumn::key() const
{
    if (!isValid())
        return {};
    QString day;
    if (date.isValid())
        day = date.toString(Qt::ISODate);
    else if (dayNumber > 0)
        day = u"day%1"_s.arg(dayNumber);
    else
        day = u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(this->day, 2, 10, QChar(u'0'));
    return keyPrefix + day + u':' + period;
}

bool DayColumn::isKey(const QString &key)
{
    return fromKey(key).isValid();
}

DayColumn DayColumn::fromKey(const QString &key)
{
    DayColumn column;
    if (!key.startsWith(keyPrefix))
        return column;
    const QStringList parts = key.mid(keyPrefix.size()).split(u':');
    if (parts.size() != 2 || (parts[1] != "morning"_L1 && parts[1] != "afternoon"_L1))
        return column;
    const QString &day = parts[0];
    if (day.startsWith("day"_L1)) {
        column.dayNumber = day.mid(3).toInt();
    } else if (day.size() == 10) {
        column.date = QDate::fromString(day, Qt::ISODate);
    } else if (day.size() == 5) {
        column.month = day.left(2).toInt();
        column.day = day.mid(3).toInt();
    }
    column.period = parts[1];
    return column.isValid() ? column : DayColumn();
}

DayColumn DayColumn::fromHeadings(const QString &upper, const QString &lower)
{
    DayColumn column;
    QString own = TextNormalizer::compact(lower);
    QString group = TextNormalizer::compact(upper);
    // 3月5日上午, 3.5上午, 第1天上午 in one heading.
    QString ownDay = own;
    const QString ownPeriod = periodIn(ownDay);
    if (!ownPeriod.isEmpty() && readDay(ownDay, column)) {
        column.period = ownPeriod;
        return column;
    }
    // 3月5日 (or 第1天) over 上午/下午; the half alone in the lower heading.
    column = {};
    if (!ownPeriod.isEmpty() && ownDay.isEmpty() && readDay(group, column)) {
        column.period = ownPeriod;
        return column;
    }
    // 上午 over 3月5日, as some grids group the halves.
    column = {};
    QString groupDay = group;
    const QString groupPeriod = periodIn(groupDay);
    if (!groupPeriod.isEmpty() && groupDay.isEmpty() && readDay(own, column)) {
        column.period = groupPeriod;
        return column;
    }
    return {};
}

QString DayColumn::fieldFor(const QString &upper, const QString &lower)
{
    return fromHeadings(upper, lower).key();
}
