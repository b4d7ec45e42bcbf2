#include "ExchangeSupport.h"

#include "exchange/DataExchangePage.h"

#include "exchange/ExchangeHistory.h"
#include "exchange/SyncConflicts.h"
#include "people/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("a bundle made on the township's page is taken in on the county's, and a conflict is "
          "settled there",
    "[ui][exchange]")
{
    Installation township(Installation::Township);
    Installation county(Installation::County);
    township.trustEachOther(county);
    const QString zhang = township.addPerson(u"张伟"_s, 101);
    QTemporaryDir stick;

    DataExchangePage sending(township.store());
    sending.resize(1280, 680);
    sending.show();
    auto *peers = sending.findChild<QTableWidget *>(u"peersTable"_s);
    REQUIRE(peers->rowCount() == 1);
    CHECK(peers->item(0, 0)->text() == u"370285000000 测试县"_s);
    CHECK(sending.findChild<QLabel *>(u"selfKeyLabel"_s)
              ->text()
              .contains(InstanceKeys::fingerprint(township.keys->signingPublicKey())));
    REQUIRE(sending.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    sending.exportBundle(stick.path());
    const QStringList written = QDir(stick.path()).entryList({ u"*.tlb"_s });
    REQUIRE(written.size() == 1);
    CHECK(sending.findChild<QTableWidget *>(u"historyTable"_s)->rowCount() == 1);
    CHECK(peers->item(0, 3)->text() == u"1"_s);

    DataExchangePage receiving(county.store());
    receiving.resize(1280, 680);
    receiving.show();
    receiving.importBundle(QDir(stick.path()).filePath(written.first()));
    CHECK(receiving.findChild<QLabel *>(u"reportLabel"_s)->text().contains(u"370285105000"_s));
    CHECK(receiving.findChild<QTableWidget *>(u"reportTable"_s)->rowCount() > 0);
    CHECK(PersonRepository(county.store()).byId(zhang).name == u"张伟"_s);
    CHECK(receiving.findChild<QTableWidget *>(u"historyTable"_s)->rowCount() == 1);
    // The same stick again changes nothing and says why.
    receiving.importBundle(QDir(stick.path()).filePath(written.first()));
    CHECK(receiving.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"already"_s));

    // Both ends change 张伟; the county finds the conflict and keeps the township's version.
    Person atCounty = PersonRepository(county.store()).byId(zhang);
    atCounty.phone = u"13912345678"_s;
    REQUIRE(PersonRepository(county.store()).update(atCounty).ok());
    // Later by the clock: two installations editing in the same millisecond stamp the same time.
    QThread::msleep(2);
    Person atTownship = PersonRepository(township.store()).byId(zhang);
    atTownship.name = u"张玮"_s;
    REQUIRE(PersonRepository(township.store()).update(atTownship).ok());
    QTemporaryDir secondStick;
    sending.exportBundle(secondStick.path());
    receiving.importBundle(
        QDir(secondStick.path())
            .filePath(QDir(secondStick.path()).entryList({ u"*.tlb"_s }).value(0)));
    INFO(receiving.findChild<QLabel *>(u"messageLabel"_s)->text().toStdString());
    auto *tabs = receiving.findChild<QTabWidget *>(u"exchangeTabs"_s);
    CHECK(tabs->tabText(2).contains(u"1"_s));
    tabs->setCurrentIndex(2);
    auto *conflicts = receiving.findChild<QTableView *>(u"conflictsView"_s);
    QAbstractItemModelTester tester(conflicts->model());
    REQUIRE(conflicts->model()->rowCount() == 1);
    conflicts->setCurrentIndex(conflicts->model()->index(0, 0));
    CHECK(receiving.findChild<QTableWidget *>(u"conflictDetailTable"_s)->rowCount() > 3);
    auto *keepLocal = receiving.findChild<QPushButton *>(u"keepLocalButton"_s);
    REQUIRE(keepLocal->isEnabled());
    // The newer edit (the township's name) won; keeping the county's version brings its phone back.
    CHECK(PersonRepository(county.store()).byId(zhang).name == u"张玮"_s);
    keepLocal->click();
    CHECK(PersonRepository(county.store()).byId(zhang).phone == u"13912345678"_s);
    CHECK(SyncConflicts(county.store()).openCount() == 0);
    CHECK_FALSE(tabs->tabText(2).contains(u"1"_s));
}
