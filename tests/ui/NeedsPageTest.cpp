#include "TestSupport.h"

#include "needs/NeedsModel.h"
#include "needs/NeedsPage.h"

#include "i18n/Translations.h"
#include "main/ReadingOverlay.h"
#include "needs/NeedRepository.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "store/StoreReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
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

QString addPerson(TownshipStore &t, const QString &name, const QString &specialGroup, int sequence)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(1);
    p.idNumber = syntheticIdNumber(u"19400101"_s, sequence);
    p.specialGroup = specialGroup;
    auto id = PersonRepository(*t.store).add(p);
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("a clerk records a need for an elderly person and marks it met", "[needs]")
{
    TownshipStore t;
    const QString personId = addPerson(t, u"王奶奶"_s, u"elderly_alone"_s, 601);
    addPerson(t, u"王大力"_s, {}, 602); // in no special group: not offered
    NeedsPage page(*t.store);
    page.resize(1200, 700);
    page.show();
    REQUIRE(readsDone(page));

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"needDialog"_s);
        typeText(dialog->findChild<QLineEdit *>(u"personSearchEdit"_s), u"王"_s);
        auto *matches = dialog->findChild<QListWidget *>(u"personMatchesListWidget"_s);
        REQUIRE(matches->count() == 1);
        CHECK(matches->item(0)->text().contains(u"王奶奶"_s));
        auto *need = dialog->findChild<QComboBox *>(u"needComboBox"_s);
        need->setCurrentIndex(need->findData(u"medicine"_s));
        typeText(dialog->findChild<QLineEdit *>(u"detailEdit"_s), u"降压药"_s);
        CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"addNeedButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(page));

    NeedsModel *model = page.model();
    REQUIRE(model->rowCount() == 1);
    const NeedRepository::Row *row = model->recordAt(model->index(0, 0));
    CHECK(row->record.personId == personId);
    CHECK(row->record.need == u"medicine"_s);
    CHECK(row->record.detail == u"降压药"_s);
    CHECK_FALSE(row->record.isMet());
    const QString needId = row->record.id; // the row goes with the next reload
    // The new need is selected, ready to be marked met.
    auto *markMet = page.findChild<QPushButton *>(u"markMetButton"_s);
    REQUIRE(markMet->isEnabled());

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"needMetDialog"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        CHECK_FALSE(save->isEnabled()); // who met it is still missing
        typeText(dialog->findChild<QLineEdit *>(u"metByEdit"_s), u"钱村干"_s);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(markMet, Qt::LeftButton);
    REQUIRE(readsDone(page));

    const NeedRecord met = NeedRepository(*t.store).byId(needId);
    CHECK(met.metOn == QDate::currentDate());
    CHECK(met.metBy == u"钱村干"_s);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, NeedsModel::MetBy)).toString() == u"钱村干"_s);
    CHECK(model->data(model->index(0, 0), Qt::ForegroundRole).isValid()); // greyed
    CHECK_FALSE(markMet->isEnabled());
}

