#include "ExchangeSupport.h"

#include "county/CountyPage.h"
#include "county/KnownToSeveralModel.h"
#include "county/KnownToSeveralPanel.h"
#include "county/TasksPage.h"

#include "county/RiskAreaRepository.h"
#include "county/VerificationTaskRepository.h"
#include "measures/MeasureRepository.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
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
    QAbstractItemModelTester countyTasksTester(
        countyPage.findChild<QTableView *>(u"tasksTableView"_s)->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
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
    QAbstractItemModelTester tasksTester(
        tasksPage.findChild<QTableView *>(u"tasksTableView"_s)->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
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

TEST_CASE("the county sees a person two townships keep, and sends both a verification task from "
          "the list",
    "[ui][county]")
{
    Installation county(Installation::County);
    Installation east(Installation::Township, {}, u"东镇"_s);
    Installation west(Installation::Township, u"370285106000"_s, u"西镇"_s);
    county.trustEachOther(east);
    county.trustEachOther(west);
    ControlMeasure isolation;
    isolation.personId = east.addPerson(u"张伟"_s, 101);
    isolation.kind = u"home_isolation"_s;
    isolation.startedOn = QDate::currentDate();
    REQUIRE(MeasureRepository(east.store()).add(isolation).ok());
    east.addPerson(u"李娜"_s, 102);
    west.addPerson(u"张伟"_s, 101);
    QTemporaryDir stick;
    REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
    REQUIRE(county.import(west.exportTo(county, stick.path())).ok());
    const QString shared = syntheticIdNumber(u"19800101"_s, 101);

    CountyPage page(county.store());
    page.resize(1366, 768);
    page.show();
    auto *panel = page.findChild<KnownToSeveralPanel *>(u"knownToSeveralPanel"_s);
    auto *table = page.findChild<QTableView *>(u"knownToSeveralTableView"_s);
    auto *send = page.findChild<QPushButton *>(u"sendTasksButton"_s);
    REQUIRE(panel);
    REQUIRE(table);
    auto *model = qobject_cast<KnownToSeveralModel *>(table->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Nothing is read until the clerk opens the tab; then the list comes from a worker.
    CHECK(model->rowCount() == 0);
    page.findChild<QTabWidget *>(u"countyTabs"_s)->setCurrentWidget(panel);
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idNumberCount() == 1);
    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    CHECK(cell(0, KnownToSeveralModel::IdNumber) == IdNumber::masked(shared));
    CHECK(cell(0, KnownToSeveralModel::Township) == u"370285105000 东镇"_s);
    CHECK(cell(1, KnownToSeveralModel::Township) == u"370285106000 西镇"_s);
    CHECK(cell(1, KnownToSeveralModel::Name) == u"张伟"_s);
    CHECK(cell(1, KnownToSeveralModel::Village) == u"东村"_s);
    CHECK(cell(0, KnownToSeveralModel::StartedOn) == QDate::currentDate().toString(Qt::ISODate));
    CHECK_FALSE(cell(0, KnownToSeveralModel::State).isEmpty());
    CHECK(cell(1, KnownToSeveralModel::Measure).isEmpty());

    CHECK_FALSE(send->isEnabled());
    table->setCurrentIndex(model->index(1, 0));
    REQUIRE(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    VerificationTaskRepository tasks(county.store());
    CHECK(tasks.openCount(u"370285105000"_s) == 1);
    CHECK(tasks.openCount(u"370285106000"_s) == 1);
    CHECK(page.findChild<QTableView *>(u"tasksTableView"_s)->model()->rowCount() == 2);
    CHECK(page.findChild<QTableWidget *>(u"rollupTable"_s)->item(1, 5)->text() == u"1"_s);
    const QString said = page.findChild<QLabel *>(u"tasksSentLabel"_s)->text();
    CHECK_FALSE(said.isEmpty());

    // Clicked again the same day, it gives no second task and says something else.
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(tasks.count() == 2);
    CHECK(page.findChild<QLabel *>(u"tasksSentLabel"_s)->text() != said);

    page.findChild<QCheckBox *>(u"fullDataCheckBox"_s)->setChecked(true);
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    CHECK(cell(0, KnownToSeveralModel::IdNumber) == shared);
}

TEST_CASE("the list of persons known to several townships comes a page of ID numbers at a time, "
          "each with all its townships",
    "[ui][county]")
{
    Installation county(Installation::County);
    Installation east(Installation::Township);
    Installation west(Installation::Township, u"370285106000"_s);
    county.trustEachOther(east);
    county.trustEachOther(west);
    QTemporaryDir stick;
    REQUIRE(county.import(east.exportTo(county, stick.path())).ok());
    REQUIRE(county.import(west.exportTo(county, stick.path())).ok());
    // 250 ID numbers in both townships' 东村, written at the county as a correction would be.
    PersonRepository persons(county.store());
    RegionRepository regions(county.store());
    const int shared = 250;
    for (int i = 0; i < shared; ++i) {
        for (const QString &village : { u"370285105001"_s, u"370285106001"_s }) {
            Person p;
            p.name = u"张伟"_s;
            p.idNumber = syntheticIdNumber(u"19800101"_s, 100 + i);
            p.regionId = regions.byCode(village).id;
            auto added = persons.add(p);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
        }
    }

    KnownToSeveralPanel panel(county.store());
    panel.resize(1366, 768);
    panel.show();
    auto *table = panel.findChild<QTableView *>(u"knownToSeveralTableView"_s);
    auto *model = qobject_cast<KnownToSeveralModel *>(table->model());
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    CHECK(model->idNumberCount() == shared);
    CHECK(model->totalCount() == 2 * shared);
    CHECK(model->rowCount() == 2 * KnownToSeveralModel::PageSize);
    while (model->canFetchMore({}))
        model->fetchMore({});
    REQUIRE(model->rowCount() == 2 * shared);
    for (int row = 0; row < model->rowCount(); row += 2) {
        const KnownToSeveralUnits::Row *a = model->recordAt(model->index(row, 0));
        const KnownToSeveralUnits::Row *b = model->recordAt(model->index(row + 1, 0));
        REQUIRE(a->position == row / 2);
        REQUIRE(b->position == row / 2);
        CHECK(a->township == u"370285105000"_s);
        CHECK(b->township == u"370285106000"_s);
    }
}
