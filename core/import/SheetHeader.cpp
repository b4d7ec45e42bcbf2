#include "SheetHeader.h"

#include "CellValues.h"

#include "../people/TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const SheetRow &row, qsizetype column)
{
    return column < row.cells.size() ? row.cells[column].text.trimmed() : QString();
}

// The fields of target named by the cells of row.
int fieldsNamed(const SheetRow &row, const ImportTarget &target)
{
    QSet<QString> named;
    for (const SheetCell &cell : row.cells) {
        if (cell.kind == SheetCell::Kind::Text) {
            QString field = SheetHeader::fieldFor(cell.text, target);
            // 3月5日上午: a column of data counts as a field named.
            if (field.isEmpty() && target.columnField)
                field = target.columnField({}, cell.text);
            if (!field.isEmpty())
                named.insert(field);
        }
    }
    return int(named.size());
}

// A row above the heading that groups its columns: headings of its own over several columns,
// not one title across them all.
bool groupsColumns(const SheetRow &upper, const SheetRow &lower)
{
    QSet<QString> texts;
    bool sharesMerges = false;
    for (qsizetype c = 0; c < upper.cells.size(); ++c) {
        const SheetCell &cell = upper.cells[c];
        if (cell.isBlank())
            continue;
        // 填报单位：东村  填报日期：2022年3月5日 labels values; a group heading labels columns.
        if (cell.kind == SheetCell::Kind::Text && (cell.text.contains(u'：') || cell.text.contains(u':')))
            return false;
        texts.insert(cell.text.trimmed());
        // 序号 merged down both rows, or 基本信息 merged across three.
        if (cell.merged || (c < lower.cells.size() && lower.cells[c].merged))
            sharesMerges = true;
    }
    return texts.size() >= 2 && sharesMerges;
}

// The fields the row below names in columns where the row above is blank or spans the columns.
int underGroups(const SheetRow &upper, const SheetRow &lower, const ImportTarget &target)
{
    QSet<QString> named;
    for (qsizetype c = 0; c < lower.cells.size(); ++c) {
        const SheetCell &cell = lower.cells[c];
        const bool underBlank = c >= upper.cells.size() || upper.cells[c].isBlank()
            || upper.cells[c].merged || (c > 0 && !upper.cells[c - 1].isBlank() && cell.merged);
        if (cell.kind == SheetCell::Kind::Text && underBlank) {
            const QString field = SheetHeader::fieldFor(cell.text, target);
            if (!field.isEmpty())
                named.insert(field);
        }
    }
    return int(named.size());
}

QDate dateIn(const QString &text)
{
    static const QRegularExpression pattern(
        u"(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})"_s);
    const QRegularExpressionMatch m = pattern.match(TextNormalizer::foldWidth(text));
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                        : QDate();
}

} // namespace

QString SheetHeader::Column::name() const
{
    if (upper.isEmpty() || upper == lower)
        return lower;
    if (lower.isEmpty())
        return upper;
    return upper + u'/' + lower;
}

QString SheetHeader::normalized(const QString &heading)
{
    QString s = TextNormalizer::compact(heading);
    s.remove(u'*');
    static const QRegularExpression remark(u"[(（][^)）]*[)）]$"_s);
    const QString withoutRemark = QString(s).remove(remark);
    return withoutRemark.isEmpty() ? s : withoutRemark;
}

QString SheetHeader::fieldFor(const QString &heading, const ImportTarget &target, Match match)
{
    const QString h = normalized(heading);
    if (h.isEmpty())
        return {};
    for (const ImportField &f : target.fields) {
        if (f.synonyms.contains(h))
            return f.key;
    }
    if (match == Match::Exact)
        return {};
    // 户主身份证号码, 监护人电话: another person's number, never the person's own.
    static const QStringList others = { u"户主"_s, u"监护人"_s, u"联系人"_s, u"家属"_s, u"紧急"_s,
                                        u"配偶"_s, u"父亲"_s, u"母亲"_s };
    if (std::any_of(others.begin(), others.end(), [&h](const QString &o) { return h.contains(o); }))
        return {};
    // 本人身份证号码, 联系电话（手机）: the longest synonym the heading holds, if it is not a
    // single character (村 is in every 村民小组).
    QString best;
    qsizetype bestLength = 1;
    for (const ImportField &f : target.fields) {
        for (const QString &synonym : f.synonyms) {
            if (synonym.size() > bestLength && h.contains(synonym)) {
                best = f.key;
                bestLength = synonym.size();
            }
        }
    }
    return best;
}

