#include "CsvWorkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A file whose first megabytes are valid UTF-8 is taken for UTF-8: GB18030 text of any length
// almost never is.
constexpr qint64 SampleBytes = 4 * 1024 * 1024;
// Enough of the start to see the separator, past the title lines above a table's header.
constexpr qsizetype SeparatorSampleBytes = 64 * 1024;
constexpr int SeparatorSampleLines = 50;
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 ProgressEveryRows = 4096;

// UTF-16 without a BOM shows by its NUL bytes: the ASCII characters of a table (digits,
// separators, line ends) each have one, always on the same side; binary data has them on both.
QByteArray utf16WithoutBom(QByteArrayView head)
{
    const qsizetype size = qMin(head.size(), SeparatorSampleBytes) & ~qsizetype(1);
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (head[i] == 0)
            ++(i % 2 ? odd : even);
    }
    const qsizetype pairs = size / 2;
    if (odd * 4 > pairs && even * 16 < odd)
        return "UTF-16LE";
    if (even * 4 > pairs && odd * 16 < even)
        return "UTF-16BE";
    return {};
}

bool isUtf8(QByteArrayView head)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    // A character cut at the end of the sample stays in the decoder's state, not an error.
    const QString decoded = decoder.decode(head);
    return !decoder.hasError();
}

// The separator seen most often outside quotes in the first lines: a comma unless tabs (Excel's
// "Unicode text") or semicolons (Excel where the decimal sign is a comma) are.
QChar separatorOf(QStringView start)
{
    qsizetype commas = 0;
    qsizetype tabs = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    int lines = 0;
    for (const QChar c : start) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\n' && ++lines == SeparatorSampleLines)
            break;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

// Splits decoded text into records and cells as RFC 4180 has it, and hands the records to the
// sink as rows. Fed in chunks: a quote, a cell or a CRLF may straddle two of them.
class RecordSplitter
{
public:
    RecordSplitter(QChar separator, SheetSink &sink) : m_separator(separator), m_sink(sink) { }

    // False when the reading stops: refused (error() says why) or stopped by the sink.
    bool feed(QStringView text);
    // At the end of the file: the last record, even without its line end.
    bool finish();

    const QString &error() const { return m_error; }
    qint64 row() const { return m_row; }

private:
    enum class State { CellStart, Unquoted, Quoted, QuoteInQuoted };

    bool count();
    bool append(QChar c);
    bool endCell();
    bool endRecord();
    bool fail(QString message)
    {
        m_error = std::move(message);
        return false;
    }

    const QChar m_separator;
    SheetSink &m_sink;
    State m_state = State::CellStart;
    QString m_cell;
    QList<SheetCell> m_cells;
    qint64 m_recordCharacters = 0;
    qint64 m_row = 1;  // the record being read
    qint64 m_line = 1; // the line of the file being read: records may span several
    qint64 m_quoteLine = 0;
    // Blank rows are held back until a row with cells follows, so that the blank lines at the end
    // of a file make no rows.
    qint64 m_blankRows = 0;
    bool m_afterCR = false;
    QString m_error;
};

bool RecordSplitter::feed(QStringView text)
{
    for (const QChar c : text) {
        if (m_afterCR) {
            m_afterCR = false;
            if (c == u'\n')
                continue; // the rest of a CRLF
        }
        if (c.isNull())
            return fail(
                    CsvWorkbook::tr("Row %1 holds a NUL character: the file is not a text file.")
                            .arg(m_row));
        const bool lineEnd = c == u'\r' || c == u'\n';
        if (lineEnd) {
            ++m_line;
            m_afterCR = c == u'\r';
        }
        switch (m_state) {
        case State::QuoteInQuoted:
            if (c == u'"') {
                m_state = State::Quoted;
                if (!append(c))
                    return false;
                break;
            }
            // The quote closed the cell; text after it is kept, as Excel does.
            [[fallthrough]];
        case State::CellStart:
            if (m_state == State::CellStart && c == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                break;
            }
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_separator) {
                m_state = State::CellStart;
                if (!count() || !endCell())
                    return false;
            } else if (lineEnd) {
                m_state = State::CellStart;
                if (!endRecord())
                    return false;
            } else {
                m_state = State::Unquoted;
                if (!append(c))
                    return false;
            }
            break;
        case State::Quoted:
            if (c == u'"')
                m_state = State::QuoteInQuoted;
            else if (!append(lineEnd ? QChar(u'\n') : c))
                return false;
            break;
        }
    }
    return true;
}

bool RecordSplitter::finish()
{
    if (m_state == State::Quoted)
        return fail(CsvWorkbook::tr("The quote that opens cell %1 of row %2 (line %3 of the file) "
                                    "is never closed: the rest of the file would be one cell.")
                            .arg(m_cells.size() + 1)
                            .arg(m_row)
                            .arg(m_quoteLine));
    if (m_state != State::CellStart || !m_cells.isEmpty())
        return endRecord();
    return true;
}

bool RecordSplitter::count()
{
    if (++m_recordCharacters > CsvWorkbook::MaxRecordCharacters)
        return fail(CsvWorkbook::tr("Row %1 is longer than %2 characters: the file is damaged or "
                                    "is not a table.")
                            .arg(m_row)
                            .arg(CsvWorkbook::MaxRecordCharacters));
    return true;
}

