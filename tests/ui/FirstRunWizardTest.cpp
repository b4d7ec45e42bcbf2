#include "TestSupport.h"

#include "regions/FirstRunWizard.h"

#include "regions/RegionRepository.h"
#include "store/InstanceSettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// Types the unit's name and code on the wizard's first page.
void typeUnit(FirstRunWizard &wizard, const QString &name, const QString &code)
{
    typeText(wizard.findChild<QLineEdit *>(u"townshipNameEdit"_s), name);
    typeText(wizard.findChild<QLineEdit *>(u"townshipCodeEdit"_s), code);
}

} // namespace

TEST_CASE("the first-run wizard sets up the township and the villages pasted from Excel")
{
    TempStore t;
    Store &store = t.open();
    FirstRunWizard wizard(store);
    wizard.show();
    typeUnit(wizard, u"河西镇"_s, u"37028510500"_s); // one digit short
    wizard.next();
    CHECK(wizard.currentId() == 0); // refused: the code is wrong
    typeText(wizard.findChild<QLineEdit *>(u"townshipCodeEdit"_s), u"0"_s);
    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    CHECK_FALSE(InstanceSettings::load(store).isSetUp()); // nothing written before Finish

    auto *villages = wizard.findChild<QPlainTextEdit *>(u"villagesEdit"_s);
    villages->setPlainText(u"东村\t370285105201\n西村\t370285105202\n南村"_s);
    CHECK(wizard.findChild<QLabel *>(u"villagesPreviewLabel"_s)->text().contains(u"370285105202"_s));
    REQUIRE(wizard.validateCurrentPage());

    const InstanceSettings settings = InstanceSettings::load(store);
    CHECK(settings.isSetUp());
    CHECK(settings.unitCode == u"370285105000"_s);
    CHECK(settings.unitName == u"河西镇"_s);
    const QList<Region> list = RegionRepository(store).villages();
    REQUIRE(list.size() == 3);
    CHECK(list[0].code == u"370285105001"_s); // 南村 got the first free code
    CHECK(list[0].name == u"南村"_s);
    CHECK(list[1].name == u"东村"_s);
}

TEST_CASE("the first-run wizard refuses a village listed twice and writes nothing")
{
    TempStore t;
    Store &store = t.open();
    FirstRunWizard wizard(store);
    wizard.show();
    typeUnit(wizard, u"河西镇"_s, u"370285105000"_s);
    wizard.next();
    wizard.findChild<QPlainTextEdit *>(u"villagesEdit"_s)->setPlainText(u"东村\n西村\n东村"_s);
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(wizard.findChild<QLabel *>(u"villagesPreviewLabel"_s)->text().contains(u"3"_s));
    CHECK_FALSE(InstanceSettings::load(store).isSetUp());
    CHECK(RegionRepository(store).villages().isEmpty());
}

TEST_CASE("the first-run wizard sets up a county from its code alone, with Finish on the first page")
{
    TempStore t;
    Store &store = t.open();
    FirstRunWizard wizard(store);
    wizard.show();
    typeUnit(wizard, u"胶州市"_s, u"370281000000"_s);
    CHECK(wizard.currentPage()->isFinalPage());
    REQUIRE(wizard.validateCurrentPage());
    const InstanceSettings settings = InstanceSettings::load(store);
    CHECK(settings.unitLevel == InstanceSettings::UnitLevel::County);
    CHECK(settings.unitCode == u"370281000000"_s);
    CHECK(RegionRepository(store).villages().isEmpty());
}

TEST_CASE("the first-run wizard joins a township set up elsewhere without listing villages")
{
    TempStore t;
    Store &store = t.open();
    FirstRunWizard wizard(store);
    wizard.show();
    typeUnit(wizard, u"河西镇"_s, u"370285105000"_s);
    CHECK_FALSE(wizard.currentPage()->isFinalPage());
    wizard.findChild<QCheckBox *>(u"joinCheckBox"_s)->setChecked(true);
    CHECK(wizard.currentPage()->isFinalPage());
    REQUIRE(wizard.validateCurrentPage());
    const InstanceSettings settings = InstanceSettings::load(store);
    CHECK(settings.unitCode == u"370285105000"_s);
    CHECK(settings.unitLevel == InstanceSettings::UnitLevel::Township);
    CHECK(RegionRepository(store).villages().isEmpty());
}
