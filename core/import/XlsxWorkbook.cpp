#include "XlsxWorkbook.h"

#include "XmlScanner.h"

#include "../zip/ZipArchive.h"

#include <QByteArrayMatcher>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The workbook, its relationships and its styles are small, whatever the number of rows.
constexpr qint64 MaxPartBytes = 16 << 20;
// Small entries may inflate a lot (a sheet of blank rows); the ratio is judged past this.
constexpr qint64 InflationGrace = 32 << 20;
constexpr qint64 ProgressEveryRows = 4096;
constexpr int ProgressEveryPieces = 64;
// The share of a sheet's progress taken by the pass that looks for its merged ranges.
constexpr double ScanShare = 0.1;
// Days from the 1904 date system's day 0 to the 1900 system's.
constexpr double Days1904 = 1462;

bool isTrue(QByteArrayView value)
{
    return value == "1" || value == "true";
}

bool inflatesTooMuch(qint64 inflated, qint64 compressed)
{
    return inflated > InflationGrace
        && inflated > XlsxWorkbook::MaxInflation * qMax<qint64>(compressed, 1);
}

// "B3" → column 1 (from 0) and row 3; a reference without a row gives row 0. False for anything
// that is not a reference within the sheet's limits.
template <typename Char>
bool parseReference(const Char *p, qsizetype size, int &column, qint64 &row)
{
    qsizetype i = 0;
    int letters = 0;
    for (; i < size; ++i) {
        const auto c = unsigned(p[i]) | 0x20; // lower case
        if (c < 'a' || c > 'z')
            break;
        letters = letters * 26 + int(c - 'a' + 1);
        if (i == 3)
            return false;
    }
    if (i == 0 || letters > Workbook::MaxColumns)
        return false;
    column = letters - 1;
    row = 0;
    for (; i < size; ++i) {
        const auto c = unsigned(p[i]);
        if (c < '0' || c > '9' || row > Workbook::MaxRows)
            return false;
        row = row * 10 + (c - '0');
    }
    return true;
}

// Decodes the _xHHHH_ escapes with which Excel writes control characters (a carriage return is
// _x000D_) and an underscore that would look like one (_x005F_).
void decodeEscapes(QString &text)
{
    if (!text.contains(u"_x"))
        return;
    auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
    };
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_'
            && hex(text[i + 2]) && hex(text[i + 3]) && hex(text[i + 4]) && hex(text[i + 5])) {
            decoded += QChar(char16_t(QStringView(text).sliced(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            decoded += text[i];
        }
    }
    text = decoded;
}

// Excel's built-in number formats that show a date or a time, the Chinese ones included.
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

// A format code shows a date or a time when it has a date or time token outside quoted text,
// escaped characters and brackets (colours, conditions, locales): "yyyy/m/d", "h:mm",
// yyyy"年"m"月"d"日" are dates, "0.00", "[Red]0", 0"天" are not. Brackets of elapsed time ([h],
// [mm]) are durations, which are read as times.
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        switch (c) {
        case u'"': {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'\\':
        case u'_':
        case u'*':
            ++i; // an escaped character, a space as wide as one, a fill character
            break;
        case u'[': {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                return false;
            const QStringView inner = code.sliced(i + 1, end - i - 1);
            if (!inner.isEmpty()
                && std::all_of(inner.begin(), inner.end(),
                    [&inner](QChar x) { return x.toLower() == inner.front().toLower(); })
                && QStringView(u"hms").contains(inner.front().toLower()))
                return true;
            i = end;
            break;
        }
        case u'y':
        case u'm':
        case u'd':
        case u'h':
        case u's':
            return true;
        default:
            break;
        }
    }
    return false;
}

// Hands each token of a callable on to it: (const XmlScanner &, XmlScanner::Token) → bool.
template <typename Token>
class TokenHandler : public XmlScanner::Handler
{
public:
    explicit TokenHandler(Token &token) : m_token(token) { }
    bool token(const XmlScanner &xml, XmlScanner::Token token) override { return m_token(xml, token); }

private:
    Token &m_token;
};

