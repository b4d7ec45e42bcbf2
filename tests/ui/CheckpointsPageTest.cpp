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
#include <QTableView>
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
    CHECK(page.findChild<QTableView *>(u"entriesTableView"_s)->model()->rowCount() == 5);
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
