#include "CellValues.h"

#include <cstdlib>
#include <limits>

#include "../health/Temperature.h"
#include "../people/ClerkDate.h"
#include "../people/IdNumber.h"
#include "../people/PhoneNumber.h"
#include "../people/TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Kind = SheetCell::Kind;

template<typename T>
CellValue<T> refusal(QString reason)
{
    CellValue<T> v;
    v.refused = std::move(reason);
    return v;
}

template<typename T>
CellValue<T> refusedError(const SheetCell &cell)
{
    return refusal<T>(
            CellValues::tr("The cell shows the error %1 instead of a value.").arg(cell.text));
}

// A cell may need several fixes; each note is a whole phrase, so they are listed, not merged.
template<typename T>
void addNote(CellValue<T> &v, const QString &note)
{
    if (note.isEmpty())
        return;
    v.fixed = v.fixed.isEmpty()
            ? note
            : v.fixed + CellValues::tr("; ", "between two notes on one cell") + note;
}

// What TextNormalizer::foldWidth changes in text, said as a note; empty when nothing.
QString widthNote(const QString &text)
{
    bool fullWidth = false;
    bool onlyDigits = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) {
            fullWidth = true;
            onlyDigits = onlyDigits && c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19;
        }
    }
    if (!fullWidth)
        return {};
    return onlyDigits ? CellValues::tr("full-width digits made half-width")
                      : CellValues::tr("full-width characters made half-width");
}

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString timeText(QTime time)
{
    return time.toString(time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

// A day fraction to the second; one a hair short of midnight stays on its day.
QTime timeOfFraction(double fraction)
{
    const qint64 seconds = qMin<qint64>(std::llround(fraction * 86400), 86399);
    return QTime(0, 0).addSecs(int(seconds));
}

// The day of an Excel serial number, the time of day left aside.
CellValue<QDate> serialDate(const SheetCell &cell)
{
    const double day = std::floor(cell.number);
    const QDate date =
            day >= 1 && day <= 2958465 ? ClerkDate::fromExcelSerial(qint64(day)) : QDate();
    if (!date.isValid()) {
        if (day == 60)
            return refusal<QDate>(CellValues::tr("Excel's day 60 is 1900-02-29, a day that never "
                                                 "was: type the date again."));
        return refusal<QDate>(CellValues::tr("%1 is not a date.").arg(cell.text));
    }
    CellValue<QDate> v;
    v.value = date;
    if (cell.kind == Kind::Number)
        addNote(v,
                CellValues::tr("Excel serial number %1 read as %2").arg(cell.text, isoDate(date)));
    return v;
}

// The width of the text is the caller's note: text may be a part of the cell.
CellValue<QDate> dateOfText(const QString &text, const LedgerYear &ledgerYear)
{
    const QString compact = TextNormalizer::compact(text);
    CellValue<QDate> v;
    const auto parsed = ClerkDate::parse(text);
    if (parsed) {
        v.value = parsed.value();
        static const QRegularExpression serial(u"^[0-9]{5}$"_s);
        if (serial.match(compact).hasMatch())
            addNote(v, CellValues::tr("Excel serial number %1 read as %2")
                               .arg(compact, isoDate(parsed.value())));
        return v;
    }
    static const QRegularExpression yearless(u"^([0-9]{1,2})[月/.-]([0-9]{1,2})日?$"_s);
    const auto m = yearless.match(compact);
    if (!m.hasMatch())
        return refusal<QDate>(parsed.error());
    const int month = m.captured(1).toInt();
    const int day = m.captured(2).toInt();
    const int year = ledgerYear.of(month, day);
    if (year == 0)
        return refusal<QDate>(CellValues::tr("%1 gives no year: write the date with its year, as "
                                             "2022-03-04.")
                                      .arg(text.trimmed()));
    const QDate date(year, month, day);
    if (!date.isValid())
        return refusal<QDate>(
                CellValues::tr("%1 is not a real date in %2.").arg(text.trimmed()).arg(year));
    v.value = date;
    addNote(v, CellValues::tr("year %1 added").arg(year));
    return v;
}

// The width of the text is the caller's note, as for dateOfText.
CellValue<QTime> timeOfText(const QString &text)
{
    const QString compact = TextNormalizer::compact(text);
    static const QRegularExpression colons(u"^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"_s);
    static const QRegularExpression chinese(
            u"^([0-9]{1,2})[时点](?:([0-9]{1,2})分?(?:([0-9]{1,2})秒)?)?$"_s);
    auto m = colons.match(compact);
    if (!m.hasMatch())
        m = chinese.match(compact);
    if (!m.hasMatch())
        return refusal<QTime>(CellValues::tr("%1 is not a time of day: write it as 8:05 or 8时5分.")
                                      .arg(text.trimmed()));
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid())
        return refusal<QTime>(CellValues::tr("%1 is not a real time of day.").arg(text.trimmed()));
    CellValue<QTime> v;
    v.value = time;
    return v;
}

// A date and a time of day written in one cell: "2022-03-04 08:05", "2022年3月4日8时5分".
struct DateAndTime
{
    QString date;
    QString time; // empty when the cell gives only a date
};

DateAndTime split(const QString &text)
{
    static const QRegularExpression dateTime(
            u"^(.+?)(?:\\s+|T|(?<=日))([0-9]{1,2}\\s*[:时点].*)$"_s);
    const QString folded = TextNormalizer::foldWidth(text).trimmed();
    if (const auto m = dateTime.match(folded); m.hasMatch())
        return { m.captured(1), m.captured(2) };
    return { folded, {} };
}

} // namespace