// Streams an entry of the zip through an XmlScanner, handing each token to token until it
// returns false (the caller knows why). damaged words a message for an entry that is not whole
// or not well-formed XML.
template <typename Token, typename Damaged>
Result<void> parseXml(ZipReader &zip, const ZipReader::Entry &entry, qint64 limit,
    const QString &tooLarge, Token &&token, Damaged &&damaged)
{
    XmlScanner xml;
    TokenHandler<std::remove_reference_t<Token>> handler(token);
    QString problem;
    bool stopped = false;
    qint64 inflated = 0;
    // The limits are checked here rather than by ZipReader, to say them in the words of a sheet.
    const Result<void> streamed
        = zip.stream(entry.name, std::numeric_limits<qint64>::max(), [&](const QByteArray &piece) {
              inflated += piece.size();
              if (inflated > limit) {
                  problem = tooLarge;
                  return false;
              }
              if (inflatesTooMuch(inflated, zip.compressedRead())) {
                  //: Ends a sentence "… is damaged: %1."
                  problem = damaged(XlsxWorkbook::tr(
                      "it unpacks to far more than a spreadsheet does; it may be made to fill the "
                      "memory (a zip bomb)"));
                  return false;
              }
              // What follows the root element is only read to check the entry's CRC.
              if (xml.add(piece, handler))
                  return true;
              if (xml.error().isEmpty())
                  stopped = true;
              else
                  problem = damaged(xml.error());
              return false;
          });
    if (stopped)
        return {};
    if (!problem.isEmpty())
        return Result<void>::failure(problem);
    //: Ends a sentence "… is damaged: %1."
    if (!streamed)
        return Result<void>::failure(
            damaged(XlsxWorkbook::tr("it cannot be unpacked; the file may have been cut short")));
    //: Ends a sentence "… is damaged: %1."
    if (!xml.isWhole())
        return Result<void>::failure(
            damaged(XlsxWorkbook::tr("it ends early; the file may have been cut short")));
    return {};
}

} // namespace

struct XlsxWorkbook::Parts
{
    struct Sheet
    {
        SheetInfo info;
        QString entry;
    };

    explicit Parts(const QString &path)
        : zip(path)
    { }

    const ZipReader::Entry *find(const QString &name) const
    {
        for (const ZipReader::Entry &e : zip.entries()) {
            if (e.name == name)
                return &e;
        }
        // Some writers spell a part's name in another case than its relationship does.
        for (const ZipReader::Entry &e : zip.entries()) {
            if (e.name.compare(name, Qt::CaseInsensitive) == 0)
                return &e;
        }
        return nullptr;
    }

    qsizetype stringCount() const { return qsizetype(stringStarts.size()) - 1; }
    QString string(qsizetype i) const
    {
        return QString(stringChars.constData() + stringStarts[size_t(i)],
            qsizetype(stringStarts[size_t(i) + 1] - stringStarts[size_t(i)]));
    }

    ZipReader zip;
    QString fileName;
    QList<Sheet> sheets;
    QString stylesEntry;
    QString sharedStringsEntry;
    bool sharedStringsRead = false;
    // The shared texts one after the other, and where each begins: far less memory than a
    // QString each, for the million texts of a large ledger.
    QString stringChars;
    std::vector<quint32> stringStarts { 0 };
    std::vector<bool> dateStyles; // by cell style (xf) index
    bool date1904 = false;
};

namespace {

struct Merge
{
    qint32 firstRow; // rows from 1, columns from 0
    qint32 firstColumn;
    qint32 lastRow;
    qint32 lastColumn;
};

// Finds a sheet's merged ranges in its inflated bytes, without parsing it: <mergeCells> comes
// after <sheetData>, yet the rows need the ranges as they come.
class MergeScanner
{
public:
    // False when the sheet has more merged ranges or merged cells than allowed.
    bool add(const QByteArray &piece)
    {
        const QByteArray data = m_carry.isEmpty() ? piece : m_carry + piece;
        const std::string_view bytes(data.constData(), size_t(data.size()));
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = m_matcher.indexIn(data, from);
            if (at < 0)
                break;
            const qsizetype after = at + Name.size();
            if (after >= data.size()) {
                m_carry = data.mid(qMax<qsizetype>(at - 1, 0));
                return true;
            }
            const char before = at > 0 ? data[at - 1] : ' ';
            // <mergeCell ref=…> or <x:mergeCell …>, not <mergeCells> nor a text.
            if ((before != '<' && before != ':') || !isSpace(data[after])) {
                from = after;
                continue;
            }
            const size_t end = bytes.find('>', size_t(after));
            if (end == std::string_view::npos) {
                if (data.size() - at < 4096) {
                    m_carry = data.mid(qMax<qsizetype>(at - 1, 0));
                    return true;
                }
                from = after;
                continue;
            }
            if (!addRange(bytes.substr(size_t(after), end - size_t(after))))
                return false;
            from = qsizetype(end) + 1;
        }
        m_carry = data.right(qMin<qsizetype>(data.size() - from, Name.size() + 1));
        return true;
    }

