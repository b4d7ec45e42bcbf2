// The parsers of what clerks type and ledgers hold — ID numbers, dates, times, plates, phones,
// temperatures — each fed the same text, as a text cell and, from the input's first eight
// bytes, as a number cell (NaN, infinities and huge serials included). What a parser accepts it
// must accept again in the form it gives back, unchanged.
#include "FuzzInput.h"

#include "checkpoints/Plate.h"
#include "health/Temperature.h"
#include "import/CellValues.h"
#include "people/ClerkDate.h"
#include "people/IdNumber.h"
#include "people/PhoneNumber.h"

#include <cstring>

namespace {

const QDate Today(2026, 1, 1);

void parseText(const QString &text)
{
    if (const auto id = IdNumber::parse(text, Today)) {
        const QString &number = id->text();
        FuzzInput::require(number.size() == 18, "an ID number has 18 characters");
        FuzzInput::require(IdNumber::checkCharacter(QStringView(number).left(17)) == number.at(17),
                           "an ID number's check character is right");
        FuzzInput::require(id->birthDate().isValid() && id->birthDate() <= Today,
                           "an ID number's birth date is a day not in the future");
        const auto again = IdNumber::parse(number, Today);
        FuzzInput::require(again && again->text() == number, "an ID number reads back");
        FuzzInput::require(IdNumber::masked(number).size() == 18, "a masked ID keeps its length");
    }
    if (const auto phone = PhoneNumber::normalize(text)) {
        const auto again = PhoneNumber::normalize(phone.value());
        FuzzInput::require(again && again.value() == phone.value(), "a phone reads back");
        FuzzInput::require(PhoneNumber::masked(phone.value()) != phone.value(), "a phone is masked");
    }
    if (const auto plate = Plate::normalize(text)) {
        FuzzInput::require(plate->size() == 7 || plate->size() == 8, "a plate has 7 or 8 characters");
        const auto again = Plate::normalize(plate.value());
        FuzzInput::require(again && again.value() == plate.value(), "a plate reads back");
    }
    if (const auto temperature = Temperature::parse(text)) {
        FuzzInput::require(temperature->celsius() >= Temperature::minimum
                               && temperature->celsius() <= Temperature::maximum,
                           "a temperature is plausible");
        const auto again = Temperature::parse(temperature->text());
        FuzzInput::require(again && again->tenths() == temperature->tenths(),
                           "a temperature reads back");
    }
    if (const auto date = ClerkDate::parse(text)) {
        FuzzInput::require(date->isValid(), "a date is a day");
        const auto again = ClerkDate::parse(date->toString(Qt::ISODate));
        FuzzInput::require(again && again.value() == date.value(), "a date reads back");
    }
}

void parseCell(const SheetCell &cell)
{
    const LedgerYear year(0, QDate(2022, 12, 28));
    const CellValue<QString> id = CellValues::idNumber(cell, Today);
    if (id.value)
        FuzzInput::require(IdNumber::parse(*id.value, Today).ok(), "an ID cell gives a valid number");
    const CellValue<QStringList> phones = CellValues::phones(cell);
    if (phones.value)
        for (const QString &phone : *phones.value)
            FuzzInput::require(PhoneNumber::normalize(phone).ok(), "a phone cell gives valid phones");
    (void)CellValues::phone(cell);
    (void)CellValues::text(cell);
    (void)CellValues::gender(cell);
    const CellValue<QDate> date = CellValues::date(cell, year);
    if (date.value)
        FuzzInput::require(date.value->isValid(), "a date cell gives a day");
    (void)CellValues::date(cell);
    const CellValue<QTime> time = CellValues::time(cell);
    if (time.value)
        FuzzInput::require(time.value->isValid(), "a time cell gives a time of day");
    (void)CellValues::dateTime(cell, year);
    const CellValue<double> temperature = CellValues::temperature(cell);
    if (temperature.value)
        FuzzInput::require(*temperature.value >= Temperature::minimum
                               && *temperature.value <= Temperature::maximum,
                           "a temperature cell is plausible");
    (void)CellValues::yesNo(cell);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::toText(data, size);
    parseText(text);

    SheetCell cell;
    cell.kind = SheetCell::Kind::Text;
    cell.text = text;
    parseCell(cell);

    if (size >= sizeof(double)) {
        std::memcpy(&cell.number, data, sizeof(double));
        cell.text = QString::number(cell.number, 'g', 17);
        for (SheetCell::Kind kind : {SheetCell::Kind::Number, SheetCell::Kind::Date}) {
            cell.kind = kind;
            parseCell(cell);
        }
    }
    return 0;
}
