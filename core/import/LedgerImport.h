#pragma once

#include "ImportTarget.h"
#include "SheetHeader.h"
#include "Workbook.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>
#include <memory>

// The column each field of a target is mapped to. Looked up many times a row, among a few
// fields: comparing their keys costs less than hashing one.
class FieldColumns
{
public:
    struct Entry
    {
        QString field;
        qsizetype column;
    };

    void insert(const QString &field, qsizetype column);
    void clear() { m_entries.clear(); }
    // The field's column, or none when the field is not mapped.
    qsizetype value(QStringView field, qsizetype none = -1) const
    {
        for (const Entry &e : m_entries) {
            if (e.field.size() == field.size() && e.field == field)
                return e.column;
        }
        return none;
    }
    bool contains(QStringView field) const { return value(field) >= 0; }
    QList<Entry>::const_iterator begin() const { return m_entries.cbegin(); }
    QList<Entry>::const_iterator end() const { return m_entries.cend(); }

private:
    QList<Entry> m_entries;
};

class Store;
class ImportRows;

// What the dry run says of one row of the ledger.
enum class ImportVerdict { Ok, Fixed, Refused, Skipped, Duplicate };

struct ImportRowVerdict
{
    qint64 row = 0; // as the sheet numbers it
    ImportVerdict verdict = ImportVerdict::Ok;
    // Translated: what was normalized (Fixed), why the row cannot be taken (Refused), what kind
    // of row it is (Skipped: 小计, 合计, blank), which record it repeats (Duplicate).
    QString note;
};

struct ImportCounts
{
    qint64 ok = 0;
    qint64 fixed = 0;
    qint64 refused = 0;
    qint64 skipped = 0;
    qint64 duplicates = 0;
    qint64 households = 0; // households the rows make or join

    qint64 taken() const { return ok + fixed; }
};

// A person already registered that a ledger lists again.
enum class DuplicatePolicy {
    Skip,   // keep the record as it is
    Update, // take the ledger's values
    Review, // keep it as it is and list the row in the report, for the clerk to look at
};

// Brings an office's own ledger (an xlsx or CSV file it kept before) into the store: reads the
// file as a stream, finds the heading, maps its columns to a target's fields, gives a verdict on
// every row (the dry run), and then writes the rows it took in one transaction, or nothing.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)

public:
    struct Options
    {
        QString target = QStringLiteral("residents");
        int sheet = -1; // -1: the first shown sheet with a heading for the target
        // The heading rows a clerk chose; 0: found by SheetHeader::detect.
        qint64 headerFirst = 0;
        qint64 headerLast = 0;
        // The field of each column (empty: not imported); empty: remembered for this layout of
        // headings, or guessed from them.
        QStringList mapping;
        QString villageCode; // the village of a ledger without a village column
        int year = 0; // for days written without a year; 0: the year of the file's 填报日期
        DuplicatePolicy duplicates = DuplicatePolicy::Skip;
        QDate today = QDate::currentDate();
    };

    // The first rows of a sheet, as the wizard shows them, with the heading found and the
    // mapping it proposes.
    struct Preview
    {
        QList<SheetRow> rows;
        QList<bool> hiddenColumns;
        SheetHeader header;
        QStringList mapping;
    };

    // Returns true to go on; false cancels.
    using Progress = std::function<bool(double share)>;

    // The heading is looked for among this many first rows of a sheet, which the preview gives.
    static constexpr qsizetype HeaderSearchRows = 40;

    explicit LedgerImport(Store &store);
    ~LedgerImport();

    Result<void> open(const QString &path);
    QString fileName() const;
    QList<SheetInfo> sheets() const;

    Result<Preview> preview(const Options &options);
    // Reads every row and gives its verdict; writes nothing.
    Result<ImportCounts> dryRun(const Options &options, const Progress &progress = {});
    const QList<ImportRowVerdict> &verdicts() const { return m_verdicts; }
    const SheetHeader &header() const { return m_header; }
    int sheet() const { return m_sheet; }
    const QStringList &mapping() const { return m_mapping; }

    // Writes what the dry run took, after a copy of the store (StoreBackup), in one
    // transaction with its audit entry and its line in the exchange history; and remembers the
    // mapping for files with these headings.
    Result<ImportCounts> commit(const Progress &progress = {});

    // The refused rows, and the duplicates kept for review, with their cells as the file had
    // them and the reason, under the file's heading: fixed in Excel, the report imports again.
    Result<void> writeReport(const QString &path) const;

    // The headings the mapping needs and the file lacks, translated; empty when it can be used.
    static QString missingFields(const ImportTarget &target, const QStringList &mapping);
    // The mapping the store remembers for headings like these, or the one they suggest.
    static QStringList proposedMapping(Store &store, const ImportTarget &target,
                                       const SheetHeader &header);

private:
    struct Reading;
    Result<void> read(const Options &options, Reading &reading, const Progress &progress);

    Store &m_store;
    QString m_path;
    std::unique_ptr<Workbook> m_workbook;
    Options m_options;
    ImportTarget m_target;
    int m_sheet = -1;
    SheetHeader m_header;
    QStringList m_mapping;
    FieldColumns m_columns; // from the mapping
    QList<ImportRowVerdict> m_verdicts;
    // The cells, as text, of the rows the report lists.
    QHash<qint64, QStringList> m_reportedCells;
    std::unique_ptr<ImportRows> m_rows;
    ImportCounts m_counts;
};