    std::vector<Merge> takeMerges()
    {
        std::sort(m_merges.begin(), m_merges.end(), [](const Merge &a, const Merge &b) {
            return a.firstRow != b.firstRow ? a.firstRow < b.firstRow
                                            : a.firstColumn < b.firstColumn;
        });
        return std::move(m_merges);
    }

private:
    static constexpr QByteArrayView Name = "mergeCell";
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    bool addRange(std::string_view attributes)
    {
        size_t at = 0;
        while ((at = attributes.find("ref=", at)) != std::string_view::npos) {
            if (at == 0 || isSpace(attributes[at - 1]))
                break;
            at += 4;
        }
        if (at == std::string_view::npos || at + 5 > attributes.size())
            return true;
        const char quote = attributes[at + 4];
        const size_t end = attributes.find(quote, at + 5);
        const size_t colon = attributes.find(':', at + 5);
        if (end == std::string_view::npos || colon == std::string_view::npos || colon > end)
            return true; // a one-cell range merges nothing
        Merge m;
        int column = 0;
        qint64 row = 0;
        const char *p = attributes.data();
        if (!parseReference(p + at + 5, qsizetype(colon - at - 5), column, row) || row < 1)
            return true;
        m.firstColumn = column;
        m.firstRow = qint32(row);
        if (!parseReference(p + colon + 1, qsizetype(end - colon - 1), column, row) || row < 1)
            return true;
        m.lastColumn = column;
        m.lastRow = qint32(row);
        // Ranges Excel would not write are left out rather than guessed at.
        if (m.lastRow < m.firstRow || m.lastColumn < m.firstColumn
            || (m.lastRow == m.firstRow && m.lastColumn == m.firstColumn))
            return true;
        m_cells += qint64(m.lastRow - m.firstRow + 1) * (m.lastColumn - m.firstColumn + 1);
        m_merges.push_back(m);
        return qint64(m_merges.size()) <= XlsxWorkbook::MaxMergedRanges
            && m_cells <= XlsxWorkbook::MaxMergedCells;
    }

    const QByteArrayMatcher m_matcher { Name.data(), Name.size() };
    QByteArray m_carry;
    std::vector<Merge> m_merges;
    qint64 m_cells = 0;
};

// The second pass over a sheet: its rows as XmlScanner tokens, turned into SheetRows with
// the merged ranges filled in and the blank rows the file leaves out put back.
class SheetParser
{
public:
    SheetParser(const XlsxWorkbook::Parts &parts, const QString &sheetName,
        std::vector<Merge> merges, SheetSink &sink, std::function<void()> progress)
        : m_parts(parts)
        , m_sheetName(sheetName)
        , m_merges(std::move(merges))
        , m_sink(sink)
        , m_progress(std::move(progress))
    {
        for (const Merge &m : m_merges)
            m_lastMergedRow = qMax<qint64>(m_lastMergedRow, m.lastRow);
    }

    // False to stop: the sheet's rows are done, the sink stopped, or problem() says why not.
    bool token(const XmlScanner &xml, XmlScanner::Token token)
    {
        switch (token) {
        case XmlScanner::Token::Start:
            return startElement(xml);
        case XmlScanner::Token::End:
            return endElement(xml.name());
        case XmlScanner::Token::Text:
            if (m_collecting) {
                // Four bytes at most to a character: the characters are counted at the cell's end.
                if (m_value.size() + xml.text().size() > 4 * Workbook::MaxCellCharacters)
                    return tooLong();
                m_value.append(xml.text());
            }
            return true;
        }
        return true;
    }

    // After the last row: the rows that only merged ranges still cover.
    void finish()
    {
        tellColumns();
        if (!m_stopped)
            skipTo(m_lastMergedRow + 1);
    }

    const QString &problem() const { return m_problem; }
    bool stopped() const { return m_stopped; }
    qint64 row() const { return m_inRow ? m_row.number : m_lastRow + 1; }

private:
    enum class Type { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

    struct ActiveMerge
    {
        Merge range;
        SheetCell value;
    };

    bool refuse(const QString &problem)
    {
        m_problem = problem;
        return false;
    }

    bool tooLong()
    {
        return refuse(XlsxWorkbook::tr("Sheet %1, row %2: a cell holds more than %3 characters, "
                                       "more than a spreadsheet allows.")
                          .arg(m_sheetName)
                          .arg(row())
                          .arg(Workbook::MaxCellCharacters));
    }

    bool startElement(const XmlScanner &xml)
    {
        const QByteArrayView name = xml.name();
        if (name == "c") {
            if (m_inRow)
                return startCell(xml);
        } else if (name == "v" || name == "t") {
            // A text is in <is><t> or in runs <is><r><t>, never in the phonetic guide <rPh><t>.
            m_collecting = name == "v" ? m_inCell : m_inInlineString && !m_inPhonetic;
            m_hasValue = m_hasValue || m_collecting;
        } else if (name == "row") {
            return startRow(xml);
        } else if (name == "is") {
            m_inInlineString = m_inCell;
        } else if (name == "rPh") {
            m_inPhonetic = true;
        } else if (name == "col") {
            hideColumns(xml);
        } else if (name == "sheetData") {
            tellColumns();
        }
        return true;
    }

