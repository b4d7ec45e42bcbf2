#include "TestSupport.h"

#include "main/MainWindow.h"
#include "people/PersonDialog.h"
#include "people/ResidentsModel.h"
#include "people/ResidentsPage.h"

#include "demo/DemoTownship.h"
#include "i18n/Translations.h"
#include "main/ReadingOverlay.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/StoreReader.h"
#include "users/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
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

void typeSearch(ResidentsPage &page, const QString &text)
{
    auto *search = page.findChild<QLineEdit *>(u"residentsSearchEdit"_s);
    search->clear();
    typeText(search, text);
    // Search waits for a pause in typing, then reads.
    REQUIRE(readsDone(page));
}

} // namespace

TEST_CASE("a clerk adds a resident through the dialog and finds them by search")
{
    TownshipStore t;
    MainWindow window(*t.store);
    window.show();
    ResidentsPage &page = *window.residentsPage();
    REQUIRE(readsDone(page));
    const QString id = syntheticIdNumber(u"19850612"_s, 452);

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"personDialog"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        CHECK_FALSE(save->isEnabled()); // nothing typed yet
        typeText(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"欧阳明"_s);
        typeText(dialog->findChild<QLineEdit *>(u"idNumberEdit"_s), id);
        // A valid ID number fills in birth date and gender.
        CHECK(dialog->findChild<QLineEdit *>(u"birthDateEdit"_s)->text() == u"1985-06-12"_s);
        CHECK(dialog->findChild<QComboBox *>(u"genderComboBox"_s)->currentData().toString() == u"female"_s);
        typeText(dialog->findChild<QLineEdit *>(u"phoneEdit"_s), u"139 0000 1234"_s);
        auto *village = dialog->findChild<QComboBox *>(u"villageComboBox"_s);
        village->setCurrentIndex(village->findData(t.villageId(2)));
        CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"addPersonButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(page));

    const Person stored = PersonRepository(*t.store).byIdNumber(id);
    REQUIRE_FALSE(stored.id.isEmpty());
    CHECK(stored.name == u"欧阳明"_s);
    CHECK(stored.phone == u"13900001234"_s);
    CHECK(stored.regionId == t.villageId(2));
    // The saved resident is chosen in the list read again.
    const auto *chosen = page.model()->recordAt(
        page.findChild<QTableView *>(u"residentsTableView"_s)->currentIndex());
    REQUIRE(chosen);
    CHECK(chosen->person.id == stored.id);

    typeSearch(page, u"欧阳"_s);
    ResidentsModel *model = page.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, ResidentsModel::Name)).toString() == u"欧阳明"_s);
    CHECK(model->data(model->index(0, ResidentsModel::Village)).toString() == u"西村"_s);

    typeSearch(page, id.right(6));
    REQUIRE(model->rowCount() == 1);
    typeSearch(page, u"诸葛"_s);
    CHECK(model->rowCount() == 0);
}

TEST_CASE("the dialog refuses a second person with the same ID number and names the first")
{
    TownshipStore t;
    Person first;
    first.name = u"张三"_s;
    first.idNumber = syntheticIdNumber(u"19700101"_s, 111);
    first.regionId = t.villageId(1);
    REQUIRE(PersonRepository(*t.store).add(first).ok());

    Person second;
    second.regionId = t.villageId(2);
    PersonDialog dialog(*t.store, second);
    typeText(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"李四"_s);
    typeText(dialog.findChild<QLineEdit *>(u"idNumberEdit"_s), first.idNumber.toLower());
    const QString message = dialog.findChild<QLabel *>(u"messageLabel"_s)->text();
    CHECK(message.contains(u"张三"_s));
    CHECK(message.contains(u"东村"_s));
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
}

TEST_CASE("a viewer reads the residents with their ID numbers and phones masked and changes nobody")
{
    TownshipStore t;
    Person p;
    p.name = u"欧阳明"_s;
    p.idNumber = syntheticIdNumber(u"19850612"_s, 452);
    p.phone = u"13900001234"_s;
    p.regionId = t.villageId(1);
    REQUIRE(PersonRepository(*t.store).add(p).ok());
    UserRepository users(*t.store);
    REQUIRE(users.add(u"王站长"_s, Role::Administrator, u"zhanzhang2022"_s).ok());
    REQUIRE(users.add(u"孙查看"_s, Role::Viewer, u"chakan2022"_s).ok());
    REQUIRE(users.logIn(u"孙查看"_s, u"chakan2022"_s).ok());

    MainWindow window(*t.store);
    window.show();
    ResidentsPage &page = *window.residentsPage();
    REQUIRE(readsDone(page));
    auto *table = page.findChild<QTableView *>(u"residentsTableView"_s);
    REQUIRE(table->model()->rowCount() == 1);
    QStringList shown;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        shown << table->model()->index(0, c).data().toString();
    const QString row = shown.join(u'|');
    CHECK(row.contains(u"欧阳明"_s));
    CHECK(row.contains(IdNumber::masked(p.idNumber)));
    CHECK_FALSE(row.contains(p.idNumber));
    CHECK_FALSE(row.contains(p.phone));
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK_FALSE(page.findChild<QPushButton *>(u"addPersonButton"_s)->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton *>(u"editPersonButton"_s)->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton *>(u"deletePersonButton"_s)->isEnabled());
}