int LedgerYear::of(int month, int day) const
{
    if (m_given > 0 || !m_filed.isValid())
        return m_given;
    int nearest = m_filed.year(); // a day no year has (2月30日) is then refused as of this year
    qint64 distance = std::numeric_limits<qint64>::max();
    for (int year : { m_filed.year() - 1, m_filed.year(), m_filed.year() + 1 }) {
        const QDate date(year, month, day);
        if (date.isValid() && std::abs(m_filed.daysTo(date)) < distance) {
            distance = std::abs(m_filed.daysTo(date));
            nearest = year;
        }
    }
    return nearest;
}

CellValue<QString> CellValues::text(const SheetCell &cell)
{
    switch (cell.kind) {
    case Kind::Empty:
        return {};
    case Kind::Error:
        return refusedError<QString>(cell);
    case Kind::Date: {
        const double day = std::floor(cell.number);
        const QString time = timeText(timeOfFraction(cell.number - day));
        const QDate date = day >= 1 && day <= 2958465 ? ClerkDate::fromExcelSerial(qint64(day))
                                                      : QDate();
        CellValue<QString> v;
        if (day < 1)
            v.value = time;
        else if (!date.isValid())
            v.value = cell.text;
        else
            v.value = day == cell.number ? isoDate(date) : isoDate(date) + u' ' + time;
        addNote(v, tr("date cell read as %1").arg(*v.value));
        return v;
    }
    case Kind::Number:
    case Kind::Boolean:
    case Kind::Text:
        break;
    }
    QString s = cell.text;
    const bool lineBreaks = s.contains(u'\n') || s.contains(u'\r');
    s.replace(u"\r\n"_s, u" "_s).replace(u'\r', u' ').replace(u'\n', u' ');
    const QString trimmed = s.trimmed();
    if (trimmed.isEmpty())
        return {};
    CellValue<QString> v;
    v.value = trimmed;
    if (lineBreaks)
        addNote(v, tr("line breaks made spaces"));
    if (trimmed.size() != s.size())
        addNote(v, tr("spaces around the text removed"));
    return v;
}

CellValue<QString> CellValues::idNumber(const SheetCell &cell, QDate today)
{
    const QString lostDigits = tr("The ID number is stored as a number in the spreadsheet: its "
                                  "last digits are lost. Format the column as text and type the "
                                  "numbers again.");
    switch (cell.kind) {
    case Kind::Empty:
        return {};
    case Kind::Error:
        return refusedError<QString>(cell);
    case Kind::Number:
    case Kind::Date:
        return refusal<QString>(lostDigits);
    case Kind::Boolean:
    case Kind::Text:
        break;
    }
    if (cell.isBlank())
        return {};
    const QString compact = TextNormalizer::compact(cell.text);
    static const QRegularExpression scientific(u"^[0-9](\\.[0-9]+)?[Ee]\\+?[0-9]+$"_s);
    if (scientific.match(compact).hasMatch())
        return refusal<QString>(lostDigits);
    static const QRegularExpression oldNumber(u"^[0-9]{15}$"_s);
    if (oldNumber.match(compact).hasMatch())
        return refusal<QString>(tr("%1 is an old 15-digit ID number; the ledger keeps the 18-digit "
                                   "number: ask for the new one.")
                                        .arg(compact));
    const auto id = IdNumber::parse(cell.text, today);
    if (!id)
        return refusal<QString>(id.error());
    CellValue<QString> v;
    v.value = id->text();
    addNote(v, widthNote(cell.text));
    if (hasSpace(cell.text))
        addNote(v, tr("spaces removed"));
    if (compact.endsWith(u'x'))
        addNote(v, tr("lower-case x made X"));
    return v;
}