    bool endElement(QByteArrayView name)
    {
        if (name == "c")
            return endCell();
        if (name == "v" || name == "t")
            m_collecting = false;
        else if (name == "row")
            return endRow();
        else if (name == "is")
            m_inInlineString = false;
        else if (name == "rPh")
            m_inPhonetic = false;
        else if (name == "sheetData")
            return false; // what follows (merged ranges, page setup) was read by the first pass
        return true;
    }

    void hideColumns(const XmlScanner &xml)
    {
        if (!isTrue(xml.attribute("hidden")))
            return;
        const int first = qMax(1, xml.attribute("min").toInt());
        const int last = qMin(Workbook::MaxColumns, xml.attribute("max").toInt());
        if (last > m_hiddenColumns.size())
            m_hiddenColumns.resize(last, false);
        for (int c = first; c <= last; ++c)
            m_hiddenColumns[c - 1] = true;
    }

    void tellColumns()
    {
        if (m_columnsTold)
            return;
        m_columnsTold = true;
        m_sink.columns(m_hiddenColumns);
    }

    bool startRow(const XmlScanner &xml)
    {
        const QByteArrayView number = xml.attribute("r");
        qint64 n = m_lastRow + 1;
        if (!number.isEmpty()) {
            bool ok = false;
            n = number.toLongLong(&ok);
            if (!ok || n < 1)
                return refuse(XlsxWorkbook::tr("Sheet %1 is damaged: a row after row %2 has no "
                                               "number.")
                                  .arg(m_sheetName)
                                  .arg(m_lastRow));
        }
        if (n > Workbook::MaxRows)
            return refuse(XlsxWorkbook::tr("Sheet %1 has more than %2 rows, more than a "
                                           "spreadsheet allows.")
                              .arg(m_sheetName)
                              .arg(Workbook::MaxRows));
        if (n <= m_lastRow)
            return refuse(XlsxWorkbook::tr("Sheet %1 is damaged: row %2 comes after row %3.")
                              .arg(m_sheetName)
                              .arg(n)
                              .arg(m_lastRow));
        if (!skipTo(n))
            return false;
        m_lastRow = n;
        m_inRow = true;
        m_row.number = n;
        m_row.hidden = isTrue(xml.attribute("hidden"));
        m_row.cells.resize(0);
        m_column = -1;
        return true;
    }

    bool startCell(const XmlScanner &xml)
    {
        const QByteArrayView reference = xml.attribute("r");
        int column = m_column + 1;
        qint64 rowOfReference = 0;
        if (!reference.isEmpty()
            && !parseReference(reference.data(), reference.size(), column, rowOfReference))
            column = Workbook::MaxColumns; // letters past XFD
        if (column >= Workbook::MaxColumns)
            return refuse(XlsxWorkbook::tr("Sheet %1, row %2: a cell lies past column %3 (XFD), "
                                           "the last a spreadsheet has.")
                              .arg(m_sheetName)
                              .arg(m_row.number)
                              .arg(Workbook::MaxColumns));
        m_column = column;
        m_inCell = true;
        m_hasValue = false;
        m_value.resize(0);

        const QByteArrayView type = xml.attribute("t");
        if (type.isEmpty() || type == "n")
            m_type = Type::Number;
        else if (type == "s")
            m_type = Type::SharedString;
        else if (type == "inlineStr")
            m_type = Type::InlineString;
        else if (type == "str")
            m_type = Type::FormulaString;
        else if (type == "b")
            m_type = Type::Boolean;
        else if (type == "e")
            m_type = Type::Error;
        else if (type == "d")
            m_type = Type::IsoDate;
        else
            m_type = Type::FormulaString;

        const QByteArrayView style = xml.attribute("s");
        const uint xf = style.isEmpty() ? 0 : style.toUInt();
        m_dateStyle = xf < m_parts.dateStyles.size() && m_parts.dateStyles[xf];
        return true;
    }

