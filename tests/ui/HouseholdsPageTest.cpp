#include "TestSupport.h"

#include "main/MainWindow.h"
#include "main/ReadingOverlay.h"
#include "people/HouseholdsPage.h"
#include "people/ResidentsPage.h"
#include "people/ScreeningCoveragePage.h"

#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
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

QString addHousehold(Store &store, const QString &regionId, const QString &address)
{
    Household h;
    h.regionId = regionId;
    h.address = address;
    auto id = HouseholdRepository(store).add(h);
    REQUIRE(id.ok());
    return id.value();
}

QString addPerson(Store &store, const QString &regionId, const QString &name, int sequence,
    const QString &householdId = {})
{
    Person p;
    p.name = name;
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    p.regionId = regionId;
    p.householdId = householdId;
    auto id = PersonRepository(store).add(p);
    REQUIRE(id.ok());
    return id.value();
}

// Opens the window's page as the clerk would, and waits for what it reads.
template<typename Page>
void openPage(MainWindow &window, Page *page)
{
    window.findChild<QListWidget *>(u"navigationListWidget"_s)
        ->setCurrentRow(window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s)->indexOf(page));
    REQUIRE(readsDone(*page));
}

} // namespace

TEST_CASE("a clerk adds a resident into an existing household by picking it")
{
    TownshipStore t;
    const QString home = addHousehold(*t.store, t.villageId(2), u"西村三组8号"_s);
    addHousehold(*t.store, t.villageId(1), u"东村一组8号"_s);
    MainWindow window(*t.store);
    window.show();
    ResidentsPage &page = *window.residentsPage();
    REQUIRE(readsDone(page));
    const QString id = syntheticIdNumber(u"19850612"_s, 452);

    onNextDialog([&](QWidget *dialog) {
        // Nothing typed yet: Save is off, but no problem is shown.
        CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
        typeText(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"欧阳明"_s);
        typeText(dialog->findChild<QLineEdit *>(u"idNumberEdit"_s), id);
        typeText(dialog->findChild<QLineEdit *>(u"householdSearchEdit"_s), u"三组8"_s);
        auto *matches = dialog->findChild<QListWidget *>(u"householdMatchesListWidget"_s);
        REQUIRE(matches->count() == 2); // no household, and the one that matches
        CHECK(matches->item(1)->text().contains(u"西村三组8号"_s));
        matches->setCurrentRow(1);
        // The village comes with the household.
        auto *village = dialog->findChild<QComboBox *>(u"villageComboBox"_s);
        CHECK(village->currentData().toString() == t.villageId(2));
        CHECK_FALSE(village->isEnabled());
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"addPersonButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(page));

    const Person stored = PersonRepository(*t.store).byIdNumber(id);
    CHECK(stored.householdId == home);
    CHECK(stored.regionId == t.villageId(2));
    // The first member heads the household.
    CHECK(HouseholdRepository(*t.store).byId(home).headPersonId == stored.id);
    // And the saved resident is the one selected in the list.
    auto *table = page.findChild<QTableView *>(u"residentsTableView"_s);
    CHECK(table->currentIndex().siblingAtColumn(0).data().toString() == u"欧阳明"_s);
}

TEST_CASE("the clerk makes a member the head on the household's page")
{
    TownshipStore t;
    const QString home = addHousehold(*t.store, t.villageId(1), u"东村一组12号"_s);
    const QString father = addPerson(*t.store, t.villageId(1), u"张国强"_s, 11, home);
    const QString son = addPerson(*t.store, t.villageId(1), u"张伟"_s, 13, home);
    MainWindow window(*t.store);
    window.show();
    auto *page = window.findChild<HouseholdsPage *>();
    REQUIRE(page);
    page->showHousehold(home);
    openPage(window, page);
    CHECK(page->findChild<QLabel *>(u"householdTitleLabel"_s)->text().contains(u"张国强"_s));
    auto *members = page->findChild<QTableWidget *>(u"membersTableWidget"_s);
    REQUIRE(members->rowCount() == 2);
    CHECK(members->item(0, 1)->text() == Person::relationLabel({}, true));
    members->setCurrentCell(1, 0);
    QTest::mouseClick(page->findChild<QPushButton *>(u"setHeadButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(*page));
    CHECK(HouseholdRepository(*t.store).byId(home).headPersonId == son);
    CHECK(page->findChild<QLabel *>(u"householdTitleLabel"_s)->text().contains(u"张伟"_s));
    CHECK(members->item(0, 0)->text() == u"张伟"_s);
    (void)father;
}

TEST_CASE("a village's screening coverage opens onto its households not yet visited")
{
    TownshipStore t;
    const QString visited = addHousehold(*t.store, t.villageId(1), u"东村一组1号"_s);
    addHousehold(*t.store, t.villageId(1), u"东村一组2号"_s);
    addHousehold(*t.store, t.villageId(1), u"东村一组3号"_s);
    addHousehold(*t.store, t.villageId(2), u"西村一组1号"_s);
    ScreeningVisit v;
    v.householdId = visited;
    v.visitedOn = QDate::currentDate();
    v.visitor = u"王建国"_s;
    REQUIRE(HouseholdRepository(*t.store).addVisit(v).ok());
    MainWindow window(*t.store);
    window.show();
    auto *coverage = window.findChild<ScreeningCoveragePage *>();
    REQUIRE(coverage);
    openPage(window, coverage);
    auto *table = coverage->findChild<QTableWidget *>(u"coverageTableWidget"_s);
    REQUIRE(table->rowCount() == 2);
    emit table->cellActivated(0, 0);

    auto *households = window.findChild<HouseholdsPage *>();
    CHECK(households->isVisible());
    REQUIRE(readsDone(*households));
    auto *list = households->findChild<QListWidget *>(u"householdsListWidget"_s);
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text();
    CHECK(shown == QStringList { u"东村一组2号"_s, u"东村一组3号"_s });
}

TEST_CASE("a resident registered twice is removed into the record that stays and comes back")
{
    TownshipStore t;
    const QString kept = addPerson(*t.store, t.villageId(1), u"张国强"_s, 11);
    const QString twice = addPerson(*t.store, t.villageId(1), u"张国强"_s, 21);
    MainWindow window(*t.store);
    window.show();
    ResidentsPage &page = *window.residentsPage();
    REQUIRE(readsDone(page));
    auto *table = page.findChild<QTableView *>(u"residentsTableView"_s);
    REQUIRE(table->model()->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        if (table->model()->index(row, 3).data().toString() == syntheticIdNumber(u"19800101"_s, 21))
            table->setCurrentIndex(table->model()->index(row, 0));
    }

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"removePersonDialog"_s);
        auto *reason = dialog->findChild<QComboBox *>(u"reasonComboBox"_s);
        reason->setCurrentIndex(reason->findData(u"duplicate"_s));
        typeText(dialog->findChild<QLineEdit *>(u"personSearchEdit"_s),
            syntheticIdNumber(u"19800101"_s, 11));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"deletePersonButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(page));
    CHECK(PersonRepository(*t.store).byId(twice).id.isEmpty());
    QSqlQuery q(t.store->db());
    REQUIRE(q.exec(u"SELECT merged_into, removal_reason FROM persons WHERE id = '%1'"_s.arg(twice)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == kept);
    CHECK(q.value(1).toString() == u"duplicate"_s);

    // The removed filter shows why, and the removal can be undone.
    page.findChild<QCheckBox *>(u"showRemovedCheckBox"_s)->setChecked(true);
    REQUIRE(readsDone(page));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 7).data().toString().contains(
        QDate::currentDate().toString(Qt::ISODate)));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(page.findChild<QPushButton *>(u"deletePersonButton"_s), Qt::LeftButton);
    CHECK(PersonRepository(*t.store).byId(twice).name == u"张国强"_s);
}

TEST_CASE("the clerk splits a son's family off into a household of its own")
{
    TownshipStore t;
    const QString home = addHousehold(*t.store, t.villageId(1), u"东村一组12号"_s);
    addPerson(*t.store, t.villageId(1), u"张国强"_s, 11, home);
    const QString son = addPerson(*t.store, t.villageId(1), u"张伟"_s, 13, home);
    const QString wife = addPerson(*t.store, t.villageId(1), u"赵敏"_s, 14, home);
    MainWindow window(*t.store);
    window.show();
    auto *page = window.findChild<HouseholdsPage *>();
    page->showHousehold(home);
    openPage(window, page);

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"householdSplitDialog"_s);
        auto *head = dialog->findChild<QComboBox *>(u"splitHeadComboBox"_s);
        head->setCurrentIndex(head->findData(son));
        auto *members = dialog->findChild<QTableWidget *>(u"splitMembersTableWidget"_s);
        for (int row = 0; row < members->rowCount(); ++row) {
            if (members->item(row, 0)->data(Qt::UserRole).toString() == wife) {
                members->item(row, 0)->setCheckState(Qt::Checked);
                auto *relation = static_cast<QComboBox *>(members->cellWidget(row, 1));
                relation->setCurrentIndex(relation->findData(u"spouse"_s));
            }
        }
        typeText(dialog->findChild<QLineEdit *>(u"splitAddressEdit"_s), u"东村一组14号"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(u"splitHouseholdButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(*page));
    const Person moved = PersonRepository(*t.store).byId(wife);
    REQUIRE(moved.householdId != home);
    CHECK(moved.relationToHead == u"spouse"_s);
    const Household theirs = HouseholdRepository(*t.store).byId(moved.householdId);
    CHECK(theirs.address == u"东村一组14号"_s);
    CHECK(theirs.headPersonId == son);
    CHECK(page->findChild<QLabel *>(u"householdTitleLabel"_s)->text().contains(u"东村一组14号"_s));
}

TEST_CASE("the screening coverage is read off the GUI thread, and says in the page when it cannot "
          "be read",
    "[households][reader]")
{
    TownshipStore t;
    const QString visited = addHousehold(*t.store, t.villageId(1), u"东村一组1号"_s);
    addHousehold(*t.store, t.villageId(1), u"东村一组2号"_s);
    ScreeningVisit v;
    v.householdId = visited;
    v.visitedOn = QDate::currentDate();
    v.visitor = u"王建国"_s;
    REQUIRE(HouseholdRepository(*t.store).addVisit(v).ok());
    {
        ScreeningCoveragePage page(*t.store);
        auto *table = page.findChild<QTableWidget *>(u"coverageTableWidget"_s);
        // Nothing is read before the page is shown.
        CHECK_FALSE(page.isReading());
        CHECK(table->rowCount() == 0);
        page.show();
        CHECK(page.isReading());
        REQUIRE(readsDone(page));
        REQUIRE(table->rowCount() == 2);
        CHECK(page.findChild<QLabel *>(u"coverageTotalLabel"_s)->text().contains(u"1 of 2"_s));
        // A later date: the visit no longer counts.
        page.findChild<QDateEdit *>(u"sinceDateEdit"_s)->setDate(QDate::currentDate().addDays(1));
        REQUIRE(readsDone(page));
        CHECK(page.findChild<QLabel *>(u"coverageTotalLabel"_s)->text().contains(u"0 of 2"_s));
    }

    // A store this program may not read: the worker refuses to open it, and the page says why.
    REQUIRE(t.store->exec(u"PRAGMA user_version = 999"_s).ok());
    ScreeningCoveragePage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    auto *cover = page.findChild<ReadingOverlay *>(u"screeningCoverageReadingOverlay"_s);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->problem().contains(u"newer version"_s));
    CHECK(page.findChild<QTableWidget *>(u"coverageTableWidget"_s)->rowCount() == 0);
}

TEST_CASE("the households page reads its list and the household chosen off the GUI thread, and "
          "says in the page when it cannot",
    "[households][reader]")
{
    TownshipStore t;
    const QString first = addHousehold(*t.store, t.villageId(1), u"东村一组1号"_s);
    addPerson(*t.store, t.villageId(1), u"张国强"_s, 11, first);
    addHousehold(*t.store, t.villageId(1), u"东村一组2号"_s);
    addHousehold(*t.store, t.villageId(2), u"西村一组1号"_s);
    ScreeningVisit v;
    v.householdId = first;
    v.visitedOn = QDate::currentDate();
    v.visitor = u"王建国"_s;
    REQUIRE(HouseholdRepository(*t.store).addVisit(v).ok());
    {
        HouseholdsPage page(*t.store);
        auto *list = page.findChild<QListWidget *>(u"householdsListWidget"_s);
        // Nothing is read before the page is shown.
        CHECK_FALSE(page.isReading());
        CHECK(list->count() == 0);
        page.show();
        CHECK(page.isReading());
        REQUIRE(readsDone(page));
        REQUIRE(list->count() == 2);
        CHECK(page.findChild<QComboBox *>(u"householdVillageComboBox"_s)->count() == 2);
        CHECK(page.findChild<QLabel *>(u"householdTitleLabel"_s)->text().contains(u"张国强"_s));
        CHECK(page.findChild<QTableWidget *>(u"membersTableWidget"_s)->rowCount() == 1);
        CHECK(page.findChild<QTableWidget *>(u"visitsTableWidget"_s)->rowCount() == 1);
        CHECK(page.findChild<QPushButton *>(u"addMemberButton"_s)->isEnabled());
        list->setCurrentRow(1);
        CHECK_FALSE(page.findChild<QPushButton *>(u"addMemberButton"_s)->isEnabled());
        REQUIRE(readsDone(page));
        CHECK(page.findChild<QLabel *>(u"householdTitleLabel"_s)->text().contains(u"东村一组2号"_s));
        CHECK(page.findChild<QTableWidget *>(u"membersTableWidget"_s)->rowCount() == 0);
        CHECK(page.findChild<QTableWidget *>(u"visitsTableWidget"_s)->rowCount() == 0);
        // Asked for a household of another village: the list switches to it.
        page.showHousehold(HouseholdRepository(*t.store)
                               .page({ t.villageId(2), {}, {}, {} }, 0, 1)
                               .value()
                               .first()
                               .household.id);
        REQUIRE(readsDone(page));
        CHECK(page.findChild<QComboBox *>(u"householdVillageComboBox"_s)->currentData() == t.villageId(2));
        REQUIRE(list->count() == 1);
        CHECK(list->currentItem()->text() == u"西村一组1号"_s);
    }

    // A store this program may not read: the worker refuses to open it, and the page says why.
    REQUIRE(t.store->exec(u"PRAGMA user_version = 999"_s).ok());
    HouseholdsPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    auto *cover = page.findChild<ReadingOverlay *>(u"householdsReadingOverlay"_s);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->problem().contains(u"newer version"_s));
    CHECK(page.findChild<QListWidget *>(u"householdsListWidget"_s)->count() == 0);
}
