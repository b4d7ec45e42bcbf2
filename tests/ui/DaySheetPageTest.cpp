#include "TestSupport.h"

#include "health/DaySheetModel.h"
#include "health/DaySheetPage.h"

#include "health/HealthCheckRepository.h"
#include "people/PersonRepository.h"
#include "store/SyncedRows.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString addMonitoredPerson(TownshipStore &t, const QString &name, int sequence)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(1);
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    auto id = PersonRepository(*t.store).add(p);
    REQUIRE(id.ok());
    Transaction txn(*t.store);
    const QDate today = QDate::currentDate();
    REQUIRE(SyncedRows::insert(*t.store, u"control_measures"_s,
                               { { u"person_id"_s, id.value() },
                                 { u"kind"_s, u"home_monitoring"_s },
                                 { u"started_on"_s, today.addDays(-2).toString(Qt::ISODate) },
                                 { u"planned_end_on"_s, today.addDays(5).toString(Qt::ISODate) } })
                    .ok());
    REQUIRE(txn.commit().ok());
    return id.value();
}

// The cell editor open now; a closed one lingers hidden until deleted.
QLineEdit *openEditor(QTableView *table)
{
    for (QLineEdit *e : table->findChildren<QLineEdit *>(u"temperatureEditor"_s)) {
        if (e->isVisible())
            return e;
    }
    return nullptr;
}

// Types into the open cell editor and presses Enter.
void enter(QTableView *table, const QString &text)
{
    QLineEdit *editor = openEditor(table);
    if (!editor) {
        // The first value opens the editor by typing into the current cell.
        QTest::keyClicks(table->viewport(), text.left(1));
        editor = openEditor(table);
        REQUIRE(editor);
        typeText(editor, text.mid(1));
    } else {
        editor->selectAll();
        typeText(editor, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

TEST_CASE("a clerk enters a day sheet by keyboard, down the morning then the afternoon column", "[health]")
{
    TownshipStore t;
    const QString a = addMonitoredPerson(t, u"甲"_s, 101);
    const QString b = addMonitoredPerson(t, u"乙"_s, 102);
    const QString c = addMonitoredPerson(t, u"丙"_s, 103);
    DaySheetPage page(*t.store);
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *table = page.findChild<QTableView *>(u"daySheetTableView"_s);
    REQUIRE(table->model()->rowCount() == 3);
    table->setFocus();
    CHECK(table->currentIndex().column() == DaySheetModel::Morning);
    // Every morning check is missing until entered (the afternoon ones only from 15:00).
    auto *missing = page.findChild<QListWidget *>(u"daySheetMissingList"_s);
    REQUIRE(missing);
    CHECK(missing->count() >= 3);

    // Sheet order is by name in pinyin: 丙 bing, 甲 jia, 乙 yi.
    for (const QString &value : { u"36.5"_s, u"38.2"_s, u"365"_s })
        enter(table, value);
    // A refused value stays in the editor, with the reason under the table.
    enter(table, u"3650"_s);
    auto *message = page.findChild<QLabel *>(u"messageLabel"_s);
    CHECK_FALSE(message->text().isEmpty());
    QLineEdit *editor = openEditor(table);
    REQUIRE(editor);
    CHECK(editor->text() == u"3650"_s);
    CHECK(table->currentIndex() == page.model()->index(0, DaySheetModel::Afternoon));
    for (const QString &value : { u"36.6"_s, u"36.9"_s, u"36.7度"_s })
        enter(table, value);
    CHECK(message->text().isEmpty());

    HealthCheckRepository checks(*t.store);
    const QDate today = QDate::currentDate();
    CHECK(checks.slot(c, today, u"morning"_s).temperature == Approx(36.5));
    CHECK(checks.slot(b, today, u"morning"_s).temperature == Approx(36.5));
    CHECK(checks.slot(a, today, u"morning"_s).temperature == Approx(38.2));
    CHECK(checks.slot(c, today, u"afternoon"_s).temperature == Approx(36.6));
    CHECK(checks.slot(b, today, u"afternoon"_s).temperature == Approx(36.7));
    CHECK(checks.slot(a, today, u"afternoon"_s).temperature == Approx(36.9));

    const QModelIndex fever = page.model()->index(page.model()->indexOf(a).row(), DaySheetModel::Morning);
    CHECK(fever.data(Qt::ForegroundRole).value<QColor>() == QColor(Qt::red));
    CHECK_FALSE(page.model()->index(0, DaySheetModel::Morning).data(Qt::ForegroundRole).isValid());
    auto *fevers = page.findChild<QListWidget *>(u"daySheetFeverList"_s);
    REQUIRE(fevers->count() == 1);
    CHECK(fevers->item(0)->text().contains(u"甲"_s));
    CHECK(missing->count() == 0);

    // Symptoms go with the latest check of the day: noted for the person with the fever.
    const QModelIndex symptoms = page.model()->index(page.model()->indexOf(a).row(), DaySheetModel::Symptoms);
    if (QLineEdit *open = openEditor(table))
        QTest::keyClick(open, Qt::Key_Escape);
    table->setCurrentIndex(symptoms);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *symptomsEditor = nullptr;
    for (QLineEdit *e : table->findChildren<QLineEdit *>()) {
        if (e->isVisible() && e->objectName() != u"temperatureEditor"_s)
            symptomsEditor = e;
    }
    REQUIRE(symptomsEditor);
    typeText(symptomsEditor, u"咳嗽"_s);
    QTest::keyClick(symptomsEditor, Qt::Key_Return);
    QApplication::processEvents(); // the item delegate commits after the key press is handled
    CHECK(checks.slot(a, today, u"afternoon"_s).symptoms == u"咳嗽"_s);
    CHECK(checks.slot(a, today, u"afternoon"_s).temperature == Approx(36.9));
    CHECK(page.model()->index(symptoms.row(), DaySheetModel::Symptoms).data().toString() == u"咳嗽"_s);

    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
        page.grab().save(QDir(dir).filePath(u"DaySheetPage.png"_s));
}