    bool endCell()
    {
        m_inCell = m_collecting = m_inInlineString = false;
        if (!m_hasValue)
            return true;
        if (m_row.cells.size() <= m_column)
            m_row.cells.resize(m_column + 1);
        SheetCell &cell = m_row.cells[m_column];
        cell = SheetCell();
        if (m_type == Type::SharedString) {
            bool ok = false;
            const uint index = m_value.trimmed().toUInt(&ok);
            if (!ok || qsizetype(index) >= m_parts.stringCount())
                return refuse(XlsxWorkbook::tr("Sheet %1, row %2: a cell refers to a text the "
                                               "workbook does not hold; the file is damaged.")
                                  .arg(m_sheetName)
                                  .arg(m_row.number));
            cell.kind = SheetCell::Kind::Text;
            cell.text = m_parts.string(index);
            return true;
        }
        QString value = QString::fromUtf8(m_value);
        if (value.size() > Workbook::MaxCellCharacters)
            return tooLong();
        switch (m_type) {
        case Type::SharedString:
            break;
        case Type::InlineString:
            decodeEscapes(value);
            Q_FALLTHROUGH();
        case Type::FormulaString:
            cell.kind = SheetCell::Kind::Text;
            cell.text = std::move(value);
            break;
        case Type::Boolean:
            cell.kind = SheetCell::Kind::Boolean;
            cell.number = isTrue(m_value.trimmed()) ? 1 : 0;
            cell.text = std::move(value);
            break;
        case Type::Error:
            cell.kind = SheetCell::Kind::Error;
            cell.text = std::move(value);
            break;
        case Type::IsoDate: {
            // A date written as 2022-03-04T08:05:00 (t="d") is the same day in either system.
            QDateTime at = QDateTime::fromString(value, Qt::ISODate);
            if (!at.isValid())
                at = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0));
            cell.text = std::move(value);
            if (at.isValid()) {
                cell.kind = SheetCell::Kind::Date;
                cell.number = double(QDate(1899, 12, 30).daysTo(at.date()))
                    + at.time().msecsSinceStartOfDay() / 86400000.0;
            } else {
                cell.kind = SheetCell::Kind::Text;
            }
            break;
        }
        case Type::Number: {
            bool ok = false;
            cell.number = m_value.toDouble(&ok);
            cell.text = std::move(value);
            if (!ok)
                cell.kind = SheetCell::Kind::Text;
            else if (!m_dateStyle)
                cell.kind = SheetCell::Kind::Number;
            else {
                cell.kind = SheetCell::Kind::Date;
                if (m_parts.date1904)
                    cell.number += Days1904;
            }
            break;
        }
        }
        return true;
    }

    bool endRow()
    {
        m_inRow = m_inCell = m_collecting = false;
        activate(m_row.number);
        applyMerges();
        QList<SheetCell> &cells = m_row.cells;
        while (!cells.isEmpty() && cells.constLast().kind == SheetCell::Kind::Empty
            && !cells.constLast().merged)
            cells.removeLast();
        const bool blank = std::all_of(cells.cbegin(), cells.cend(),
            [](const SheetCell &c) { return !c.merged && c.isBlank(); });
        if (blank) {
            // Handed on only if a row with something in it follows.
            if (m_row.hidden)
                m_hiddenBlankRows.push_back(m_row.number);
        } else if (!emitRow()) {
            return false;
        }
        if (++m_rowsRead % ProgressEveryRows == 0 && m_progress)
            m_progress();
        return true;
    }

    // Takes in the merged ranges that begin by row n and lets go of those that ended before it.
    void activate(qint64 n)
    {
        std::erase_if(m_active, [n](const ActiveMerge &a) { return a.range.lastRow < n; });
        for (; m_nextMerge < m_merges.size() && m_merges[m_nextMerge].firstRow <= n;
             ++m_nextMerge) {
            if (m_merges[m_nextMerge].lastRow >= n)
                m_active.push_back({ m_merges[m_nextMerge], SheetCell() });
        }
    }

    void applyMerges()
    {
        const qint64 n = m_row.number;
        QList<SheetCell> &cells = m_row.cells;
        for (ActiveMerge &a : m_active) {
            if (a.range.firstRow != n)
                continue;
            a.value = a.range.firstColumn < cells.size() ? cells[a.range.firstColumn] : SheetCell();
            a.value.merged = true;
        }
        for (const ActiveMerge &a : m_active) {
            if (cells.size() <= a.range.lastColumn)
                cells.resize(a.range.lastColumn + 1);
            for (int c = a.range.firstColumn; c <= a.range.lastColumn; ++c) {
                if (n != a.range.firstRow || c != a.range.firstColumn)
                    cells[c] = a.value;
            }
        }
    }

    // The rows from the last one read up to row n, which the file leaves out: those a merged
    // range covers are handed on, blank ones wait for a row with something in it.
    bool skipTo(qint64 n)
    {
        for (qint64 k = m_lastRow + 1; k < n;) {
            activate(k);
            if (m_active.empty()) {
                k = m_nextMerge < m_merges.size() ? qMin<qint64>(n, m_merges[m_nextMerge].firstRow)
                                                  : n;
                continue;
            }
            m_row.number = k;
            m_row.hidden = false;
            m_row.cells.resize(0);
            applyMerges();
            if (!emitRow())
                return false;
            ++k;
        }
        return true;
    }

    // Hands on the blank rows before the current one, then the current one.
    bool emitRow()
    {
        SheetRow blank;
        size_t hidden = 0;
        for (qint64 k = m_emitted + 1; k < m_row.number; ++k) {
            while (hidden < m_hiddenBlankRows.size() && m_hiddenBlankRows[hidden] < k)
                ++hidden;
            blank.number = k;
            blank.hidden = hidden < m_hiddenBlankRows.size() && m_hiddenBlankRows[hidden] == k;
            if (!m_sink.row(blank))
                return stop();
        }
        m_hiddenBlankRows.clear();
        m_emitted = m_row.number;
        m_cells += m_row.cells.size();
        if (m_cells > XlsxWorkbook::MaxCells)
            return refuse(XlsxWorkbook::tr("Sheet %1 holds more than %2 cells up to row %3, "
                                           "counting the empty ones before the last of each "
                                           "row; it is refused.")
                              .arg(m_sheetName)
                              .arg(XlsxWorkbook::MaxCells)
                              .arg(m_row.number));
        return m_sink.row(m_row) || stop();
    }

    bool stop()
    {
        m_stopped = true;
        return false;
    }

    const XlsxWorkbook::Parts &m_parts;
    const QString m_sheetName;
    const std::vector<Merge> m_merges;
    SheetSink &m_sink;
    const std::function<void()> m_progress;

    QList<bool> m_hiddenColumns;
    bool m_columnsTold = false;
    size_t m_nextMerge = 0;
    std::vector<ActiveMerge> m_active;
    qint64 m_lastMergedRow = 0;
    std::vector<qint64> m_hiddenBlankRows;

    SheetRow m_row;
    qint64 m_lastRow = 0; // the last row the file had or skipped
    qint64 m_emitted = 0; // the last row handed on
    qint64 m_rowsRead = 0;
    qint64 m_cells = 0;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInlineString = false;
    bool m_inPhonetic = false;
    bool m_collecting = false;
    bool m_hasValue = false;
    bool m_dateStyle = false;
    bool m_stopped = false;
    int m_column = -1;
    Type m_type = Type::Number;
    QByteArray m_value; // as the file has it, in UTF-8
    QString m_problem;
};

} // namespace

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<Parts> parts)
    : m_parts(std::move(parts))
{ }