TEST_CASE("the residents model pages through a large township and sorts in the store")
{
    TempStore t;
    t.open();
    DemoTownship::Options options;
    options.persons = 1000;
    REQUIRE(DemoTownship::generate(*t.store, options).ok());

    StoreReader reader(t.path());
    ResidentsModel model(&reader, 0, PersonalData(*t.store));
    model.reload();
    CHECK(model.isLoading());
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }));
    CHECK(model.totalCount() == 1000);
    CHECK(model.rowCount() == ResidentsModel::PageSize);
    {
        // The tester itself fetches more on every change; a reset would re-enter it, so it
        // watches the paging only.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.rowCount() < 1000) {
            model.fetchMore({});
            // One page at a time: asked again while it is read, the model waits for it.
            CHECK_FALSE(model.canFetchMore({}));
            const int before = model.rowCount();
            REQUIRE(QTest::qWaitFor([&] { return model.rowCount() > before; }));
        }
    }
    CHECK_FALSE(model.canFetchMore({}));

    model.sort(ResidentsModel::BirthDate, Qt::DescendingOrder);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }));
    CHECK(model.rowCount() == ResidentsModel::PageSize); // a new query starts with one page
    const QDate first = model.data(model.index(0, ResidentsModel::BirthDate), ResidentsModel::RawValueRole).toDate();
    const QDate second = model.data(model.index(1, ResidentsModel::BirthDate), ResidentsModel::RawValueRole).toDate();
    CHECK(first >= second);

    PersonQuery::Filter returnees;
    returnees.category = PersonCategory::Returnee;
    model.setFilter(returnees);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }));
    REQUIRE(model.rowCount() > 0);
    CHECK(model.totalCount() < 1000);
    CHECK(model.recordAt(model.index(0, 0))->person.returnee);
}

TEST_CASE("the residents page says why a search cannot be read instead of showing nobody")
{
    TownshipStore t;
    Person p;
    p.name = u"张三"_s;
    p.regionId = t.villageId(1);
    REQUIRE(PersonRepository(*t.store).add(p).ok());
    ResidentsPage page(*t.store);
    page.show();
    auto *count = page.findChild<QLabel *>(u"residentsCountLabel"_s);
    REQUIRE(count);
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"DROP TABLE household_search"_s));

    typeText(page.findChild<QLineEdit *>(u"residentsSearchEdit"_s), u"zs"_s);
    CHECK(QTest::qWaitFor([count] { return count->text().startsWith(u"Cannot read the persons"_s); }));
    CHECK(page.findChild<QTableView *>(u"residentsTableView"_s)->model()->rowCount() == 0);
}

TEST_CASE("the main window renders in Chinese within 1366x768")
{
    TempStore t;
    t.open();
    DemoTownship::Options options;
    options.persons = 300;
    REQUIRE(DemoTownship::generate(*t.store, options).ok());
    Translations::install(*qApp, u"zh_CN"_s);
    MainWindow window(*t.store);
    window.show();
    auto *navigation = window.findChild<QListWidget *>(u"navigationListWidget"_s);
    CHECK(navigation->item(0)->text() == u"居民"_s);
    CHECK(window.width() <= 1366);
    CHECK(window.height() <= 768);
    CHECK(window.minimumSizeHint().width() <= 1366);
    CHECK(window.minimumSizeHint().height() <= 768);
    // Set TL_SCREENSHOT_DIR to look at the pages.
    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty()) {
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            // A page fits its columns once its rows are in.
            QApplication::processEvents();
            window.grab().save(u"%1/main-%2.png"_s.arg(dir).arg(row));
        }
        Person p;
        p.regionId = RegionRepository(*t.store).villages().value(0).id;
        PersonDialog dialog(*t.store, p);
        dialog.show();
        dialog.grab().save(dir + u"/person-dialog.png"_s);
    }
    Translations::install(*qApp, u"en"_s);
}

TEST_CASE("the residents page reads its list off the GUI thread, and says in the page when it "
          "cannot",
    "[residents][reader]")
{
    TownshipStore t;
    for (int i = 0; i < 3; ++i) {
        Person p;
        p.name = u"张%1"_s.arg(QChar(u'一' + i));
        p.idNumber = syntheticIdNumber(u"19700101"_s, 300 + i);
        p.regionId = t.villageId(1 + i % 2);
        REQUIRE(PersonRepository(*t.store).add(p).ok());
    }
    {
        ResidentsPage page(*t.store);
        // Nothing is read before the page is shown.
        CHECK_FALSE(page.isReading());
        CHECK(page.model()->rowCount() == 0);
        page.show();
        CHECK(page.isReading());
        CHECK(page.findChild<QLabel *>(u"residentsCountLabel"_s)->text() == u"Reading…"_s);
        REQUIRE(readsDone(page));
        CHECK(page.model()->rowCount() == 3);
        CHECK(page.findChild<QLabel *>(u"residentsCountLabel"_s)->text() == u"3 person(s)"_s);
        auto *village = page.findChild<QComboBox *>(u"villageFilterComboBox"_s);
        REQUIRE(village->count() == 3);
        village->setCurrentIndex(village->findData(t.villageId(2)));
        REQUIRE(readsDone(page));
        CHECK(page.model()->rowCount() == 1);
    }

    // A store this program may not read: the worker refuses to open it, and the page says why.
    REQUIRE(t.store->exec(u"PRAGMA user_version = 999"_s).ok());
    ResidentsPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    auto *cover = page.findChild<ReadingOverlay *>(u"residentsReadingOverlay"_s);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->problem().contains(u"newer version"_s));
    CHECK(page.model()->rowCount() == 0);
}
