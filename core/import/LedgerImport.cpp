#include "LedgerImport.h"

#include "CellValues.h"
#include "ImportRows.h"

#include "../exchange/ExchangeHistory.h"
#include "../registries/RegistryLayout.h"
#include "../registries/XlsxFile.h"
#include "../people/TextNormalizer.h"
#include "../store/AuditLog.h"
#include "../store/Rights.h"
#include "../store/Store.h"
#include "../store/StoreBackup.h"
#include "../store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString compactText(const SheetCell &cell)
{
    return cell.kind == SheetCell::Kind::Text ? TextNormalizer::compact(cell.text) : QString();
}

// Blank, or holding only copies of merged cells begun in a row above (a spare row inside a
// merged 村 or 户主 block).
bool isBlank(const SheetRow &row)
{
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const SheetCell &c) { return c.isBlank() || c.merged; });
}

QString mappingKey(const ImportTarget &target, const SheetHeader &header)
{
    QStringList names;
    for (const SheetHeader::Column &c : header.columns)
        names << SheetHeader::normalized(c.name());
    const QByteArray hash = QCryptographicHash::hash(names.join(u'\x1f').toUtf8(),
                                                     QCryptographicHash::Sha1).toHex();
    return u"import_mapping/"_s + target.key + u'/' + QString::fromLatin1(hash);
}

} // namespace

// Reads a sheet: holds its first rows until the heading is found among them, then gives each
// row after the heading its verdict.
struct LedgerImport::Reading : SheetSink
{
    Reading(LedgerImport &import, qsizetype previewRows) : import(import), previewRows(previewRows) { }

    void columns(const QList<bool> &hidden) override { hiddenColumns = hidden; }
    bool row(const SheetRow &row) override
    {
        if (cancelled)
            return false;
        if (!settled) {
            buffered.append(row);
            if (buffered.size() < std::max(HeaderSearchRows, previewRows))
                return true;
            return settle();
        }
        take(row);
        return true;
    }

    // Finds the heading and the mapping; false (and failure set) when the sheet has none.
    bool settle();
    void take(const SheetRow &row);
    QString skipped(const SheetRow &row) const;

    LedgerImport &import;
    const qsizetype previewRows; // > 0: reads only that many rows, for the preview
    QList<bool> hiddenColumns;
    QList<SheetRow> buffered;
    QStringList lowerHeadings; // compacted, to know the heading repeated below
    bool settled = false;
    bool cancelled = false;
    QString failure;
};

bool LedgerImport::Reading::settle()
{
    settled = true;
    const Options &options = import.m_options;
    const ImportTarget &target = import.m_target;
    import.m_header = options.headerFirst > 0
        ? SheetHeader::fromRows(buffered, options.headerFirst,
                                options.headerLast > 0 ? options.headerLast : options.headerFirst,
                                hiddenColumns)
        : SheetHeader::detect(buffered, target, hiddenColumns);
    import.m_mapping.clear();
    import.m_columns.clear();
    if (!import.m_header.isValid()) {
        QStringList wanted;
        for (const ImportField &f : target.fields) {
            if (f.key == "name"_L1 || f.key == "id_number"_L1 || f.key == "phone"_L1)
                wanted << f.synonyms.constFirst();
        }
        failure = tr("No heading row found in the first %1 rows: a ledger of %2 needs a row of "
                     "headings such as %3.")
                      .arg(HeaderSearchRows)
                      .arg(target.label, wanted.join(u"、"_s));
        return false;
    }
    import.m_mapping = options.mapping.isEmpty()
        ? proposedMapping(import.m_store, target, import.m_header)
        : options.mapping;
    for (qsizetype c = 0; c < import.m_mapping.size(); ++c) {
        if (!import.m_mapping[c].isEmpty())
            import.m_columns.insert(import.m_mapping[c], c);
    }
    if (previewRows > 0)
        return false;
    if (const QString missing = missingFields(target, import.m_mapping); !missing.isEmpty()) {
        failure = missing;
        return false;
    }
    auto rows = ImportRows::make({ import.m_store, target, options, import.m_header, import.m_columns });
    if (!rows) {
        failure = rows.error();
        return false;
    }
    import.m_rows = std::move(rows).value();
    for (const SheetHeader::Column &column : std::as_const(import.m_header.columns))
        lowerHeadings << TextNormalizer::compact(column.lower);
    for (const SheetRow &r : std::as_const(buffered))
        take(r);
    buffered.clear();
    return true;
}

