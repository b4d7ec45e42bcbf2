#pragma once

#include "LedgerImport.h"

#include <QHash>

// One data row of a ledger, its cells found by the field their column is mapped to.
struct MappedRow
{
    const SheetRow &row;
    const QHash<QString, qsizetype> &columns; // field key → column

    bool has(const QString &field) const { return columns.contains(field); }
    SheetCell cell(const QString &field) const
    {
        const qsizetype c = columns.value(field, -1);
        return c >= 0 && c < row.cells.size() ? row.cells[c] : SheetCell();
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
        const QHash<QString, qsizetype> &columns;
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
