#pragma once

#include "LedgerImport.h"

#include "../people/TextNormalizer.h"

#include <QHash>

// One data row of a ledger, its cells found by the field their column is mapped to.
struct MappedRow
{
    const SheetRow &row;
    const FieldColumns &columns;

    bool has(QStringView field) const { return columns.contains(field); }
    const SheetCell &cell(QStringView field) const { return at(columns.value(field)); }
    const SheetCell &at(qsizetype column) const
    {
        static const SheetCell empty;
        return column >= 0 && column < row.cells.size() ? row.cells[column] : empty;
    }
};

// What a target makes of a ledger's data rows: a verdict on each, the records it will write,
// and the writing. One per target kind.
class ImportRows
{
public:
    struct Context
    {
        Store &store;
        const ImportTarget &target;
        const LedgerImport::Options &options;
        const SheetHeader &header;
        const FieldColumns &columns;
    };

    virtual ~ImportRows() = default;
    // The rows of the context's target; refused when the options cannot be used (a village
    // code that is not one of the township's).
    static Result<std::unique_ptr<ImportRows>> make(const Context &context);

    // The verdict on the row (its number is set by the caller), kept with what it will write.
    virtual ImportRowVerdict take(const MappedRow &row) = 0;
    virtual qint64 households() const = 0;
    // Writes what the rows taken make, inside the caller's transaction. Returns the rows
    // written or changed.
    virtual Result<qint64> write(const LedgerImport::Progress &progress) = 0;
};

// The item of items (checkpoints, sites, teams: anything with a name) that a ledger names: the
// one whose name is the given one, spaces and widths aside; else the only one whose name holds
// it or is held by it (东村卡口 for 东村村口卡口), and then approximate is set. Null when none
// is, or several are.
template<typename T>
const T *namedIn(const QList<T> &items, const QString &name, bool &approximate)
{
    approximate = false;
    const QString key = TextNormalizer::compact(name);
    for (const T &item : items) {
        if (TextNormalizer::compact(item.name) == key)
            return &item;
    }
    const T *found = nullptr;
    int matches = 0;
    for (const T &item : items) {
        const QString itemName = TextNormalizer::compact(item.name);
        if (key.size() >= 2 && (itemName.contains(key) || key.contains(itemName))) {
            found = &item;
            ++matches;
        }
    }
    if (matches != 1)
        return nullptr;
    approximate = true;
    return found;
}

// The names of items, for a refusal that lists what there is: 东村卡口、西村卡口.
template<typename T>
QString namesOf(const QList<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names << item.name;
    return names.join(QStringLiteral("、"));
}
