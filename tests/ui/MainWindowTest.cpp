#include "TestSupport.h"

#include "main/DemoTownshipSetup.h"
#include "main/MainWindow.h"
#include "people/ResidentsModel.h"

#include "demo/DemoTownship.h"
#include "i18n/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What main() does before it opens the window.
void speak(const QString &language)
{
    Translations::install(*qApp, language);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("MainWindow", "Township Ledger"));
}

// A tester that aborts the test at the first fault. It leaves fetching more rows to the views:
// Qt 6.4's tester fetches from its own modelReset handler before it counts the reset as over,
// and so would fault every paged model whose reset leaves rows to fetch.
std::unique_ptr<QAbstractItemModelTester> checked(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester->setUseFetchMore(false);
    return tester;
}

} // namespace

TEST_CASE("the main window's title names the program once, then the unit")
{
    TownshipStore t;
    speak(u"zh_CN"_s);
    MainWindow window(*t.store);
    CHECK(window.windowTitle() == u"乡镇防控台账 — 测试镇"_s);
    // X11 and Windows append " — <display name>" to a title that does not end with it.
    CHECK(window.windowTitle().endsWith(QGuiApplication::applicationDisplayName()));
    CHECK(window.windowTitle().count(u"乡镇防控台账"_s) == 1);
    speak(u"en"_s);
}

TEST_CASE("a real store's File menu offers no demo township")
{
    TownshipStore t;
    MainWindow window(*t.store);
    for (const QAction *action : window.findChildren<QAction *>()) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->text().contains(u"demo"_s, Qt::CaseInsensitive));
    }
}

TEST_CASE("the window makes a demo township only in a new store, and marks it as one")
{
    TempStore fresh;
    fresh.open();
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->setIntValue(200);
        dialog->accept();
    });
    REQUIRE(DemoTownshipSetup::run(nullptr, *fresh.store));
    fresh.open();
    CHECK(DemoTownship::isDemoStore(*fresh.store));
    QSqlQuery persons(fresh.store->db());
    REQUIRE(persons.exec(u"SELECT count(*) FROM persons"_s));
    REQUIRE(persons.next());
    CHECK(persons.value(0).toInt() == 200);

    TownshipStore real;
    QTimer::singleShot(0, [] {
        auto *refusal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(refusal);
        refusal->reject();
    });
    CHECK_FALSE(DemoTownshipSetup::run(nullptr, *real.store));
    CHECK_FALSE(DemoTownship::isDemoStore(*real.store));
}

TEST_CASE("the main window opens maximized the first time, then where it was left")
{
    QSettings().remove(u"mainWindow"_s);
    TownshipStore t;
    QRect left;
    {
        MainWindow window(*t.store);
        window.show();
        CHECK(window.windowState().testFlag(Qt::WindowMaximized));
        window.setWindowState(Qt::WindowNoState);
        window.setGeometry(QRect(QPoint(40, 50), window.minimumSizeHint()));
        REQUIRE(
            QTest::qWaitFor([&] { return window.geometry().topLeft() == QPoint(40, 50); }, 5000));
        left = window.geometry();
        window.close();
    }
    MainWindow again(*t.store);
    again.show();
    CHECK_FALSE(again.windowState().testFlag(Qt::WindowMaximized));
    CHECK(again.geometry() == left);
    QSettings().remove(u"mainWindow"_s);
}

TEST_CASE("every page of the demo township in Chinese at 1366x768: models sound, columns fitted, "
          "days as yyyy-MM-dd")
{
    TempStore t;
    t.open();
    DemoTownship::Options options;
    options.persons = 300;
    REQUIRE(DemoTownship::generate(*t.store, options).ok());
    speak(u"zh_CN"_s);
    MainWindow window(*t.store);
    window.show();
    window.setWindowState(Qt::WindowNoState);
    window.resize(1366, 768);
    REQUIRE(QTest::qWaitFor([&] { return window.width() == 1366; }, 5000));
    CHECK(window.windowTitle() == u"乡镇防控台账 — 清河镇"_s);

    auto *navigation = window.findChild<QListWidget *>(u"navigationListWidget"_s);
    // Every model any page shows is checked by the tester from its first showing on.
    std::map<QAbstractItemModel *, std::unique_ptr<QAbstractItemModelTester>> testers;
    const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR");
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QApplication::processEvents();
        for (QTableView *table : window.findChildren<QTableView *>()) {
            if (table->model() && !testers.count(table->model()))
                testers.emplace(table->model(), checked(table->model()));
        }
        // Set TL_SCREENSHOT_DIR to look at the pages.
        if (!dir.isEmpty())
            window.grab().save(u"%1/window-%2.png"_s.arg(dir).arg(row));
    }
    CHECK(testers.size() > 10);

    navigation->setCurrentRow(0);
    QApplication::processEvents();
    auto *residents = window.findChild<QTableView *>(u"residentsTableView"_s);
    REQUIRE(residents->model()->rowCount() > 0);
    QHeaderView *header = residents->horizontalHeader();
    // The address takes the room left over, the categories at the end only what they need.
    CHECK(header->sectionSize(ResidentsModel::Address)
        > header->sectionSize(ResidentsModel::Categories));
    CHECK(header->sectionSize(ResidentsModel::Address) > header->sectionSize(ResidentsModel::Name));
    for (int c = 0; c < ResidentsModel::ColumnCount; ++c) {
        INFO(c);
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
    }
    CHECK(header->length() <= residents->viewport()->width() + 1);
    const QRegularExpression isoDay(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    for (int r = 0; r < 20; ++r) {
        const QString day
            = residents->model()->index(r, ResidentsModel::BirthDate).data().toString();
        INFO(day.toStdString());
        CHECK(isoDay.match(day).hasMatch());
    }
    speak(u"en"_s);
}
