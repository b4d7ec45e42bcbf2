// A ledger file handed to the importer, through the reader TL_FUZZ_READER names (the xlsx one:
// zip, styles, shared strings, sheets as streamed XML; or the CSV one: encodings, quotes, line
// ends). Every sheet is read whole, and what reaches the import keeps the reader's promises.
#include "FuzzInput.h"

#include "import/CsvWorkbook.h"
#include "import/XlsxWorkbook.h"

namespace {

class CheckingSink : public SheetSink
{
public:
    bool row(const SheetRow &row) override
    {
        FuzzInput::require(row.number > m_last, "rows come in order, each once");
        FuzzInput::require(row.number <= Workbook::MaxRows, "no row past the sheet's last");
        FuzzInput::require(row.cells.size() <= Workbook::MaxColumns, "no cell past column XFD");
        for (const SheetCell &cell : row.cells)
            FuzzInput::require(cell.text.size() <= Workbook::MaxCellCharacters,
                               "no cell longer than Excel allows");
        m_last = row.number;
        return true;
    }

private:
    qint64 m_last = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto workbook = TL_FUZZ_READER::open(FuzzInput::toFile(data, size, TL_FUZZ_SUFFIX));
    if (!workbook)
        return 0;
    const qsizetype sheets = workbook.value()->sheets().size();
    for (int i = 0; i < sheets; ++i) {
        CheckingSink sink;
        (void)workbook.value()->read(i, sink);
    }
    return 0;
}
