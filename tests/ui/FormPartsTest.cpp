#include "main/FormParts.h"

#include <QApplication>
#include <QAbstractButton>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// Columns: a name, an address, a short flag last.
QStandardItemModel *residents(int rows, QObject *parent)
{
    auto *model = new QStandardItemModel(rows, 3, parent);
    model->setHorizontalHeaderLabels({ u"姓名"_s, u"地址"_s, u"类别"_s });
    for (int r = 0; r < rows; ++r) {
        model->setItem(r, 0, new QStandardItem(u"欧阳明"_s));
        model->setItem(r, 1, new QStandardItem(u"上孙家营三组%1号"_s.arg(r + 1)));
        model->setItem(r, 2, new QStandardItem(u"是"_s));
    }
    return model;
}

} // namespace

TEST_CASE("a table gives the room left over to its widest text column, not the last")
{
    QTableView table;
    auto *model = residents(20, &table);
    table.setModel(model);
    FormParts::fitColumns(&table);
    table.resize(900, 400);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    QHeaderView *header = table.horizontalHeader();
    CHECK(header->sectionSize(1) > header->sectionSize(0));
    CHECK(header->sectionSize(2) < table.width() / 4);
    // Every heading and the sampled text fit.
    for (int c = 0; c < 3; ++c)
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
    CHECK(header->sectionSize(1) >= table.sizeHintForIndex(model->index(19, 1)).width());
    // No gap and no overflow: the columns fill the view.
    CHECK(header->length() == table.viewport()->width());
    CHECK(header->sectionResizeMode(1) == QHeaderView::Interactive);
    CHECK_FALSE(header->stretchLastSection());

    // A wider window widens the address only.
    const int name = header->sectionSize(0);
    const int address = header->sectionSize(1);
    table.resize(1200, 400);
    REQUIRE(QTest::qWaitFor([&] { return header->sectionSize(1) > address; }, 5000));
    CHECK(header->sectionSize(0) == name);
    CHECK(header->length() == table.viewport()->width());
}

TEST_CASE("a table fits its columns again when its rows are replaced, measuring only the first")
{
    QTableView table;
    auto *model = new QStandardItemModel(0, 3, &table);
    model->setHorizontalHeaderLabels({ u"姓名"_s, u"地址"_s, u"类别"_s });
    table.setModel(model);
    FormParts::fitColumns(&table, 1);
    table.resize(600, 400);
    table.show();
    const int empty = table.horizontalHeader()->sectionSize(0);

    // A page of a paged model: only the first rows are measured, so a long name far down does
    // not widen the column; the longest of the first does.
    QList<QList<QStandardItem *>> rows;
    for (int r = 0; r < 2000; ++r) {
        const QString name = r == 1999 ? u"名"_s.repeated(200) : u"诸葛明明明明"_s;
        rows.append({ new QStandardItem(name), new QStandardItem(u"东村"_s), new QStandardItem });
    }
    for (const auto &row : rows)
        model->appendRow(row);
    REQUIRE(
        QTest::qWaitFor([&] { return table.horizontalHeader()->sectionSize(0) > empty; }, 5000));
    const int fitted = table.horizontalHeader()->sectionSize(0);
    CHECK(fitted >= table.sizeHintForIndex(model->index(0, 0)).width());
    CHECK(fitted < table.sizeHintForIndex(model->index(1999, 0)).width());
    // The stretch went to the column asked for, though it is not the widest.
    CHECK(table.horizontalHeader()->sectionSize(1) > table.horizontalHeader()->sectionSize(2));
}

TEST_CASE("days read yyyy-MM-dd whatever the language")
{
    CHECK(FormParts::dayText(QDate(1968, 6, 9)) == u"1968-06-09"_s);
    CHECK(FormParts::dayText(QDate()).isEmpty());
    CHECK(FormParts::dayFormat() == u"yyyy-MM-dd"_s);
}

TEST_CASE("after an export the clerk is offered the file and its folder", "[ui]")
{
    QWidget window;
    QStringList buttons;
    QString text;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->objectName() == u"exportedMessageBox"_s);
        text = box->text();
        for (QAbstractButton *button : box->buttons())
            buttons << button->objectName();
        box->button(QMessageBox::Close)->click();
    });
    FormParts::showExported(&window, u"/tmp/台账/返乡人员.xlsx"_s);
    CHECK(text.contains(u"返乡人员.xlsx"_s));
    CHECK(buttons.contains(u"openFileButton"_s));
    CHECK(buttons.contains(u"openFolderButton"_s));
}