QString LedgerImport::Reading::skipped(const SheetRow &row) const
{
    if (isBlank(row))
        return tr("blank row");
    // Clerks hide the persons who left rather than delete them; a filter hides rows too.
    if (row.hidden)
        return tr("hidden row: show it in the spreadsheet to import it");
    const qsizetype nameColumn = import.m_columns.value(u"name"_s, -1);
    const QString name = nameColumn >= 0 && nameColumn < row.cells.size()
        ? compactText(row.cells[nameColumn]) : QString();
    QString first;
    qsizetype filled = 0;
    for (const SheetCell &cell : row.cells) {
        if (cell.isBlank() || cell.merged)
            continue;
        if (++filled == 1)
            first = compactText(cell);
    }
    // 东村小计, 合计: a sum over the rows above, written where the row begins or the name goes.
    for (const QString &t : { first, name }) {
        if (t.contains(u"小计"_s))
            return tr("subtotal row");
        for (const QString &word : { u"合计"_s, u"总计"_s, u"共计"_s }) {
            if (t.contains(word))
                return tr("total row");
        }
    }
    // Pages printed from Excel repeat their heading.
    qsizetype same = 0;
    qsizetype headings = 0;
    for (qsizetype c = 0; c < lowerHeadings.size(); ++c) {
        if (lowerHeadings[c].isEmpty())
            continue;
        ++headings;
        if (c < row.cells.size() && compactText(row.cells[c]) == lowerHeadings[c])
            ++same;
    }
    if (same >= 2 && same * 2 >= headings)
        return tr("repeated heading");
    static const QStringList signatures = { u"填表人"_s, u"制表人"_s, u"审核人"_s, u"填报人"_s,
                                            u"负责人"_s, u"统计人"_s, u"制表"_s, u"审核"_s,
                                            u"备注："_s, u"备注:"_s, u"说明："_s, u"说明:"_s, u"注："_s };
    // And the signature line our own registers end with, in the language they were written in.
    static const QString ours = [] {
        const QString line = TextNormalizer::compact(RegistryLayout::signatureLine());
        const qsizetype colon = line.indexOf(QRegularExpression(u"[:：]"_s));
        return colon > 0 ? line.left(colon + 1) : line;
    }();
    if (filled <= 4) {
        for (const QString &s : signatures) {
            if (first.startsWith(s))
                return tr("signature or remark line");
        }
        if (first.startsWith(ours))
            return tr("signature or remark line");
    }
    return {};
}

void LedgerImport::Reading::take(const SheetRow &row)
{
    if (row.number <= import.m_header.lastRow)
        return;
    ImportRowVerdict verdict;
    if (const QString why = skipped(row); !why.isEmpty()) {
        verdict.verdict = ImportVerdict::Skipped;
        verdict.note = why;
    } else {
        verdict = import.m_rows->take({ row, import.m_columns });
    }
    verdict.row = row.number;
    ImportCounts &counts = import.m_counts;
    switch (verdict.verdict) {
    case ImportVerdict::Ok: ++counts.ok; break;
    case ImportVerdict::Fixed: ++counts.fixed; break;
    case ImportVerdict::Refused: ++counts.refused; break;
    case ImportVerdict::Skipped: ++counts.skipped; break;
    case ImportVerdict::Duplicate: ++counts.duplicates; break;
    }
    if (verdict.verdict == ImportVerdict::Refused
        || (verdict.verdict == ImportVerdict::Duplicate
            && import.m_options.duplicates == DuplicatePolicy::Review)) {
        // As the clerk saw them: a date cell as a date, not as Excel's day number.
        QStringList cells;
        for (const SheetCell &cell : row.cells) {
            const auto date = cell.kind == SheetCell::Kind::Date ? CellValues::dateTime(cell).value
                                                                 : std::nullopt;
            cells << (!date                       ? cell.text
                      : cell.number < 1              ? date->time().toString(u"HH:mm"_s)
                      : date->time() == QTime(0, 0) ? date->date().toString(Qt::ISODate)
                                                     : date->toString(u"yyyy-MM-dd HH:mm"_s));
        }
        import.m_reportedCells.insert(row.number, cells);
    }
    import.m_verdicts.append(verdict);
}