CellValue<QStringList> CellValues::phones(const SheetCell &cell)
{
    if (cell.kind == Kind::Error)
        return refusedError<QStringList>(cell);
    if (cell.isBlank())
        return {};
    // A mobile number fits a spreadsheet's number exactly; some writers put it as 1.3812345678E10.
    const bool whole = cell.kind == Kind::Number && cell.number > 0 && cell.number < 1e15
            && std::floor(cell.number) == cell.number;
    const QString text = whole ? QString::number(qint64(cell.number)) : cell.text;
    CellValue<QStringList> v;
    const auto phone = PhoneNumber::normalize(text);
    if (phone) {
        v.value = QStringList { phone.value() };
        addNote(v, widthNote(text));
        if (hasSpace(text.trimmed()))
            addNote(v, tr("spaces removed"));
        if (TextNormalizer::compact(text) != phone.value())
            addNote(v, tr("written as %1").arg(phone.value()));
        return v;
    }
    // Several numbers, between separators or on lines of their own, or else between spaces
    // (a number with spaces inside it was read whole above).
    static const QRegularExpression separators(u"[、,，;；/／|｜\\r\\n]+"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList pieces = text.split(separators, Qt::SkipEmptyParts);
    if (pieces.size() < 2)
        pieces = text.split(spaces, Qt::SkipEmptyParts);
    if (pieces.size() < 2)
        return refusal<QStringList>(phone.error());
    QStringList numbers;
    for (const QString &piece : std::as_const(pieces)) {
        const auto one = PhoneNumber::normalize(piece);
        if (!one)
            return refusal<QStringList>(phone.error());
        numbers << one.value();
    }
    v.value = numbers;
    addNote(v, widthNote(pieces.join(QString())));
    addNote(v, tr("%n numbers in one cell", nullptr, int(numbers.size())));
    return v;
}

CellValue<QString> CellValues::phone(const SheetCell &cell)
{
    const CellValue<QStringList> all = phones(cell);
    CellValue<QString> v;
    v.refused = all.refused;
    v.fixed = all.fixed;
    if (all.value) {
        v.value = all.value->constFirst();
        if (all.value->size() > 1)
            addNote(v, tr("%1 kept, %2 left").arg(v.value.value(), all.value->sliced(1).join(u"、"_s)));
    }
    return v;
}

CellValue<QString> CellValues::gender(const SheetCell &cell)
{
    if (cell.kind == Kind::Error)
        return refusedError<QString>(cell);
    if (cell.isBlank())
        return {};
    const QString s = TextNormalizer::compact(cell.text).toLower();
    CellValue<QString> v;
    if (s == u"男"_s || s == u"男性"_s || s == u"m"_s || s == u"male"_s)
        v.value = u"male"_s;
    else if (s == u"女"_s || s == u"女性"_s || s == u"f"_s || s == u"female"_s)
        v.value = u"female"_s;
    else
        v.refused = tr("%1 is not a gender: write 男 or 女.").arg(cell.text.trimmed());
    return v;
}

CellValue<QDate> CellValues::date(const SheetCell &cell, const LedgerYear &year)
{
    switch (cell.kind) {
    case Kind::Empty:
        return {};
    case Kind::Error:
        return refusedError<QDate>(cell);
    case Kind::Number:
        // 20220304 or 3.4 typed into a General cell: the clerk's digits, not Excel's day 3 of
        // 1900 (no day this program keeps is before 1910, Excel's day 3653).
        if (cell.number < 3653 || (cell.number >= 19000101 && cell.number <= 21001231))
            break;
        [[fallthrough]];
    case Kind::Date: {
        auto v = serialDate(cell);
        if (v.value && std::floor(cell.number) != cell.number)
            addNote(v, tr("time of day left out"));
        return v;
    }
    case Kind::Boolean:
    case Kind::Text:
        break;
    }
    if (cell.isBlank())
        return {};
    const DateAndTime parts = split(cell.text);
    auto v = dateOfText(parts.date, year);
    if (!v.value)
        return v;
    CellValue<QDate> fixed;
    fixed.value = v.value;
    addNote(fixed, widthNote(cell.text));
    addNote(fixed, v.fixed);
    if (!parts.time.isEmpty())
        addNote(fixed, tr("time of day left out"));
    return fixed;
}

CellValue<QTime> CellValues::time(const SheetCell &cell)
{
    switch (cell.kind) {
    case Kind::Empty:
        return {};
    case Kind::Error:
        return refusedError<QTime>(cell);
    case Kind::Date:
    case Kind::Number: {
        const double day = std::floor(cell.number);
        if (cell.number < 0 || (cell.kind == Kind::Number && day >= 1))
            return refusal<QTime>(tr("%1 is a number, not a time of day.").arg(cell.text));
        if (day >= 1 && day == cell.number)
            return refusal<QTime>(tr("The cell holds a date, not a time of day."));
        CellValue<QTime> v;
        v.value = timeOfFraction(cell.number - day);
        if (cell.kind == Kind::Number)
            addNote(v, tr("day fraction %1 read as %2").arg(cell.text, timeText(*v.value)));
        else if (day >= 1)
            addNote(v, tr("date left out"));
        return v;
    }
    case Kind::Boolean:
    case Kind::Text:
        break;
    }
    if (cell.isBlank())
        return {};
    auto v = timeOfText(cell.text);
    if (v.value)
        addNote(v, widthNote(cell.text));
    return v;
}

CellValue<QDateTime> CellValues::dateTime(const SheetCell &cell, const LedgerYear &year)
{
    switch (cell.kind) {
    case Kind::Empty:
        return {};
    case Kind::Error:
        return refusedError<QDateTime>(cell);
    case Kind::Date:
    case Kind::Number: {
        if (cell.number >= 0 && cell.number < 1)
            return refusal<QDateTime>(tr("The cell holds a time of day without its date."));
        const auto day = serialDate(cell);
        if (!day.value)
            return refusal<QDateTime>(day.refused);
        CellValue<QDateTime> v;
        v.value = QDateTime(*day.value, timeOfFraction(cell.number - std::floor(cell.number)));
        if (cell.kind == Kind::Number) {
            const QString read = isoDate(*day.value) + u' ' + timeText(v.value->time());
            addNote(v, tr("Excel serial number %1 read as %2").arg(cell.text, read));
        }
        return v;
    }
    case Kind::Boolean:
    case Kind::Text:
        break;
    }
    if (cell.isBlank())
        return {};
    const DateAndTime parts = split(cell.text);
    const auto day = dateOfText(parts.date, year);
    if (!day.value)
        return refusal<QDateTime>(day.refused);
    CellValue<QDateTime> v;
    addNote(v, widthNote(cell.text));
    addNote(v, day.fixed);
    if (parts.time.isEmpty()) {
        v.value = QDateTime(*day.value, QTime(0, 0));
        addNote(v, tr("no time of day: read as 00:00"));
        return v;
    }
    const auto time = timeOfText(parts.time);
    if (!time.value)
        return refusal<QDateTime>(time.refused);
    v.value = QDateTime(*day.value, *time.value);
    addNote(v, time.fixed);
    return v;
}

CellValue<double> CellValues::temperature(const SheetCell &cell)
{
    if (cell.kind == Kind::Error)
        return refusedError<double>(cell);
    if (cell.isBlank())
        return {};
    // A number cell's value, without the binary noise of 36.5 stored as 36.499999999999993.
    const QString text =
            cell.kind == Kind::Number ? QString::number(cell.number, 'g', 10) : cell.text;
    const auto t = Temperature::parse(text);
    if (!t)
        return refusal<double>(t.error());
    CellValue<double> v;
    v.value = t->celsius();
    addNote(v, widthNote(text));
    static const QRegularExpression noPoint(u"^[0-9]{3}\\D*$"_s);
    const QString compact = TextNormalizer::compact(text);
    if (noPoint.match(compact).hasMatch())
        addNote(v, tr("%1 read as %2 ℃").arg(compact, t->text()));
    return v;
}

CellValue<bool> CellValues::yesNo(const SheetCell &cell)
{
    if (cell.kind == Kind::Error)
        return refusedError<bool>(cell);
    if (cell.isBlank())
        return {};
    static const QStringList yes = { u"是"_s, u"√"_s, u"✓"_s, u"✔"_s, u"y"_s, u"yes"_s,
                                     u"1"_s,  u"有"_s, u"true"_s };
    static const QStringList no = { u"否"_s, u"×"_s, u"✗"_s, u"✘"_s, u"n"_s, u"no"_s,
                                    u"0"_s,  u"无"_s, u"false"_s };
    const QString s = TextNormalizer::compact(cell.text).toLower();
    CellValue<bool> v;
    if (yes.contains(s))
        v.value = true;
    else if (no.contains(s))
        v.value = false;
    else
        v.refused = tr("%1 is neither yes nor no: write 是 or 否.").arg(cell.text.trimmed());
    return v;
}
