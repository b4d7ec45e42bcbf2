#include "TestSupport.h"

#include "testing/TestCoverageModel.h"
#include "testing/TestRoundDialog.h"
#include "testing/TestingPage.h"
#include "testing/UntestedModel.h"

#include "main/ReadingOverlay.h"
#include "people/PersonRepository.h"
#include "people/Pinyin.h"
#include "store/StoreReader.h"
#include "testing/TestingRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString addPerson(TownshipStore &t, const QString &name, int sequence, int village = 1)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(village);
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 coverageCell(TestCoverageModel *model, int row, int column)
{
    return model->index(row, column).data(TestCoverageModel::RawValueRole).toLongLong();
}

// Runs act on the modal dialog that the next click opens.
void onNextDialog(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(0, [act] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        act(dialog);
    });
}

void typeIdNumber(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("the round dialog saves a round with every village ticked and its sites", "[testing]")
{
    TownshipStore t;
    TestRoundDialog dialog(*t.store);
    CHECK(dialog.villagesList()->count() == 2);
    CHECK(dialog.villagesList()->item(0)->checkState() == Qt::Checked);
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    REQUIRE(save);

    // Without a name the dialog stays open and says why.
    save->click();
    CHECK(dialog.roundId().isEmpty());
    CHECK_FALSE(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());

    typeText(dialog.nameEdit(), u"第一轮全员核酸检测"_s);
    dialog.sitesTable()->item(0, TestRoundDialog::SiteName)->setText(u"东村检测点"_s);
    dialog.sitesTable()->item(0, TestRoundDialog::SiteUnits)->setData(Qt::EditRole, 3);
    dialog.villagesList()->item(1)->setCheckState(Qt::Unchecked);
    save->click();
    REQUIRE_FALSE(dialog.roundId().isEmpty());
    const TestRound round = TestingRepository(*t.store).byId(dialog.roundId());
    CHECK(round.villageIds == QStringList { t.villageId(1) });
    const auto sites = TestingRepository(*t.store).sites(dialog.roundId());
    REQUIRE(sites.size() == 1);
    CHECK(sites.first().testUnits == 3);
}

TEST_CASE("typed ID numbers are sampled, coverage grows and the untested list shrinks",
          "[testing]")
{
    TownshipStore t;
    addPerson(t, u"张三"_s, 11);
    addPerson(t, u"李四"_s, 13);
    addPerson(t, u"王五"_s, 15, 2);
    TestRound round;
    round.name = u"第一轮全员核酸检测"_s;
    round.roundOn = QDate::currentDate();
    round.villageIds = { t.villageId(1), t.villageId(2) };
    TestSite site;
    site.name = u"东村检测点"_s;
    REQUIRE(TestingRepository(*t.store).addRound(round, { site }).ok());

    TestingPage page(*t.store);
    page.resize(1206, 720);
    page.show();
    // Read off the GUI thread: the page says so, and takes no sample until it knows the sites.
    CHECK(page.isReading());
    CHECK(page.findChild<QLabel *>(u"testSummaryLabel"_s)->text() == u"Reading the rounds…"_s);
    CHECK_FALSE(page.findChild<QLineEdit *>(u"sampleIdNumberEdit"_s)->isEnabled());
    REQUIRE(readsDone(page));
    QAbstractItemModelTester coverageTester(
        page.coverageModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester untestedTester(
        page.untestedModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.objectName() == u"testingPage"_s);
    auto *rounds = page.findChild<QComboBox *>(u"testRoundsComboBox"_s);
    auto *sites = page.findChild<QComboBox *>(u"testSiteComboBox"_s);
    auto *edit = page.findChild<QLineEdit *>(u"sampleIdNumberEdit"_s);
    auto *message = page.findChild<QLabel *>(u"sampleMessageLabel"_s);
    auto *untestedView = page.findChild<QTableView *>(u"untestedTableView"_s);
    REQUIRE((rounds && sites && edit && message && untestedView));
    REQUIRE(page.findChild<QTableView *>(u"coverageTableView"_s));
    REQUIRE(page.findChild<QPushButton *>(u"newTestRoundButton"_s));
    CHECK(rounds->count() == 1);
    CHECK(sites->currentText() == u"东村检测点"_s);
    CHECK(edit->isEnabled());
    CHECK(page.untestedModel()->rowCount() == 3);
    CHECK(coverageCell(page.coverageModel(), 0, TestCoverageModel::Sampled) == 0);
    CHECK(page.findChild<QLabel *>(u"testSummaryLabel"_s)->text() == u"0 of 3 sampled (0.0%)."_s);

    typeIdNumber(edit, syntheticIdNumber(u"19800101"_s, 11));
    CHECK(edit->text().isEmpty());
    CHECK(message->text().contains(u"张三"_s));
    // The sampler types on while the figures are read again.
    CHECK(edit->isEnabled());
    typeIdNumber(edit, syntheticIdNumber(u"19800101"_s, 15));
    CHECK(message->text().contains(u"王五"_s));
    REQUIRE(readsDone(page));
    CHECK(page.findChild<QLabel *>(u"testSummaryLabel"_s)->text() == u"2 of 3 sampled (66.7%)."_s);
    CHECK(coverageCell(page.coverageModel(), 0, TestCoverageModel::Sampled) == 1);
    CHECK(coverageCell(page.coverageModel(), 0, TestCoverageModel::NotSampled) == 1);
    CHECK(coverageCell(page.coverageModel(), 1, TestCoverageModel::Sampled) == 1);
    REQUIRE(page.untestedModel()->rowCount() == 1);
    CHECK(page.untestedModel()->index(0, UntestedModel::Name).data().toString() == u"李四"_s);

    // The same person again is refused, and the message says so.
    typeIdNumber(edit, syntheticIdNumber(u"19800101"_s, 11));
    CHECK(message->text().contains(u"already sampled"_s));
    CHECK(message->text().contains(u"东村检测点"_s));
    CHECK(page.untestedModel()->rowCount() == 1);

    // Someone without their card is found by name; a name nobody has is refused.
    typeIdNumber(edit, u"赵六"_s);
    CHECK(message->text().contains(u"赵六"_s));
    CHECK(page.untestedModel()->rowCount() == 1);
    typeIdNumber(edit, u"李四"_s);
    CHECK(edit->text().isEmpty());
    CHECK(message->text().contains(u"李四"_s));
    REQUIRE(readsDone(page));
    CHECK(page.untestedModel()->rowCount() == 0);

    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QApplication::processEvents(); // lets the layout follow the longer summary
        page.grab().save(QDir(dir).filePath(u"testing-page.png"_s));
    }
}

TEST_CASE("the untested list is fetched a page at a time", "[testing]")
{
    TownshipStore t;
    QStringList names;
    for (int i = 0; i < UntestedModel::PageSize + 10; ++i) {
        names << u"村民"_s + QChar(0x4E00 + i); // 一, 丁, 丂, ...
        addPerson(t, names.last(), 101 + 2 * i);
    }
    // The list is in the pinyin order of the names.
    const QString firstName = *std::min_element(names.begin(), names.end(),
        [](const QString &a, const QString &b) {
            return Pinyin::sortKey(a.toUtf8()) < Pinyin::sortKey(b.toUtf8());
        });
    TestRound round;
    round.name = u"第二轮"_s;
    round.roundOn = QDate::currentDate();
    round.villageIds = { t.villageId(1) };
    TestSite site;
    site.name = u"甲"_s;
    auto roundId = TestingRepository(*t.store).addRound(round, { site });
    REQUIRE(roundId.ok());

    StoreReader reader(t.path());
    UntestedModel model(&reader, 0);
    model.setRound(roundId.value());
    CHECK(model.isLoading());
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }));
    CHECK(model.totalCount() == UntestedModel::PageSize + 10);
    CHECK(model.rowCount() == UntestedModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    // One page at a time: asked again while it is read, the model waits for it.
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == UntestedModel::PageSize + 10; }));
    CHECK_FALSE(model.canFetchMore({}));
    // Made last: the tester fetches everything it can.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.index(0, UntestedModel::Name).data().toString() == firstName);
    CHECK(model.indexOf(model.recordAt(model.index(5, 0))->personId).row() == 5);
}