TEST_CASE("a clerk records a need for a household found by address", "[needs]")
{
    TownshipStore t;
    Household h;
    h.regionId = t.villageId(2);
    h.address = u"西村幸福路 8 号"_s;
    REQUIRE(HouseholdRepository(*t.store).add(h).ok());
    NeedsPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    onNextDialog([&](QWidget *dialog) {
        dialog->findChild<QRadioButton *>(u"forHouseholdRadioButton"_s)->setChecked(true);
        typeText(dialog->findChild<QLineEdit *>(u"householdSearchEdit"_s), u"幸福路"_s);
        REQUIRE(dialog->findChild<QListWidget *>(u"householdMatchesListWidget"_s)->count() == 1);
        auto *need = dialog->findChild<QComboBox *>(u"needComboBox"_s);
        need->setCurrentIndex(need->findData(u"food"_s));
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        INFO(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().toStdString());
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"addNeedButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(page));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, NeedsModel::Address)).toString()
        == u"西村幸福路 8 号"_s);
    CHECK(page.model()->data(page.model()->index(0, NeedsModel::Village)).toString() == u"西村"_s);
}

TEST_CASE("the needs model lists open needs first and passes the model tester", "[needs]")
{
    TownshipStore t;
    const QString a = addPerson(t, u"王奶奶"_s, u"elderly_alone"_s, 601);
    NeedRepository needs(*t.store);
    const QDate today = QDate::currentDate();
    NeedRecord n;
    n.personId = a;
    n.need = u"food"_s;
    n.requestedOn = today.addDays(-5);
    auto met = needs.add(n);
    REQUIRE(met.ok());
    REQUIRE(needs.markMet(met.value(), today.addDays(-4), u"钱村干"_s).ok());
    n.need = u"medicine"_s;
    n.requestedOn = today.addDays(-1);
    auto open = needs.add(n);
    REQUIRE(open.ok());

    StoreReader reader(t.path());
    NeedsModel model(&reader, 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setVillage(t.villageId(2));
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }));
    CHECK(model.rowCount() == 0);
    model.setVillage({});
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.indexOf(open.value()).row() == 0);
    CHECK(model.indexOf(met.value()).row() == 1);
    CHECK(model.data(model.index(0, NeedsModel::RequestedOn), NeedsModel::RawValueRole).toDate()
        == today.addDays(-1));
}

TEST_CASE("the needs page renders in Chinese within the main window's room", "[needs]")
{
    TownshipStore t;
    const QString a = addPerson(t, u"王奶奶"_s, u"elderly_alone"_s, 601);
    NeedRecord n;
    n.personId = a;
    n.need = u"medicine"_s;
    n.detail = u"降压药一周"_s;
    n.requestedOn = QDate::currentDate();
    REQUIRE(NeedRepository(*t.store).add(n).ok());
    Translations::install(*qApp, u"zh_CN"_s);
    NeedsPage page(*t.store);
    page.resize(1366 - 180, 768 - 80);
    page.show();
    REQUIRE(readsDone(page));
    CHECK(page.minimumSizeHint().width() <= 1366 - 180);
    CHECK(page.minimumSizeHint().height() <= 768 - 80);
    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
        page.grab().save(dir + u"/needs.png"_s);
    Translations::install(*qApp, u"en"_s);
}

TEST_CASE("the needs page reads its list off the GUI thread, and says in the page when it cannot",
    "[needs][reader]")
{
    TownshipStore t;
    const QString a = addPerson(t, u"王奶奶"_s, u"elderly_alone"_s, 601);
    NeedRecord n;
    n.personId = a;
    n.need = u"medicine"_s;
    n.requestedOn = QDate::currentDate();
    REQUIRE(NeedRepository(*t.store).add(n).ok());
    {
        NeedsPage page(*t.store);
        // Nothing is read before the page is shown.
        CHECK_FALSE(page.isReading());
        page.show();
        CHECK(page.isReading());
        CHECK(page.findChild<QLabel *>(u"needsCountLabel"_s)->text() == u"Reading…"_s);
        REQUIRE(readsDone(page));
        CHECK(page.model()->rowCount() == 1);
        CHECK(page.findChild<QLabel *>(u"needsCountLabel"_s)->text() == u"1 need(s)"_s);
        auto *village = page.findChild<QComboBox *>(u"villageFilterComboBox"_s);
        REQUIRE(village->count() == 3);
        village->setCurrentIndex(village->findData(t.villageId(2)));
        REQUIRE(readsDone(page));
        CHECK(page.model()->rowCount() == 0);
    }

    // A store this program may not read: the worker refuses to open it, and the page says why.
    REQUIRE(t.store->exec(u"PRAGMA user_version = 999"_s).ok());
    NeedsPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    auto *cover = page.findChild<ReadingOverlay *>(u"needsReadingOverlay"_s);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->problem().contains(u"newer version"_s));
    CHECK(page.model()->rowCount() == 0);
}