void FieldColumns::insert(const QString &field, qsizetype column)
{
    for (Entry &e : m_entries) {
        if (e.field == field) {
            e.column = column;
            return;
        }
    }
    m_entries.append({ field, column });
}

LedgerImport::LedgerImport(Store &store) : m_store(store) { }
LedgerImport::~LedgerImport() = default;

Result<void> LedgerImport::open(const QString &path)
{
    auto workbook = Workbook::open(path);
    if (!workbook)
        return Result<void>::failure(workbook.error());
    m_workbook = std::move(workbook).value();
    m_path = path;
    return {};
}

QString LedgerImport::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QList<SheetInfo> LedgerImport::sheets() const
{
    return m_workbook ? m_workbook->sheets() : QList<SheetInfo>();
}

QString LedgerImport::missingFields(const ImportTarget &target, const QStringList &mapping)
{
    QStringList missing;
    for (const ImportField &f : target.fields) {
        if (f.required && !mapping.contains(f.key))
            missing << f.label;
    }
    if (missing.isEmpty())
        return {};
    return tr("The ledger has no column for %1: map one of its columns to it.")
        .arg(missing.join(u"、"_s));
}

QStringList LedgerImport::proposedMapping(Store &store, const ImportTarget &target,
                                          const SheetHeader &header)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(mappingKey(target, header));
    if (q.exec() && q.next()) {
        QStringList remembered;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            remembered << (target.knows(v.toString()) ? v.toString() : QString());
        if (remembered.size() == header.columns.size())
            return remembered;
    }
    // Each field once: a heading that is a synonym before one that holds it (成员身份证号码
    // before 户主身份证号码), a shown column before a hidden one.
    QStringList mapping(header.columns.size());
    QSet<QString> taken;
    for (const auto match : { SheetHeader::Match::Exact, SheetHeader::Match::Within }) {
        for (bool hidden : { false, true }) {
            for (qsizetype c = 0; c < header.columns.size(); ++c) {
                const SheetHeader::Column &column = header.columns[c];
                if (column.hidden != hidden || !mapping[c].isEmpty())
                    continue;
                // A column of data (3月5日 over 上午) before a fixed field its heading also
                // names (上午 of a sheet with a line per day).
                QString field = target.columnField ? target.columnField(column.upper, column.lower)
                                                   : QString();
                if (field.isEmpty())
                    field = SheetHeader::fieldFor(column.lower, target, match);
                if (field.isEmpty())
                    field = SheetHeader::fieldFor(column.name(), target, match);
                if (!field.isEmpty() && !taken.contains(field)) {
                    mapping[c] = field;
                    taken.insert(field);
                }
            }
        }
    }
    return mapping;
}

