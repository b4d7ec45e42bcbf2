#include "TestSupport.h"

#include "main/SettingsPage.h"

#include "i18n/Translations.h"
#include "measures/PolicyValues.h"
#include "people/PersonQuery.h"
#include "people/PersonRepository.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("the settings page changes the isolation days, the fever threshold and the clock "
          "tolerance of bundles",
    "[ui][settings]")
{
    TownshipStore t;
    SettingsPage page(*t.store);
    auto *homeDays = page.findChild<QSpinBox *>(u"homeIsolationDaysSpinBox"_s);
    auto *fever = page.findChild<QDoubleSpinBox *>(u"feverThresholdSpinBox"_s);
    REQUIRE(homeDays);
    REQUIRE(fever);
    CHECK(homeDays->value() == 14);
    CHECK(fever->value() == Approx(37.3));

    auto *tolerance = page.findChild<QSpinBox *>(u"clockToleranceSpinBox"_s);
    REQUIRE(tolerance);
    CHECK(tolerance->value() == 10);

    homeDays->setValue(10);
    fever->setValue(37.5);
    tolerance->setValue(30);
    page.findChild<QPushButton *>(u"savePolicyButton"_s)->click();

    PolicyValues policy(*t.store);
    CHECK(policy.isolationDays(u"home_isolation"_s) == 10);
    CHECK(policy.isolationDays(u"home_monitoring"_s) == 7);
    CHECK(policy.feverThreshold() == Approx(37.5));
    CHECK(policy.clockToleranceMinutes() == 30);
    // A second page, as after a restart, shows the stored values.
    SettingsPage again(*t.store);
    CHECK(again.findChild<QSpinBox *>(u"homeIsolationDaysSpinBox"_s)->value() == 10);
}

TEST_CASE("an administrator copies the store and restores a copy after confirming", "[ui][settings]")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    Person p;
    p.name = u"赵一"_s;
    p.regionId = t.villageId(1);
    REQUIRE(persons.add(p).ok());
    Translations::install(*qApp, u"zh_CN"_s);
    {
        SettingsPage chinese(*t.store);
        chinese.resize(1180, 700);
        chinese.show();
        if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
            chinese.grab().save(dir + u"/settings.png"_s);
    }
    Translations::install(*qApp, u"en"_s);
    SettingsPage page(*t.store);
    bool restored = false;
    QObject::connect(&page, &SettingsPage::storeRestored, [&] { restored = true; });
    auto *copies = page.findChild<QTableWidget *>(u"copiesTable"_s);
    REQUIRE(copies);
    CHECK(copies->rowCount() == 0);
    page.findChild<QPushButton *>(u"makeCopyButton"_s)->click();
    REQUIRE(copies->rowCount() == 1);
    p.name = u"钱二"_s;
    REQUIRE(persons.add(p).ok());

    // Cancelled, nothing changes; confirmed, the copy comes back.
    for (const auto button : { QMessageBox::Cancel, QMessageBox::Yes }) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            box->button(button)->click();
        });
        copies->selectRow(0);
        page.findChild<QPushButton *>(u"restoreButton"_s)->click();
        CHECK(restored == (button == QMessageBox::Yes));
    }
    CHECK(PersonQuery(*t.store, {}).count() == 1);
    CHECK(copies->rowCount() == 2); // and the store as it was
    CHECK(page.findChild<QLabel *>(u"copiesMessageLabel"_s)->text().contains(u"back"_s));

    // A clerk sees no copies to restore.
    t.store->setUser({ QString(), u"李会计"_s, Role::Clerk });
    SettingsPage clerks(*t.store);
    CHECK_FALSE(clerks.findChild<QTableWidget *>(u"copiesTable"_s));
}