bool RecordSplitter::append(QChar c)
{
    if (!count())
        return false;
    if (m_cell.size() >= Workbook::MaxCellCharacters) {
        if (m_state == State::Quoted)
            return fail(CsvWorkbook::tr("Cell %1 of row %2 holds more than %3 characters: the "
                                        "quote that opens it in line %4 of the file is perhaps "
                                        "never closed.")
                                .arg(m_cells.size() + 1)
                                .arg(m_row)
                                .arg(Workbook::MaxCellCharacters)
                                .arg(m_quoteLine));
        return fail(CsvWorkbook::tr("Cell %1 of row %2 holds more than %3 characters, more than a "
                                    "spreadsheet cell can.")
                            .arg(m_cells.size() + 1)
                            .arg(m_row)
                            .arg(Workbook::MaxCellCharacters));
    }
    m_cell.append(c);
    return true;
}

bool RecordSplitter::endCell()
{
    if (m_cells.size() >= Workbook::MaxColumns)
        return fail(CsvWorkbook::tr("Row %1 has more than %2 columns, more than a spreadsheet can.")
                            .arg(m_row)
                            .arg(Workbook::MaxColumns));
    SheetCell cell;
    if (!m_cell.isEmpty()) {
        cell.kind = SheetCell::Kind::Text;
        cell.text = std::exchange(m_cell, QString());
    }
    m_cells.append(cell);
    return true;
}

bool RecordSplitter::endRecord()
{
    if (!endCell())
        return false;
    while (!m_cells.isEmpty() && m_cells.constLast().kind == SheetCell::Kind::Empty)
        m_cells.removeLast();
    m_recordCharacters = 0;
    const qint64 number = m_row++;
    if (m_cells.isEmpty()) {
        ++m_blankRows;
        return true;
    }
    if (number > Workbook::MaxRows)
        return fail(CsvWorkbook::tr("The file has more than %1 rows, more than a spreadsheet can: "
                                    "split it into smaller files.")
                            .arg(Workbook::MaxRows));
    for (qint64 blank = number - m_blankRows; blank < number; ++blank) {
        SheetRow row;
        row.number = blank;
        if (!m_sink.row(row))
            return false;
    }
    m_blankRows = 0;
    SheetRow row;
    row.number = number;
    row.cells = std::exchange(m_cells, {});
    return m_sink.row(row);
}

} // namespace

CsvWorkbook::CsvWorkbook(QString path, QByteArray encoding, qint64 bomSize, QChar separator)
    : m_path(std::move(path)),
      m_encoding(std::move(encoding)),
      m_bomSize(bomSize),
      m_separator(separator)
{
}

Result<std::unique_ptr<Workbook>> CsvWorkbook::open(const QString &path)
{
    using R = Result<std::unique_ptr<Workbook>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path),
                                                       file.errorString()));
    const QByteArray head = file.read(SampleBytes);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path),
                                                       file.errorString()));

    QByteArray encoding;
    qint64 bomSize = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        encoding = "UTF-8";
        bomSize = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        encoding = "UTF-16LE";
        bomSize = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        encoding = "UTF-16BE";
        bomSize = 2;
    } else {
        encoding = utf16WithoutBom(head);
        if (encoding.isEmpty()) {
            if (head.contains('\0'))
                return R::failure(tr("%1 is not a CSV file: it holds binary data, as a "
                                     "spreadsheet, a document or a picture does. Save the sheet "
                                     "as CSV and choose that file.")
                                          .arg(QFileInfo(path).fileName()));
            // Excel and WPS on Chinese Windows save "CSV" in the system's code page, GBK, which
            // GB18030 contains.
            encoding = isUtf8(head) ? "UTF-8" : "GB18030";
        }
    }

    QStringDecoder decoder(encoding.constData());
    const QString start = decoder.decode(QByteArrayView(head).sliced(bomSize).first(
            qMin(head.size() - bomSize, SeparatorSampleBytes)));
    return std::unique_ptr<Workbook>(new CsvWorkbook(path, encoding, bomSize, separatorOf(start)));
}

QList<SheetInfo> CsvWorkbook::sheets() const
{
    return { SheetInfo { QFileInfo(m_path).completeBaseName(), false } };
}

Result<void> CsvWorkbook::read(int sheet, SheetSink &sink,
                               const std::function<void(double)> &progress)
{
    Q_ASSERT(sheet == 0);
    Q_UNUSED(sheet)
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_bomSize))
        return Result<void>::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path),
                                                                  file.errorString()));
    const double size = double(qMax<qint64>(file.size(), 1));
    QStringDecoder decoder(m_encoding.constData());
    RecordSplitter records(m_separator, sink);
    const auto stopped = [&] {
        return records.error().isEmpty() ? Result<void>() : Result<void>::failure(records.error());
    };
    sink.columns({});
    qint64 progressRows = 0;
    while (true) {
        const QByteArray bytes = file.read(ChunkBytes);
        if (file.error() != QFileDevice::NoError)
            return Result<void>::failure(tr("Cannot read %1: %2")
                                                 .arg(QDir::toNativeSeparators(m_path),
                                                      file.errorString()));
        if (bytes.isEmpty())
            break;
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            // The rows before the first character that could not be read are read, so that the
            // refusal names the row it is in.
            if (!records.feed(QStringView(text).first(
                        qMax<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter)))))
                return stopped();
            return Result<void>::failure(tr("Row %1 is not %2 text, as the start of the file is: "
                                            "save the sheet as CSV again.")
                                                 .arg(records.row())
                                                 .arg(QString::fromLatin1(m_encoding)));
        }
        if (!records.feed(text))
            return stopped();
        if (progress && records.row() / ProgressEveryRows != progressRows) {
            progressRows = records.row() / ProgressEveryRows;
            progress(double(file.pos()) / size);
        }
    }
    if (!records.finish())
        return stopped();
    return {};
}