XlsxWorkbook::~XlsxWorkbook() = default;

Result<std::unique_ptr<Workbook>> XlsxWorkbook::open(const QString &path)
{
    using Opened = Result<std::unique_ptr<Workbook>>;
    const QString fileName = QFileInfo(path).fileName();
    auto parts = std::make_unique<Parts>(path);
    if (!parts->zip.isOpen() || parts->zip.entries().isEmpty())
        return Opened::failure(tr("%1 cannot be read: the file is damaged or was cut short (was "
                                  "it copied before it was whole?).")
                                   .arg(fileName));
    if (!parts->find(u"xl/workbook.xml"_s))
        return Opened::failure(tr("%1 is a zip file but not an xlsx workbook. Open it in WPS or "
                                  "Excel, save it as .xlsx and import that file.")
                                   .arg(fileName));
    parts->fileName = fileName;
    std::unique_ptr<XlsxWorkbook> workbook(new XlsxWorkbook(std::move(parts)));
    if (auto read = workbook->readWorkbook(fileName); !read)
        return Opened::failure(read.error());
    if (auto read = workbook->readStyles(); !read)
        return Opened::failure(read.error());
    return std::unique_ptr<Workbook>(std::move(workbook));
}

Result<void> XlsxWorkbook::readWorkbook(const QString &fileName)
{
    const QString tooLarge = tr("%1 is refused: a part of it that is always small unpacks to "
                                "more than %2 MB.")
                                 .arg(fileName)
                                 .arg(MaxPartBytes >> 20);

    struct Listed
    {
        QString name;
        QString relationship;
        bool hidden;
    };
    QList<Listed> listed;
    Result<void> parsed = parseXml(
        m_parts->zip, *m_parts->find(u"xl/workbook.xml"_s), MaxPartBytes, tooLarge,
        [&](const XmlScanner &xml, XmlScanner::Token token) {
            if (token != XmlScanner::Token::Start)
                return true;
            if (xml.name() == "sheet") {
                const QByteArrayView state = xml.attribute("state");
                // r:id, whichever prefix it has.
                listed.append({ QString::fromUtf8(xml.attribute("name")),
                                QString::fromUtf8(xml.attribute("id", true)),
                                state == "hidden" || state == "veryHidden" });
            } else if (xml.name() == "workbookPr") {
                m_parts->date1904 = isTrue(xml.attribute("date1904"));
            }
            return true;
        },
        [&](const QString &detail) {
            return tr("The list of sheets in %1 is damaged: %2.").arg(fileName, detail);
        });
    if (!parsed)
        return parsed;

    struct Target
    {
        QString type;
        QString entry;
    };
    QHash<QString, Target> targets;
    if (const ZipReader::Entry *rels = m_parts->find(u"xl/_rels/workbook.xml.rels"_s)) {
        parsed = parseXml(
            m_parts->zip, *rels, MaxPartBytes, tooLarge,
            [&](const XmlScanner &xml, XmlScanner::Token token) {
                if (token != XmlScanner::Token::Start || xml.name() != "Relationship")
                    return true;
                if (xml.attribute("TargetMode") == "External")
                    return true;
                const QString target = QString::fromUtf8(xml.attribute("Target"));
                // Targets are relative to xl/, or absolute in the package ("/xl/…").
                const QString entry
                    = QDir::cleanPath(target.startsWith(u'/') ? target.sliced(1) : u"xl/"_s + target);
                const QString type = QString::fromUtf8(xml.attribute("Type"));
                targets.insert(QString::fromUtf8(xml.attribute("Id")), { type, entry });
                if (type.endsWith(u"/sharedStrings"))
                    m_parts->sharedStringsEntry = entry;
                else if (type.endsWith(u"/styles"))
                    m_parts->stylesEntry = entry;
                return true;
            },
            [&](const QString &detail) {
                return tr("The list of parts in %1 is damaged: %2.").arg(fileName, detail);
            });
        if (!parsed)
            return parsed;
    }
    if (m_parts->sharedStringsEntry.isEmpty())
        m_parts->sharedStringsEntry = u"xl/sharedStrings.xml"_s;
    if (m_parts->stylesEntry.isEmpty())
        m_parts->stylesEntry = u"xl/styles.xml"_s;

    for (const Listed &sheet : listed) {
        const auto target = targets.constFind(sheet.relationship);
        if (target == targets.cend())
            return Result<void>::failure(
                tr("%1 is damaged: it lists sheet %2 but does not hold it.")
                    .arg(fileName, sheet.name));
        // Chart sheets and dialog sheets hold no cells.
        if (target->type.endsWith(u"/worksheet"))
            m_parts->sheets.append({ { sheet.name, sheet.hidden }, target->entry });
    }
    if (m_parts->sheets.isEmpty())
        return Result<void>::failure(tr("%1 holds no sheet with cells.").arg(fileName));
    return {};
}

