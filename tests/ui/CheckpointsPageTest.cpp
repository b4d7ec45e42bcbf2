#include "TestSupport.h"

#include "checkpoints/CheckpointsPage.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "measures/MeasureRepository.h"
#include "people/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

void type(const QString &text)
{
    typeText(QApplication::focusWidget(), text);
}

void press(Qt::Key key, int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(QApplication::focusWidget(), key);
}

} // namespace

TEST_CASE("a cadre logs five passages at a checkpoint by keyboard alone", "[ui][checkpoints]")
{
    TownshipStore t;
    Store &store = *t.store;
    Checkpoint c;
    c.name = u"东村路口卡口"_s;
    c.regionId = t.villageId(1);
    REQUIRE(CheckpointRepository(store).add(c).ok());
    const QString resident = syntheticIdNumber(u"19800101"_s, 101);
    const QString isolated = syntheticIdNumber(u"19800101"_s, 102);
    for (const auto &[name, id] :
        { std::pair { u"张伟"_s, resident }, std::pair { u"李娜"_s, isolated } }) {
        Person p;
        p.name = name;
        p.idNumber = id;
        p.regionId = t.villageId(1);
        REQUIRE(PersonRepository(store).add(p).ok());
    }
    ControlMeasure m;
    m.personId = PersonRepository(store).byIdNumber(isolated).id;
    m.kind = u"home_isolation"_s;
    m.startedOn = QDate::currentDate();
    REQUIRE(MeasureRepository(store).add(m).ok());

    CheckpointsPage page(store);
    QAbstractItemModelTester entriesTester(
        page.findChild<QTableView *>(u"entriesTableView"_s)->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1280, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(readsDone(page));
    auto *recordedBy = page.findChild<QLineEdit *>(u"recordedByEdit"_s);
    recordedBy->setText(u"值守员"_s);
    page.findChild<QLineEdit *>(u"idNumberEdit"_s)->setFocus();

    // 1. A resident walks in: the ID number fills the name; Enter saves.
    type(resident);
    CHECK(page.findChild<QLineEdit *>(u"nameEdit"_s)->text() == u"张伟"_s);
    press(Qt::Key_Return);
    // 2. A person under home isolation: the warning shows before anything is saved.
    type(isolated);
    auto *warnings = page.findChild<QLabel *>(u"warningsLabel"_s);
    CHECK(warnings->isVisibleTo(&page));
    CHECK(warnings->text().contains(u"李娜"_s));
    press(Qt::Key_Tab);
    type(u"36.5"_s);
    press(Qt::Key_Return);
    // 3. A stranger in a car: name and plate typed.
    press(Qt::Key_Tab, 3);
    type(u"过路人"_s);
    press(Qt::Key_Tab, 2);
    type(u"鲁b12345"_s);
    press(Qt::Key_Return);
    // 4. The resident again, with a fever: not let through.
    type(resident);
    press(Qt::Key_Tab);
    type(u"38.2"_s);
    press(Qt::Key_Return);
    // 5. F2 turns the direction to out; a yellow code.
    press(Qt::Key_F2);
    type(resident);
    press(Qt::Key_Tab, 2);
    type(u"y"_s);
    press(Qt::Key_Return);

    CheckpointLog log(store);
    const QList<CheckpointLog::Row> rows = log.entries(QDate::currentDate());
    REQUIRE(rows.size() == 5);
    REQUIRE(readsDone(page));
    CHECK(page.findChild<QTableView *>(u"entriesTableView"_s)->model()->rowCount() == 5);
    CHECK(page.findChild<QLabel *>(u"entriesCountLabel"_s)->text().startsWith(u"5 "_s));
    const CheckpointLog::Counts counts = log.dayCounts(QDate::currentDate()).value(0);
    CHECK(counts.in == 4);
    CHECK(counts.out == 1);
    CHECK(counts.vehicles == 1);
    CHECK(counts.fevers == 1);
    CHECK(counts.redOrYellow == 1);
    CHECK(counts.turnedBack == 2);
    const auto car = std::find_if(
        rows.cbegin(), rows.cend(), [](const auto &r) { return !r.entry.plate.isEmpty(); });
    CHECK(car->entry.plate == u"鲁B12345"_s);
    CHECK(car->entry.personName == u"过路人"_s);
    CHECK(car->entry.recordedBy == u"值守员"_s);
}

TEST_CASE("the checkpoints page reads its lists off the window's thread, and lists a permit once "
          "it is issued",
    "[ui][checkpoints][reader]")
{
    TownshipStore t;
    Store &store = *t.store;
    Checkpoint c;
    c.name = u"西村卡口"_s;
    c.regionId = t.villageId(2);
    REQUIRE(CheckpointRepository(store).add(c).ok());
    CheckpointEntry e;
    e.checkpointId = CheckpointRepository(store).byName(c.name).id;
    e.direction = u"in"_s;
    e.personName = u"过路人"_s;
    e.outcome = u"let_through"_s;
    e.recordedBy = u"值守员"_s;
    const auto recorded = CheckpointLog(store).record(e);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());

    CheckpointsPage page(store);
    page.resize(1280, 700);
    page.show();
    auto *count = page.findChild<QLabel *>(u"entriesCountLabel"_s);
    auto *counts = page.findChild<QTableWidget *>(u"countsTable"_s);
    auto *permits = page.findChild<QTableWidget *>(u"permitsTable"_s);
    REQUIRE((count && counts && permits));
    CHECK(page.isReading());
    CHECK(count->text() == u"Reading…"_s);
    CHECK(counts->rowCount() == 0);
    REQUIRE(readsDone(page));
    CHECK(count->text().startsWith(u"1 "_s));
    REQUIRE(counts->rowCount() == 1);
    CHECK(counts->item(0, 0)->text() == c.name);
    CHECK(counts->item(0, 1)->text() == u"1"_s);
    CHECK(page.findChild<QTableWidget *>(u"trendTable"_s)->rowCount() == 10);
    // Nobody is on duty at the new checkpoint: the roster says so.
    CHECK(page.findChild<QLabel *>(u"gapsLabel"_s)->text().contains(c.name));
    CHECK(permits->rowCount() == 0);

    page.findChild<QLineEdit *>(u"permitNumberEdit"_s)->setText(u"001"_s);
    page.findChild<QLineEdit *>(u"permitHolderEdit"_s)->setText(u"张伟"_s);
    page.findChild<QLineEdit *>(u"permitIssuerEdit"_s)->setText(u"镇防控办"_s);
    page.findChild<QPushButton *>(u"addPermitButton"_s)->click();
    CHECK(page.isReading());
    REQUIRE(readsDone(page));
    REQUIRE(permits->rowCount() == 1);
    CHECK(permits->item(0, 1)->text() == u"张伟"_s);
}
