#include "ExchangeSupport.h"

#include "exchange/DataExchangePage.h"
#include "exchange/FingerprintDialog.h"

#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangePeers.h"
#include "exchange/SyncConflicts.h"
#include "i18n/Translations.h"
#include "people/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A unit name as a hostile key file or bundle could carry it: shown as these very characters.
const QString markupName = u"<b>甲镇</b><img src=x>"_s;

// Runs fill on the modal dialog that the next call opens.
void onNextDialog(std::function<void(QWidget *)> fill)
{
    QTimer::singleShot(0, [fill] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        fill(dialog);
    });
}

// The last two groups of a fingerprint with one digit changed: what a key not theirs shows.
QString misread(const QString &fingerprint)
{
    QString groups = fingerprint.section(u' ', -2);
    groups[0] = groups[0] == u'0' ? u'1' : u'0';
    return groups;
}

// Types text into the dialog's fingerprint field, afresh.
void typeGroups(QWidget *dialog, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(u"fingerprintLineEdit"_s);
    REQUIRE(edit);
    edit->clear();
    typeText(edit, text);
}

bool okEnabled(QWidget *dialog)
{
    auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
    REQUIRE(ok);
    return ok->isEnabled();
}

// Checks the dialog shows the unit exactly as given, refuses a misread, and then types typed
// and clicks OK, or Cancel when typed is empty.
void answerFingerprint(
    QWidget *widget, const QString &unit, const QString &fingerprint, const QString &typed)
{
    auto *dialog = qobject_cast<FingerprintDialog *>(widget);
    REQUIRE(dialog);
    auto *unitLabel = dialog->findChild<QLabel *>(u"unitLabel"_s);
    REQUIRE(unitLabel);
    CHECK(unitLabel->textFormat() == Qt::PlainText);
    CHECK(unitLabel->text() == unit);
    typeGroups(dialog, misread(fingerprint));
    CHECK_FALSE(okEnabled(dialog));
    if (typed.isEmpty()) {
        dialog->findChild<QPushButton *>(u"cancelButton"_s)->click();
        return;
    }
    typeGroups(dialog, typed);
    REQUIRE(okEnabled(dialog));
    dialog->findChild<QPushButton *>(u"okButton"_s)->click();
}