Result<void> XlsxWorkbook::readStyles()
{
    const ZipReader::Entry *entry = m_parts->find(m_parts->stylesEntry);
    if (!entry)
        return {}; // no styles: every number is a number
    auto damaged = [this](const QString &detail) {
        return tr("The cell formats in %1 are damaged: %2.").arg(m_parts->fileName, detail);
    };
    QHash<int, bool> customDate;
    bool inCellFormats = false;
    std::vector<bool> &dateStyles = m_parts->dateStyles;
    return parseXml(
        m_parts->zip, *entry, MaxPartBytes,
        tr("%1 is refused: a part of it that is always small unpacks to more than %2 MB.")
            .arg(m_parts->fileName)
            .arg(MaxPartBytes >> 20),
        [&](const XmlScanner &xml, XmlScanner::Token token) {
            const QByteArrayView name = xml.name();
            if (token == XmlScanner::Token::End && name == "cellXfs")
                inCellFormats = false;
            if (token != XmlScanner::Token::Start)
                return true;
            if (name == "numFmt") {
                customDate.insert(xml.attribute("numFmtId").toInt(),
                    isDateFormatCode(QString::fromUtf8(xml.attribute("formatCode"))));
            } else if (name == "cellXfs") {
                inCellFormats = true;
            } else if (name == "xf" && inCellFormats) {
                const int id = xml.attribute("numFmtId").toInt();
                // A format the file defines wins over a built-in one of the same number.
                const auto custom = customDate.constFind(id);
                dateStyles.push_back(
                    custom != customDate.cend() ? *custom : isBuiltInDateFormat(id));
            }
            return true;
        },
        damaged);
}

Result<void> XlsxWorkbook::readSharedStrings()
{
    if (m_parts->sharedStringsRead)
        return {};
    const ZipReader::Entry *entry = m_parts->find(m_parts->sharedStringsEntry);
    if (!entry) {
        m_parts->sharedStringsRead = true; // no texts shared: a workbook of numbers, or inline
        return {};
    }
    auto damaged = [this](const QString &detail) {
        return tr("The texts of %1 are damaged: %2.").arg(m_parts->fileName, detail);
    };
    QString &chars = m_parts->stringChars;
    std::vector<quint32> &starts = m_parts->stringStarts;
    QByteArray text; // in UTF-8, as the file has it
    QString problem;
    bool collecting = false;
    bool phonetic = false;
    auto tooLong = [&] {
        problem = tr("%1 holds a text of more than %2 characters, more than a spreadsheet allows.")
                      .arg(m_parts->fileName)
                      .arg(MaxCellCharacters);
        return false;
    };
    Result<void> parsed = parseXml(
        m_parts->zip, *entry, MaxSharedStringsBytes,
        tr("%1 holds more text than %2 MB; it is refused.")
            .arg(m_parts->fileName)
            .arg(MaxSharedStringsBytes >> 20),
        [&](const XmlScanner &xml, XmlScanner::Token token) {
            switch (token) {
            case XmlScanner::Token::Start:
                // Rich text is the runs' texts one after the other; the phonetic guide is not
                // part of the text.
                if (xml.name() == "t")
                    collecting = !phonetic;
                else if (xml.name() == "rPh")
                    phonetic = true;
                break;
            case XmlScanner::Token::End:
                if (xml.name() == "t") {
                    collecting = false;
                } else if (xml.name() == "rPh") {
                    phonetic = false;
                } else if (xml.name() == "si") {
                    QString decoded = QString::fromUtf8(text);
                    if (decoded.size() > MaxCellCharacters)
                        return tooLong();
                    decodeEscapes(decoded);
                    chars.append(decoded);
                    starts.push_back(quint32(chars.size()));
                    text.resize(0);
                }
                break;
            case XmlScanner::Token::Text:
                // Four bytes at most to a character: the characters are counted at the end.
                if (collecting) {
                    if (text.size() + xml.text().size() > 4 * MaxCellCharacters)
                        return tooLong();
                    text.append(xml.text());
                }
                break;
            }
            return true;
        },
        damaged);
    if (!problem.isEmpty())
        parsed = Result<void>::failure(problem);
    if (!parsed) {
        chars.clear();
        starts.assign(1, 0);
        return parsed;
    }
    chars.squeeze();
    starts.shrink_to_fit();
    m_parts->sharedStringsRead = true;
    return {};
}

