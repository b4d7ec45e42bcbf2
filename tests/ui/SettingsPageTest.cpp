#include "TestSupport.h"

#include "main/SettingsPage.h"

#include "measures/PolicyValues.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

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
