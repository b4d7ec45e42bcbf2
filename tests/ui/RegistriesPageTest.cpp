#include "core/registries/RegistryFixture.h"

#include "main/ReadingOverlay.h"

#include "registries/RegistriesPage.h"
#include "registries/RegistryPreviewModel.h"
#include "registries/RegistryPrinter.h"

#include "demo/DemoTownship.h"
#include "registries/RegistryCatalog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
    REQUIRE(readsDone(page));
    REQUIRE(page.model()->definition().name == name);
}

// Sets a filter as a clerk does, and waits for the preview to be read.
void choose(RegistriesPage &page, QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    REQUIRE(readsDone(page));
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
    CHECK(page.isReading());
    REQUIRE(readsDone(page));
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
    choose(page, village, village->findText(u"东村"_s));
    CHECK(page.model()->totalCount() == 2);
    CHECK(table->model()->rowCount() == 2);
    CHECK(count->text() == RegistriesPage::tr("%n row(s)", nullptr, 2));

    pickRegistry(page, u"untested_list"_s);
    CHECK(page.model()->totalCount() == 1); // 王五 in 东村; 李四 lives in 西村
    choose(page, village, 0);
    CHECK(page.model()->totalCount() == 2);
}

TEST_CASE("the preview masks ID numbers until full data is ticked", "[registries]")
{
    RegistryFixture t;
    RegistriesPage page(*t.store);
    page.show();
    pickRegistry(page, u"returnee_screening"_s);
    const int idColumn = 3;
    REQUIRE(page.model()->definition().columns[idColumn].kind == RegistryColumn::Kind::IdNumber);
    CHECK(page.model()->index(0, idColumn).data().toString().contains(u"**********"_s));
    page.findChild<QCheckBox *>(u"fullDataCheckBox"_s)->setChecked(true);
    REQUIRE(readsDone(page));
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
    page.show();
    pickRegistry(page, u"personnel_register"_s);
    CHECK(page.model()->totalCount() == 1000);
    // The view asks for what it shows, never for all.
    CHECK(page.model()->rowCount() < 1000);
    CHECK(page.model()->rowCount() % RegistryPreviewModel::PageSize == 0);
    // Made here: the tester asks for the next page whenever one arrives.
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As a view scrolled to the end asks, a page at a time.
    REQUIRE(QTest::qWaitFor([&] {
        if (page.model()->canFetchMore({}))
            page.model()->fetchMore({});
        return page.model()->rowCount() == 1000;
    }));
    CHECK_FALSE(page.model()->canFetchMore({}));
    CHECK(page.model()->index(999, 0).data().toString() == u"1000"_s);
}

TEST_CASE("the page exports the registry it shows, and a PDF starts with %PDF", "[registries]")
{
    RegistryFixture t;
    RegistriesPage page(*t.store);
    page.show();
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

TEST_CASE("the registries page shows the registry picked last, and why a filter cannot be read",
    "[registries][reader]")
{
    RegistryFixture t;
    RegistriesPage page(*t.store);
    page.resize(1200, 700);
    page.show();
    REQUIRE(readsDone(page));
    auto *list = page.findChild<QListWidget *>(u"registriesListWidget"_s);
    auto *count = page.findChild<QLabel *>(u"registryCountLabel"_s);
    auto *xlsx = page.findChild<QWidget *>(u"exportXlsxButton"_s);
    auto *cover = page.findChild<ReadingOverlay *>(u"registryReadingOverlay"_s);
    REQUIRE((list && count && xlsx && cover));
    CHECK(xlsx->isEnabled());

    // Two registries picked before the first was read: the second shows, with its own rows.
    list->setCurrentRow(2);
    CHECK(count->text() == u"Reading…"_s);
    CHECK_FALSE(xlsx->isEnabled());
    CHECK(cover->isReading());
    pickRegistry(page, u"untested_list"_s);
    CHECK(page.model()->totalCount() == 2);
    CHECK(count->text() == RegistriesPage::tr("%n row(s)", nullptr, 2));
    CHECK(xlsx->isEnabled());
    CHECK_FALSE(cover->isVisible());

    // A date range that ends before it starts cannot be read: the page says why.
    pickRegistry(page, u"home_isolation"_s);
    page.findChild<QCheckBox *>(u"dateRangeCheckBox"_s)->setChecked(true);
    page.findChild<QDateEdit *>(u"fromDateEdit"_s)->setDate(QDate(2022, 4, 10));
    page.findChild<QDateEdit *>(u"toDateEdit"_s)->setDate(QDate(2022, 4, 1));
    REQUIRE(readsDone(page));
    CHECK(cover->isVisible());
    CHECK(cover->problem().contains(u"after the end date"_s));
    CHECK(count->text() == cover->problem());
    CHECK_FALSE(xlsx->isEnabled());
    page.findChild<QDateEdit *>(u"toDateEdit"_s)->setDate(QDate(2022, 4, 30));
    REQUIRE(readsDone(page));
    CHECK_FALSE(cover->isVisible());
    CHECK(xlsx->isEnabled());
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