QList<SheetInfo> XlsxWorkbook::sheets() const
{
    QList<SheetInfo> infos;
    for (const Parts::Sheet &sheet : m_parts->sheets)
        infos.append(sheet.info);
    return infos;
}

Result<void> XlsxWorkbook::read(
    int index, SheetSink &sink, const std::function<void(double)> &progress)
{
    Q_ASSERT(index >= 0 && index < m_parts->sheets.size());
    if (auto strings = readSharedStrings(); !strings)
        return strings;
    const Parts::Sheet &sheet = m_parts->sheets[index];
    const QString &name = sheet.info.name;
    const ZipReader::Entry *entry = m_parts->find(sheet.entry);
    if (!entry)
        return Result<void>::failure(
            tr("Sheet %1 is missing from %2; the file is damaged.").arg(name, m_parts->fileName));
    const QString tooLarge = tr("Sheet %1 is larger than %2 MB unpacked; it is refused.")
                                 .arg(name)
                                 .arg(MaxSheetBytes >> 20);
    if (entry->size > MaxSheetBytes)
        return Result<void>::failure(tooLarge);
    ZipReader &zip = m_parts->zip;
    auto share = [&zip, entry] {
        return entry->compressedSize > 0
            ? qMin(1.0, double(zip.compressedRead()) / double(entry->compressedSize))
            : 1.0;
    };

    // First pass: the merged ranges, which the file lists after the rows.
    MergeScanner scanner;
    QString problem;
    qint64 inflated = 0;
    int pieces = 0;
    const Result<void> scanned
        = zip.stream(entry->name, std::numeric_limits<qint64>::max(), [&](const QByteArray &piece) {
              inflated += piece.size();
              if (inflated > MaxSheetBytes)
                  problem = tooLarge;
              else if (inflatesTooMuch(inflated, zip.compressedRead()))
                  problem = tr("Sheet %1 unpacks to far more than a spreadsheet does; it may be "
                               "made to fill the memory (a zip bomb), and is refused.")
                                .arg(name);
              else if (!scanner.add(piece))
                  problem = tr("Sheet %1 has more than %2 merged ranges or more than %3 merged "
                               "cells; it is refused.")
                                .arg(name)
                                .arg(MaxMergedRanges)
                                .arg(MaxMergedCells);
              if (progress && ++pieces % ProgressEveryPieces == 0)
                  progress(ScanShare * share());
              return problem.isEmpty();
          });
    if (!problem.isEmpty())
        return Result<void>::failure(problem);
    if (!scanned)
        return Result<void>::failure(tr("Sheet %1 cannot be unpacked: the file is damaged or was "
                                        "cut short.")
                                         .arg(name));

    // Second pass: the rows.
    std::function<void()> rowProgress;
    if (progress)
        rowProgress = [&progress, &share] { progress(ScanShare + (1 - ScanShare) * share()); };
    SheetParser parser(*m_parts, name, scanner.takeMerges(), sink, rowProgress);
    const Result<void> parsed = parseXml(
        zip, *entry, MaxSheetBytes, tooLarge,
        [&parser](const XmlScanner &xml, XmlScanner::Token token) { return parser.token(xml, token); },
        [&](const QString &detail) {
            return tr("Sheet %1 is damaged near row %2: %3.")
                .arg(name)
                .arg(parser.row())
                .arg(detail);
        });
    if (!parser.problem().isEmpty())
        return Result<void>::failure(parser.problem());
    if (!parsed)
        return parsed;
    if (!parser.stopped())
        parser.finish();
    if (progress)
        progress(1);
    return {};
}
