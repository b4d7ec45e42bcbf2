#include "ImportSupport.h"

#include "TestSupport.h"

#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <xlsxwriter.h>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

QString idEndingInX(const QString &birth)
{
    for (int sequence = 1;; sequence += 2) {
        const QString id = syntheticIdNumber(birth, sequence);
        if (id.endsWith(u'X'))
            return id;
    }
}

QString scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

QStringList rowsOf(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << q.value(c).toString();
        out << cells.join(u'|');
    }
    return out;
}

LedgerImport::Options importOptions(const QString &target, QDate today)
{
    LedgerImport::Options o;
    o.target = target;
    o.today = today;
    return o;
}

std::string described(const LedgerImport &import)
{
    QStringList lines;
    for (const ImportRowVerdict &v : import.verdicts())
        lines << u"row %1: %2 %3"_s.arg(v.row).arg(int(v.verdict)).arg(v.note);
    return lines.join(u'\n').toStdString();
}

const ImportRowVerdict &verdictOf(const LedgerImport &import, qint64 row)
{
    for (const ImportRowVerdict &v : import.verdicts()) {
        if (v.row == row)
            return v;
    }
    FAIL("no verdict for row " << row);
    return import.verdicts().constFirst();
}

void writeLedger(const QString &path, const char *sheet, const char *title,
                 const QStringList &headings, const QList<QStringList> &rows)
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet);
    worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(headings.size() - 1), title, nullptr);
    for (qsizetype c = 0; c < headings.size(); ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), headings[c].toUtf8().constData(), nullptr);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            if (!rows[r][c].isEmpty())
                worksheet_write_string(ws, lxw_row_t(2 + r), lxw_col_t(c),
                                       rows[r][c].toUtf8().constData(), nullptr);
        }
    }
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

void HouseholdLedger::write(const QString &path) const
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "花名册");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy/m/d");
    worksheet_merge_range(ws, 0, 0, 0, 9, "东村居民花名册", nullptr);
    worksheet_merge_range(ws, 1, 0, 1, 9, "填报单位：东村村委会　　填报日期：2022年3月4日", nullptr);
    const char *down[][2] = { { "A", "序号" }, { "B", "户主姓名" }, { "G", "与户主关系" },
                              { "H", "联系电话" }, { "I", "住址" }, { "J", "备注" } };
    for (const auto &[column, heading] : down) {
        const lxw_col_t c = lxw_col_t(column[0] - 'A');
        worksheet_merge_range(ws, 2, c, 3, c, heading, nullptr);
    }
    worksheet_merge_range(ws, 2, 2, 2, 5, "基本信息", nullptr);
    worksheet_write_string(ws, 3, 2, "姓名", nullptr);
    worksheet_write_string(ws, 3, 3, "性别", nullptr);
    worksheet_write_string(ws, 3, 4, "身份证号码", nullptr);
    worksheet_write_string(ws, 3, 5, "出生日期", nullptr);

    // Row 5-7: 张一's household, head and address merged down the three.
    worksheet_merge_range(ws, 4, 1, 6, 1, "张一", nullptr);
    worksheet_merge_range(ws, 4, 8, 6, 8, "东村一组12号", nullptr);
    const struct
    {
        lxw_row_t row;
        const char *name, *gender;
        QString id;
        const char *relation;
    } members[] = { { 4, "张一", "男", zhangYi, "户主" },
                    { 5, "李二", "女", liEr, "妻" },
                    { 6, "张三", "男", zhangSan.toLower(), "长子" } };
    int number = 0;
    for (const auto &m : members) {
        worksheet_write_number(ws, m.row, 0, ++number, nullptr);
        worksheet_write_string(ws, m.row, 2, m.name, nullptr);
        worksheet_write_string(ws, m.row, 3, m.gender, nullptr);
        worksheet_write_string(ws, m.row, 4, utf8(m.id).constData(), nullptr);
        worksheet_write_string(ws, m.row, 6, m.relation, nullptr);
    }
    lxw_datetime born = { 1980, 1, 1, 0, 0, 0 };
    worksheet_write_datetime(ws, 4, 5, &born, date);
    worksheet_write_string(ws, 4, 7, "13800000001", nullptr);
    // Row 8 is a blank spacer. Rows 9-11: 王四's household, one cell each.
    const char *wang[][3] = { { "王四", "女", "户主" }, { "王五", "", "子" }, { "王六", "", "女" } };
    for (lxw_row_t r = 8; r <= 10; ++r) {
        worksheet_write_number(ws, r, 0, ++number, nullptr);
        worksheet_write_string(ws, r, 1, "王四", nullptr);
        worksheet_write_string(ws, r, 2, wang[r - 8][0], nullptr);
        if (*wang[r - 8][1])
            worksheet_write_string(ws, r, 3, wang[r - 8][1], nullptr);
        worksheet_write_string(ws, r, 6, wang[r - 8][2], nullptr);
        worksheet_write_string(ws, r, 8, "东村二组3号", nullptr);
    }
    worksheet_write_string(ws, 8, 4, utf8(wangSi).constData(), nullptr);
    worksheet_write_string(ws, 8, 7, "１３８０００００００４", nullptr);
    // 王五's number typed into a General cell: Excel keeps 15 digits of it.
    worksheet_write_number(ws, 9, 4, wangWu.left(17).toDouble(), nullptr);
    // 王六 was given 张一's number.
    worksheet_write_string(ws, 10, 4, utf8(zhangYi).constData(), nullptr);
    worksheet_write_string(ws, 11, 0, "东村小计", nullptr);
    worksheet_write_string(ws, 11, 9, "6人", nullptr);
    worksheet_write_string(ws, 12, 0, "合计", nullptr);
    worksheet_write_number(ws, 12, 1, 6, nullptr);
    worksheet_merge_range(ws, 13, 0, 13, 9, "填表人：赵某某　　审核人：钱某某", nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}