TEST_CASE("a round made with the New round button is chosen, and a site set negative after asking",
          "[testing]")
{
    TownshipStore t;
    addPerson(t, u"张三"_s, 11);
    TestingPage page(*t.store);
    page.show();
    auto *rounds = page.findChild<QComboBox *>(u"testRoundsComboBox"_s);
    REQUIRE(rounds);
    REQUIRE(readsDone(page));
    CHECK(rounds->count() == 0);
    CHECK(page.findChild<QLabel *>(u"testSummaryLabel"_s)->text() == u"No testing round yet."_s);

    onNextDialog([](QWidget *widget) {
        auto *dialog = qobject_cast<TestRoundDialog *>(widget);
        REQUIRE(dialog);
        typeText(dialog->nameEdit(), u"第三轮"_s);
        dialog->sitesTable()->item(0, TestRoundDialog::SiteName)->setText(u"东村检测点"_s);
        dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
    });
    page.findChild<QPushButton *>(u"newTestRoundButton"_s)->click();
    REQUIRE(readsDone(page));
    REQUIRE(rounds->count() == 1);
    CHECK(rounds->currentText().startsWith(u"第三轮"_s));
    CHECK(page.untestedModel()->totalCount() == 1);

    typeIdNumber(page.findChild<QLineEdit *>(u"sampleIdNumberEdit"_s),
                 syntheticIdNumber(u"19800101"_s, 11));
    onNextDialog([](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    page.findChild<QPushButton *>(u"siteNegativeButton"_s)->click();
    CHECK(page.findChild<QLabel *>(u"sampleMessageLabel"_s)->text().contains(u"1"_s));
    TestingRepository repo(*t.store);
    const auto sites = repo.sites(page.currentRoundId());
    REQUIRE(sites.size() == 1);
    auto again = repo.setSiteResults(page.currentRoundId(), sites.first().id, u"negative"_s);
    REQUIRE(again.ok());
    CHECK(again.value() == 0); // nothing was left pending
}

TEST_CASE("the testing page shows the round chosen last, and says so in the page when it cannot "
          "read",
    "[testing][reader]")
{
    TownshipStore t;
    addPerson(t, u"张三"_s, 11);
    addPerson(t, u"王五"_s, 15, 2);
    for (const auto &[name, village] :
        { std::pair { u"东村轮"_s, 1 }, std::pair { u"两村轮"_s, 0 } }) {
        TestRound round;
        round.name = name;
        round.roundOn = QDate::currentDate();
        round.villageIds = village ? QStringList { t.villageId(village) }
                                   : QStringList { t.villageId(1), t.villageId(2) };
        TestSite site;
        site.name = name + u"检测点"_s;
        REQUIRE(TestingRepository(*t.store).addRound(round, { site }).ok());
    }
    {
        TestingPage page(*t.store);
        page.show();
        REQUIRE(readsDone(page));
        auto *rounds = page.findChild<QComboBox *>(u"testRoundsComboBox"_s);
        auto *sites = page.findChild<QComboBox *>(u"testSiteComboBox"_s);
        REQUIRE(rounds->count() == 2);
        // Asked for one round and then the other before either was read: the last one shows.
        const int other = 1 - rounds->currentIndex();
        rounds->setCurrentIndex(other);
        CHECK_FALSE(page.findChild<QLineEdit *>(u"sampleIdNumberEdit"_s)->isEnabled());
        rounds->setCurrentIndex(1 - other);
        rounds->setCurrentIndex(other);
        REQUIRE(readsDone(page));
        CHECK(sites->currentText() == rounds->currentText().section(u' ', 0, 0) + u"检测点"_s);
        const qint64 villages = rounds->currentText().startsWith(u"东村轮"_s) ? 1 : 2;
        CHECK(page.coverageModel()->rowCount() == villages);
        CHECK(page.untestedModel()->totalCount() == villages);
        CHECK(page.findChild<QLineEdit *>(u"sampleIdNumberEdit"_s)->isEnabled());
    }

    // A store this program may not read: the worker refuses to open it, and the page says why.
    REQUIRE(t.store->exec(u"PRAGMA user_version = 999"_s).ok());
    TestingPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    auto *cover = page.findChild<ReadingOverlay *>(u"coverageReadingOverlay"_s);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->problem().contains(u"newer version"_s));
    CHECK_FALSE(page.findChild<QLineEdit *>(u"sampleIdNumberEdit"_s)->isEnabled());
}
