#include "ExchangeSupport.h"

#include "county/CountyPage.h"
#include "county/TasksPage.h"

#include "county/RiskAreaRepository.h"
#include "county/VerificationTaskRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// Runs fill on the modal dialog that the next click opens.
void onNextDialog(std::function<void(QWidget *)> fill)
{
    QTimer::singleShot(0, [fill] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        fill(dialog);
    });
}

} // namespace

TEST_CASE(
    "the county gives a task on its page, and the township answers it on its own", "[ui][county]")
{
    Installation county(Installation::County);
    Installation township(Installation::Township);
    county.trustEachOther(township);
    township.addPerson(u"张伟"_s, 101);
    QTemporaryDir stick;
    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());

    CountyPage countyPage(county.store());
    countyPage.resize(1280, 680);
    auto *rollup = countyPage.findChild<QTableWidget *>(u"rollupTable"_s);
    // The roll-up is read when the page is first shown, not when the window is built.
    CHECK(rollup->rowCount() == 0);
    countyPage.show();
    REQUIRE(rollup->rowCount() == 1);
    CHECK(rollup->item(0, 0)->text() == u"370285105000 测试镇"_s);
    CHECK(rollup->item(0, 1)->text() == u"1"_s);
    CHECK(rollup->item(0, 6)->text() == u"1"_s);

    // 张伟 is known at the township: the task names him by his ID number.
    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"taskDialog"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        typeText(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"张伟"_s);
        typeText(dialog->findChild<QLineEdit *>(u"idNumberEdit"_s),
            syntheticIdNumber(u"19800101"_s, 101));
        CHECK_FALSE(save->isEnabled()); // no reason yet
        typeText(dialog->findChild<QLineEdit *>(u"reasonEdit"_s), u"密接协查"_s);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(countyPage.findChild<QPushButton *>(u"giveTaskButton"_s), Qt::LeftButton);
    CHECK(countyPage.findChild<QTableView *>(u"tasksTableView"_s)->model()->rowCount() == 1);
    CHECK(rollup->item(0, 5)->text() == u"1"_s);

    // The county puts an area on the risk list by keyboard.
    typeText(countyPage.findChild<QLineEdit *>(u"riskAreaNameEdit"_s), u"上海市浦东新区"_s);
    QTest::keyClick(countyPage.findChild<QLineEdit *>(u"riskAreaNameEdit"_s), Qt::Key_Return);
    CHECK(countyPage.findChild<QTableWidget *>(u"riskAreasTable"_s)->rowCount() == 1);

    REQUIRE(township.import(county.exportTo(township, stick.path())).ok());
    TasksPage tasksPage(township.store());
    tasksPage.resize(1280, 680);
    tasksPage.show();
    auto *tasks = tasksPage.findChild<QTableView *>(u"tasksTableView"_s);
    REQUIRE(tasks->model()->rowCount() == 1);
    CHECK(tasks->model()->index(0, 6).data().toString() == u"东村"_s); // registered here, in 东村
    CHECK(tasksPage.findChild<QTableWidget *>(u"riskAreasTable"_s)->rowCount() == 1);
    tasks->setCurrentIndex(tasks->model()->index(0, 0));
    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"taskResultDialog"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        CHECK_FALSE(save->isEnabled()); // who verified is missing
        typeText(dialog->findChild<QLineEdit *>(u"verifiedByEdit"_s), u"王村干"_s);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(tasksPage.findChild<QPushButton *>(u"recordResultButton"_s), Qt::LeftButton);
    const VerificationTask answered
        = VerificationTaskRepository(township.store()).list().value(0).task;
    CHECK(answered.result == u"located"_s);
    CHECK(answered.verifiedBy == u"王村干"_s);
    CHECK_FALSE(tasksPage.findChild<QPushButton *>(u"recordResultButton"_s)->isEnabled());

    REQUIRE(county.import(township.exportTo(county, stick.path())).ok());
    countyPage.reload();
    CHECK(rollup->item(0, 5)->text() == u"0"_s);
}
