#include "core/registries/RegistryFixture.h"

#include "registries/RegistriesPage.h"
#include "registries/RegistryPreviewModel.h"
#include "registries/RegistryPrinter.h"

#include "demo/DemoTownship.h"
#include "registries/RegistryCatalog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

void pickRegistry(RegistriesPage &page, const QString &name)
{
    auto *list = page.findChild<QListWidget *>(u"registriesListWidget"_s);
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == name)
            list->setCurrentRow(i);
    REQUIRE(page.model()->definition().name == name);
}

} // namespace

TEST_CASE("a clerk picks a registry, filters by village and sees the right count", "[registries]")
{
    RegistryFixture t;
    RegistriesPage page(*t.store);
    // Right of the main window's navigation list on a 1366x768 screen.
    CHECK(page.minimumSizeHint().width() <= 1366 - 160);
    CHECK(page.minimumSizeHint().height() <= 700);
    page.resize(1200, 700);
    page.show();
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *count = page.findChild<QLabel *>(u"registryCountLabel"_s);
    auto *village = page.findChild<QComboBox *>(u"villageFilterComboBox"_s);
    auto *table = page.findChild<QTableView *>(u"registryTableView"_s);
    REQUIRE(count);
    REQUIRE(village);
    REQUIRE(table);

    pickRegistry(page, u"personnel_register"_s);
    CHECK(page.model()->totalCount() == 3);
    CHECK(count->text() == RegistriesPage::tr("%n row(s)", nullptr, 3));
    village->setCurrentIndex(village->findText(u"东村"_s));
    CHECK(page.model()->totalCount() == 2);
    CHECK(table->model()->rowCount() == 2);
    CHECK(count->text() == RegistriesPage::tr("%n row(s)", nullptr, 2));

    pickRegistry(page, u"untested_list"_s);
    CHECK(page.model()->totalCount() == 1); // 王五 in 东村; 李四 lives in 西村
    village->setCurrentIndex(0);
    CHECK(page.model()->totalCount() == 2);
}

TEST_CASE("the preview masks ID numbers until full data is ticked", "[registries]")
{
    RegistryFixture t;
    RegistriesPage page(*t.store);
    pickRegistry(page, u"returnee_screening"_s);
    const int idColumn = 3;
    REQUIRE(page.model()->definition().columns[idColumn].kind == RegistryColumn::Kind::IdNumber);
    CHECK(page.model()->index(0, idColumn).data().toString().contains(u"**********"_s));
    page.findChild<QCheckBox *>(u"fullDataCheckBox"_s)->setChecked(true);
    CHECK(page.model()->index(0, idColumn).data().toString() == t.zhangId);
}

TEST_CASE("the preview fetches a large registry page by page", "[registries]")
{
    TempStore t;
    Store &store = t.open();
    DemoTownship::Options options;
    options.persons = 1000;
    REQUIRE(DemoTownship::generate(store, options).ok());
    RegistriesPage page(store);
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pickRegistry(page, u"personnel_register"_s);
    CHECK(page.model()->totalCount() == 1000);
    // The view asks for what it shows, never for all.
    CHECK(page.model()->rowCount() < 1000);
    CHECK(page.model()->rowCount() % RegistryPreviewModel::PageSize == 0);
    while (page.model()->canFetchMore({}))
        page.model()->fetchMore({});
    CHECK(page.model()->rowCount() == 1000);
    CHECK(page.model()->index(999, 0).data().toString() == u"1000"_s);
}

TEST_CASE("the page exports the registry it shows, and a PDF starts with %PDF", "[registries]")
{
    RegistryFixture t;
    RegistriesPage page(*t.store);
    pickRegistry(page, u"health_monitoring"_s);
    const QString xlsx = t.dir.filePath(u"health.xlsx"_s);
    const QString csv = t.dir.filePath(u"health.csv"_s);
    const QString pdf = t.dir.filePath(u"health.pdf"_s);
    CHECK(page.exportTo(RegistriesPage::ExportFormat::Xlsx, xlsx).isEmpty());
    CHECK(page.exportTo(RegistriesPage::ExportFormat::CsvGb18030, csv).isEmpty());
    CHECK(page.exportTo(RegistriesPage::ExportFormat::Pdf, pdf).isEmpty());
    for (const QString &path : { xlsx, csv, pdf })
        CHECK(QFile(path).size() > 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == "%PDF");
}

TEST_CASE("a PDF of a registry runs over several pages", "[registries]")
{
    TempStore t;
    Store &store = t.open();
    DemoTownship::Options options;
    options.persons = 300;
    REQUIRE(DemoTownship::generate(store, options).ok());
    RegistryQuery query(store, RegistryCatalog::find(u"personnel_register"_s), {});
    const QString path = t.dir.filePath(u"register.pdf"_s);
    auto written = RegistryPrinter::writePdf(query, path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 300);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF"));
    // 300 rows at about 30 a page, and the header on each.
    CHECK(bytes.count("/Type /Page") - bytes.count("/Type /Pages") > 5);
}