Result<void> LedgerImport::read(const Options &options, Reading &reading, const Progress &progress)
{
    using R = Result<void>;
    if (!m_workbook)
        return R::failure(tr("Open a ledger file first."));
    m_target = ImportTarget::byKey(options.target);
    if (!m_target.isValid())
        return R::failure(tr("Unknown kind of ledger %1: choose one of %2.")
                              .arg(options.target, ImportTarget::keys().join(u", "_s)));
    m_options = options;
    const QList<SheetInfo> sheets = m_workbook->sheets();
    QList<int> tried;
    if (options.sheet >= 0) {
        if (options.sheet >= sheets.size())
            return R::failure(tr("The file has %n sheet(s).", nullptr, int(sheets.size())));
        tried << options.sheet;
    } else {
        for (int i = 0; i < sheets.size(); ++i) {
            if (!sheets[i].hidden)
                tried << i;
        }
    }
    QString failure;
    for (int sheet : tried) {
        reading.buffered.clear();
        reading.settled = false;
        reading.failure.clear();
        m_verdicts.clear();
        m_reportedCells.clear();
        m_counts = {};
        m_rows.reset();
        m_sheet = sheet;
        auto done = m_workbook->read(sheet, reading, [&](double share) {
            if (progress && !progress(share))
                reading.cancelled = true;
        });
        if (!done)
            return R::failure(sheets.size() > 1
                                  ? tr("Sheet %1: %2").arg(sheets[sheet].name, done.error())
                                  : done.error());
        if (reading.cancelled)
            return R::failure(tr("Cancelled."));
        if (!reading.settled)
            reading.settle();
        if (reading.failure.isEmpty() && m_header.isValid())
            return {};
        if (failure.isEmpty())
            failure = reading.failure;
        // Without a sheet chosen, a sheet of notes is passed over for the next.
        if (m_header.isValid())
            break;
    }
    return R::failure(failure.isEmpty() ? tr("The file has no sheet to read.") : failure);
}

Result<LedgerImport::Preview> LedgerImport::preview(const Options &options)
{
    using R = Result<Preview>;
    if (!m_workbook)
        return R::failure(tr("Open a ledger file first."));
    // What a dry run took belongs to its own options: a preview asks for a new dry run.
    m_rows.reset();
    m_counts = {};
    m_verdicts.clear();
    m_reportedCells.clear();
    m_target = ImportTarget::byKey(options.target);
    m_options = options;
    const QList<SheetInfo> sheets = m_workbook->sheets();
    int sheet = options.sheet;
    for (int i = 0; sheet < 0 && i < sheets.size(); ++i) {
        if (!sheets[i].hidden)
            sheet = i;
    }
    if (sheet < 0 || sheet >= sheets.size())
        return R::failure(tr("The file has no sheet to read."));
    // The first rows whether or not a heading is found among them: the clerk may point at it.
    Reading reading(*this, LedgerImport::HeaderSearchRows);
    if (auto r = m_workbook->read(sheet, reading); !r)
        return R::failure(r.error());
    if (!reading.settled)
        reading.settle();
    m_sheet = sheet;
    return Preview { reading.buffered, reading.hiddenColumns, m_header, m_mapping };
}

Result<ImportCounts> LedgerImport::dryRun(const Options &options, const Progress &progress)
{
    Reading reading(*this, 0);
    if (auto r = read(options, reading, progress); !r) {
        m_rows.reset();
        return Result<ImportCounts>::failure(r.error());
    }
    m_counts.households = m_rows->households();
    if (m_counts.taken() + m_counts.refused + m_counts.duplicates == 0)
        return Result<ImportCounts>::failure(
            tr("The sheet has headings but no rows of data below them."));
    return m_counts;
}

