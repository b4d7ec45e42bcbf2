#include "TestSupport.h"

#include "supervision/SupervisionPage.h"

#include "supervision/SupervisionRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("a visit with two findings is recorded on the supervision page and moved on by one key",
    "[ui][supervision]")
{
    TownshipStore t;
    Store &store = *t.store;
    SupervisionRepository s(store);
    const QString team
        = s.addTeam({ {}, u"township"_s, u"镇督导组"_s, u"孙立新"_s, {}, {} }).value();
    const QString checklist
        = s.addChecklist({ {}, u"检查表"_s, { u"卡口24小时有人值守"_s } }).value();
    SupervisionRound round;
    round.teamId = team;
    round.startsOn = QDate::currentDate();
    round.endsOn = QDate::currentDate();
    round.purpose = u"卡口值守暗访"_s;
    round.targets = { u"东村路口卡口"_s };
    round.checklistId = checklist;
    REQUIRE(s.addRound(round).ok());

    SupervisionPage page(store);
    QAbstractItemModelTester findingsTester(
        page.findChild<QTableView *>(u"findingsView"_s)->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1280, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.findChild<QTableWidget *>(u"roundsTable"_s)->rowCount() == 1);

    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == u"visitDialog"_s);
        CHECK(dialog->findChild<QTableWidget *>(u"answersTable"_s)->rowCount() == 1);
        auto *description = dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        auto *unit = dialog->findChild<QLineEdit *>(u"responsibleUnitEdit"_s);
        auto *add = dialog->findChild<QPushButton *>(u"addFindingButton"_s);
        typeText(description, u"夜间卡口无人值守"_s);
        typeText(unit, u"东村村委会"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        typeText(description, u"出入登记体温漏记"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        CHECK(dialog->findChild<QListWidget *>(u"findingsList"_s)->count() == 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"recordVisitButton"_s), Qt::LeftButton);

    REQUIRE(s.visits(s.rounds().value(0).id).size() == 1);
    REQUIRE(s.countFindings() == 2);
    auto *board = page.findChild<QTableView *>(u"findingsView"_s);
    REQUIRE(board->model()->rowCount() == 2);
    // The dialog took the activation with it when it closed.
    QApplication::setActiveWindow(&page);
    board->setFocus();
    board->setCurrentIndex(board->model()->index(0, 0));
    QTest::keyClick(board, Qt::Key_F4);
    CHECK(s.findings().value(0).finding.status == u"in_progress"_s);

    QTemporaryDir dir;
    REQUIRE(page.exportReport(dir.filePath(u"report.odt"_s)));
    CHECK(QFileInfo(dir.filePath(u"report.odt"_s)).size() > 0);
    CHECK(page.findChild<QPlainTextEdit *>(u"reportEdit"_s)
              ->toPlainText()
              .contains(u"夜间卡口无人值守"_s));
}