qint64 personsNamed(Store &store, const QString &name)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT count(*) FROM persons WHERE name = ?"_s);
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the fingerprint dialog enables OK only for the last two groups of the key, as read "
          "over the phone",
    "[ui][exchange]")
{
    QTemporaryDir dir;
    auto keys = InstanceKeys::loadOrCreate(dir.path());
    REQUIRE(keys.ok());
    const QString fingerprint = InstanceKeys::fingerprint(keys->signingPublicKey());
    const QStringList groups = fingerprint.split(u' ');
    REQUIRE(groups.size() == 8);
    const QString unit = u"370285105000 "_s + markupName;
    FingerprintDialog dialog(FingerprintDialog::Purpose::TrustKeyFile, unit, fingerprint);
    dialog.show();

    auto *unitLabel = dialog.findChild<QLabel *>(u"unitLabel"_s);
    REQUIRE(unitLabel);
    CHECK(unitLabel->textFormat() == Qt::PlainText);
    CHECK(unitLabel->text() == unit);
    // The first groups are shown for the clerk to follow; the last two only the phone gives.
    const QString shown = dialog.findChild<QLabel *>(u"fingerprintLabel"_s)->text();
    CHECK(shown == groups.mid(0, 6).join(u' '));
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(groups[6] + u' ' + groups[7]));

    const QString last = groups[6] + u' ' + groups[7];
    CHECK_FALSE(okEnabled(&dialog));
    for (const QString &wrong : QStringList { misread(fingerprint), groups[4] + u' ' + groups[5],
             groups[6], last + u"0"_s, last + u" "_s + groups[7] }) {
        typeGroups(&dialog, wrong);
        INFO(wrong.toStdString());
        CHECK_FALSE(okEnabled(&dialog));
    }
    CHECK_FALSE(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());

    QString fullWidth;
    for (const QChar c : last.toLower())
        fullWidth += c == u' ' ? QChar(0x3000) : QChar(c.unicode() + 0xFEE0);
    for (const QString &right : QStringList { last, last.toLower(), groups[6].toLower() + groups[7],
             u"  "_s + last.toLower() + u" "_s, fullWidth }) {
        typeGroups(&dialog, right);
        INFO(right.toStdString());
        CHECK(okEnabled(&dialog));
        CHECK(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
    }
    dialog.findChild<QPushButton *>(u"okButton"_s)->click();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("a key file is trusted only once the clerk has typed the last groups its unit reads out",
    "[ui][exchange]")
{
    Installation township(Installation::Township, {}, markupName);
    Installation county(Installation::County);
    QTemporaryDir dir;
    QFile keyFile(dir.filePath(u"township.pem"_s));
    REQUIRE(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(KeyFile::write(KeyFile::self(township.store(), *township.keys).value()));
    keyFile.close();
    const QString fingerprint = InstanceKeys::fingerprint(township.keys->signingPublicKey());
    const QString unit = u"370285105000 "_s + markupName;

    DataExchangePage page(county.store());
    page.resize(1280, 680);
    page.show();
    auto *peers = page.findChild<QTableWidget *>(u"peersTable"_s);
    onNextDialog([&](QWidget *dialog) { answerFingerprint(dialog, unit, fingerprint, {}); });
    page.trustKeyFile(keyFile.fileName());
    CHECK(peers->rowCount() == 0);

    onNextDialog([&](QWidget *dialog) {
        answerFingerprint(dialog, unit, fingerprint, fingerprint.section(u' ', -2).toLower());
    });
    page.trustKeyFile(keyFile.fileName());
    REQUIRE(peers->rowCount() == 1);
    CHECK(peers->item(0, 0)->text() == unit);

    // Removing it asks with the name as text, too.
    onNextDialog([&](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        REQUIRE(box);
        CHECK(box->textFormat() == Qt::PlainText);
        CHECK(box->text().contains(unit));
        box->button(QMessageBox::No)->click();
    });
    page.findChild<QPushButton *>(u"forgetPeerButton"_s)->click();
    CHECK(peers->rowCount() == 1);
}

TEST_CASE("a bundle from a unit not yet trusted is taken in only once the clerk has typed the last "
          "groups of its key, and the unit's name is shown as text",
    "[ui][exchange]")
{
    Installation township(Installation::Township, {}, markupName);
    Installation county(Installation::County);
    // The township has the county's key; the county does not know the township's yet.
    auto countyKey
        = KeyFile::read(KeyFile::write(KeyFile::self(county.store(), *county.keys).value()));
    REQUIRE(ExchangePeers(township.store()).trust(countyKey.value()).ok());
    township.addPerson(u"张伟"_s, 101);
    QTemporaryDir stick;
    const QString bundle = township.exportTo(county, stick.path());
    const QString fingerprint = InstanceKeys::fingerprint(township.keys->signingPublicKey());
    const QString unit = u"370285105000 "_s + markupName;

    DataExchangePage page(county.store());
    page.resize(1280, 680);
    page.show();
    onNextDialog([&](QWidget *dialog) { answerFingerprint(dialog, unit, fingerprint, {}); });
    page.importBundle(bundle);
    CHECK(ExchangePeers(county.store()).all().isEmpty());
    CHECK(personsNamed(county.store(), u"张伟"_s) == 0);

    onNextDialog([&](QWidget *dialog) {
        answerFingerprint(dialog, unit, fingerprint, fingerprint.section(u' ', -2));
    });
    page.importBundle(bundle);
    INFO(page.findChild<QLabel *>(u"messageLabel"_s)->text().toStdString());
    CHECK(ExchangePeers(county.store()).all().size() == 1);
    CHECK(personsNamed(county.store(), u"张伟"_s) == 1);
    auto *report = page.findChild<QLabel *>(u"reportLabel"_s);
    CHECK(report->textFormat() == Qt::PlainText);
    CHECK(report->text().contains(unit));
    CHECK(page.findChild<QLabel *>(u"messageLabel"_s)->textFormat() == Qt::PlainText);
}

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
    // Later by the clock (two installations editing in the same millisecond stamp the same
    // time): the township's clock goes past the county's edit rather than the test sleeping.
    township.store().hlc().observe(Hlc::fromMillis(Hlc::millis(county.store().hlc().last()) + 1));
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
    QAbstractItemModelTester tester(
        conflicts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
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

TEST_CASE_METHOD(OfficeAndLaptop,
    "a merge of two persons under one ID number is listed, and undone with the number corrected",
    "[ui][exchange]")
{
    const QString first = office.addPerson(u"王芳"_s, 301);
    const QString second = laptop.addPerson(u"王芳"_s, 301);
    REQUIRE(office.import(laptop.exportTo(office, stick.path())).ok());

    DataExchangePage page(office.store());
    page.resize(1280, 680);
    page.show();
    auto *tabs = page.findChild<QTabWidget *>(u"exchangeTabs"_s);
    tabs->setCurrentIndex(2);
    auto *conflicts = page.findChild<QTableView *>(u"conflictsView"_s);
    REQUIRE(conflicts->model()->rowCount() == 1);
    conflicts->setCurrentIndex(conflicts->model()->index(0, 0));
    CHECK(conflicts->model()->index(0, 1).data().toString().contains(u"Merged"_s));
    auto *split = page.findChild<QPushButton *>(u"splitButton"_s);
    CHECK(split->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton *>(u"keepRemoteButton"_s)->isEnabled());

    {
        // In Chinese, as a clerk sees it, within 1366x768.
        Translations::install(*qApp, u"zh_CN"_s);
        DataExchangePage chinese(office.store());
        chinese.resize(1366, 700);
        chinese.show();
        chinese.findChild<QTabWidget *>(u"exchangeTabs"_s)->setCurrentIndex(2);
        auto *view = chinese.findChild<QTableView *>(u"conflictsView"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        CHECK(view->model()->index(0, 1).data().toString() == u"已与本机同一记录合并"_s);
        CHECK(chinese.minimumSizeHint().width() <= 1366);
        if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
            chinese.grab().save(dir + u"/exchange-merged.png"_s);
        Translations::install(*qApp, u"en"_s);
    }

    const QString corrected = syntheticIdNumber(u"19800101"_s, 303);
    onNextDialog([&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        REQUIRE(edit);
        edit->setText(corrected);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    split->click();
    INFO(page.findChild<QLabel *>(u"messageLabel"_s)->text().toStdString());
    CHECK(PersonRepository(office.store()).byId(second).idNumber == corrected);
    CHECK(PersonRepository(office.store()).byId(first).idNumber
        == syntheticIdNumber(u"19800101"_s, 301));
    CHECK(SyncConflicts(office.store()).openCount() == 0);
}