Result<ImportCounts> LedgerImport::commit(const Progress &progress)
{
    using R = Result<ImportCounts>;
    if (!m_rows)
        return R::failure(tr("Run the dry run first."));
    if (auto allowed = Rights::checkWriting(m_store, m_target.table); !allowed)
        return R::failure(allowed.error());
    const bool updates = m_options.duplicates == DuplicatePolicy::Update || m_target.key == "returnees"_L1;
    if (m_counts.taken() == 0 && !(updates && m_counts.duplicates > 0))
        return R::failure(tr("No row can be imported: %1 refused, %2 already registered.")
                              .arg(m_counts.refused)
                              .arg(m_counts.duplicates));
    const QString backups = StoreBackup::folderFor(m_store.path());
    auto copy = StoreBackup::make(m_store, StoreBackup::Kind::BeforeImport, backups);
    if (!copy)
        return R::failure(copy.error());
    // An import that fails leaves the store as it was, and its copy is of no use.
    auto dropCopy = qScopeGuard([path = copy.value()] { QFile::remove(path); });

    Transaction transaction(m_store);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    auto written = m_rows->write(progress);
    if (!written)
        return R::failure(written.error());
    const QVariantMap summary = { { u"file"_s, fileName() },
                                  { u"target"_s, m_target.key },
                                  { u"ok"_s, m_counts.ok },
                                  { u"fixed"_s, m_counts.fixed },
                                  { u"refused"_s, m_counts.refused },
                                  { u"duplicates"_s, m_counts.duplicates },
                                  { u"households"_s, m_counts.households } };
    if (auto r = AuditLog::append(m_store, m_target.table, u"*"_s, AuditLog::Action::Bulk, {}, summary); !r)
        return R::failure(r.error());

    ExchangeRecord record;
    record.direction = u"import"_s;
    record.kind = u"ledger"_s;
    record.unitCode = m_store.unitCode();
    record.fileName = fileName();
    record.rows = written.value();
    record.bytes = QFileInfo(m_path).size();
    record.tables = { { m_target.table, m_counts.taken(), m_counts.duplicates } };
    if (m_counts.refused > 0)
        record.warning = tr("%n row(s) refused", nullptr, int(m_counts.refused));
    if (auto r = ExchangeHistory::record(m_store, record); !r)
        return R::failure(r.error());

    QSqlQuery remember(m_store.db());
    remember.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    remember.addBindValue(mappingKey(m_target, m_header));
    remember.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(m_mapping)).toJson(QJsonDocument::Compact)));
    if (!remember.exec())
        return R::failure(Store::tr("Database error: %1").arg(remember.lastError().text()));

    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    dropCopy.dismiss();
    StoreBackup::keepNewest(backups, StoreBackup::Kind::BeforeImport);
    m_rows.reset();
    return m_counts;
}

Result<void> LedgerImport::writeReport(const QString &path) const
{
    using R = Result<void>;
    XlsxFile file(true);
    lxw_workbook *wb = file.workbook();
    if (!wb)
        return R::failure(file.error());
    lxw_worksheet *ws = workbook_add_worksheet(wb, tr("Rows to fix").toUtf8().constData());
    lxw_format *heading = workbook_add_format(wb);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xDDEBF7);
    // Text cells throughout, so that ID numbers typed again stay text.
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    format_set_text_wrap(text);
    lxw_format *reason = workbook_add_format(wb);
    format_set_num_format(reason, "@");
    format_set_font_color(reason, 0xC00000);
    format_set_text_wrap(reason);

    // The file's own headings, one row of them, so that the report imports as the ledger did.
    const auto columns = lxw_col_t(m_header.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        worksheet_write_string(ws, 0, c, m_header.columns[c].name().toUtf8().constData(), heading);
        worksheet_set_column(ws, c, c, 14, text);
    }
    worksheet_write_string(ws, 0, columns, tr("Row in %1").arg(fileName()).toUtf8().constData(), heading);
    worksheet_write_string(ws, 0, columns + 1, tr("Why").toUtf8().constData(), heading);
    worksheet_set_column(ws, columns, columns, 10, nullptr);
    worksheet_set_column(ws, columns + 1, columns + 1, 50, reason);
    worksheet_freeze_panes(ws, 1, 0);

    lxw_row_t row = 1;
    for (const ImportRowVerdict &v : m_verdicts) {
        const auto cells = m_reportedCells.constFind(v.row);
        if (cells == m_reportedCells.cend())
            continue;
        for (qsizetype c = 0; c < cells->size() && c < columns; ++c) {
            if (!cells->at(c).isEmpty())
                worksheet_write_string(ws, row, lxw_col_t(c), cells->at(c).toUtf8().constData(), text);
        }
        worksheet_write_number(ws, row, columns, double(v.row), nullptr);
        worksheet_write_string(ws, row, columns + 1, v.note.toUtf8().constData(), reason);
        ++row;
    }
    return file.save(path);
}