SheetHeader SheetHeader::fromRows(const QList<SheetRow> &rows, qint64 first, qint64 last,
                                  const QList<bool> &hiddenColumns)
{
    SheetHeader header;
    const SheetRow *upper = nullptr;
    const SheetRow *lower = nullptr;
    for (const SheetRow &r : rows) {
        if (r.number == first)
            upper = &r;
        if (r.number == last)
            lower = &r;
    }
    if (!lower || !upper || last < first || last - first > 1)
        return header;
    header.firstRow = first;
    header.lastRow = last;
    const qsizetype columns = std::max(upper->cells.size(), lower->cells.size());
    for (qsizetype c = 0; c < columns; ++c) {
        Column column;
        column.lower = cellText(*lower, c);
        if (upper != lower) {
            column.upper = cellText(*upper, c);
            // A group heading written once over its columns (a CSV keeps no merges): the blank
            // beside it belongs to the same group when both columns have headings below.
            if (column.upper.isEmpty() && !column.lower.isEmpty() && c > 0
                && !header.columns.constLast().upper.isEmpty()
                && !header.columns.constLast().lower.isEmpty()
                && header.columns.constLast().upper != header.columns.constLast().lower)
                column.upper = header.columns.constLast().upper;
        }
        column.hidden = c < hiddenColumns.size() && hiddenColumns[c];
        header.columns.append(column);
    }
    for (const SheetRow &r : rows) {
        if (r.number >= first)
            break;
        for (const SheetCell &cell : r.cells) {
            if (cell.kind == SheetCell::Kind::Date && !header.fileDate.isValid()) {
                header.fileDate = CellValues::date(cell).value.value_or(QDate());
                continue;
            }
            const QString text = TextNormalizer::foldWidth(cell.text);
            if (!header.fileDate.isValid())
                header.fileDate = dateIn(text);
            static const QRegularExpression unitPattern(u"填报单位[:：]\\s*(\\S+)"_s);
            const QRegularExpressionMatch m = unitPattern.match(text);
            if (m.hasMatch() && header.unit.isEmpty())
                header.unit = m.captured(1);
        }
    }
    return header;
}

SheetHeader SheetHeader::detect(const QList<SheetRow> &rows, const ImportTarget &target,
                                const QList<bool> &hiddenColumns)
{
    // The heading names at least two fields; a title that happens to say 姓名 names one.
    int mostNamed = 1;
    qsizetype bestIndex = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int named = fieldsNamed(rows[i], target);
        if (named > mostNamed) {
            mostNamed = named;
            bestIndex = i;
        }
    }
    if (bestIndex < 0)
        return {};
    const SheetRow &best = rows[bestIndex];
    if (bestIndex > 0 && rows[bestIndex - 1].number == best.number - 1
        && groupsColumns(rows[bestIndex - 1], best))
        return fromRows(rows, best.number - 1, best.number, hiddenColumns);
    // A file that lost its merges (.xls through FreeXL, CSV) has the lower headings of a
    // two-row heading only under the group they belong to, where the row above is blank.
    if (bestIndex + 1 < rows.size() && rows[bestIndex + 1].number == best.number + 1
        && underGroups(best, rows[bestIndex + 1], target) >= 2)
        return fromRows(rows, best.number, best.number + 1, hiddenColumns);
    return fromRows(rows, best.number, best.number, hiddenColumns);
}
