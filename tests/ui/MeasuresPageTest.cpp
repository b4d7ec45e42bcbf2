#include "TestSupport.h"

#include "measures/CadreLoadModel.h"
#include "measures/IsolationSitesDialog.h"
#include "measures/MeasureDialog.h"
#include "measures/MeasuresModel.h"
#include "measures/MeasuresPage.h"
#include "measures/SiteOccupancyModel.h"

#include "i18n/Translations.h"
#include "main/ReadingOverlay.h"
#include "measures/IsolationSiteRepository.h"
#include "measures/MeasureRepository.h"
#include "people/PersonRepository.h"
#include "store/StoreReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
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

QString addPerson(TownshipStore &t, const QString &name, int sequence, int village = 1)
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(village);
    p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
    p.phone = u"1390000%1"_s.arg(sequence, 4, 10, QChar(u'0'));
    auto id = PersonRepository(*t.store).add(p);
    REQUIRE(id.ok());
    return id.value();
}

// A township with a few measures of every kind, due and overdue ones among them.
void addMeasures(TownshipStore &t)
{
    IsolationSite site;
    site.name = u"镇卫生院隔离点"_s;
    site.address = u"镇南路 1 号"_s;
    site.capacity = 1;
    auto siteId = IsolationSiteRepository(*t.store).add(site);
    REQUIRE(siteId.ok());
    site.name = u"老学校隔离点"_s;
    site.capacity = 40;
    site.status = u"standby"_s;
    REQUIRE(IsolationSiteRepository(*t.store).add(site).ok());

    MeasureRepository measures(*t.store);
    const QDate today = QDate::currentDate();
    const QList<Responsibility> cadres = {
        { {}, {}, u"赵镇干"_s, u"township_cadre"_s, u"13800000001"_s },
        { {}, {}, u"孙医生"_s, u"village_doctor"_s, u"13800000003"_s },
    };
    const struct
    {
        const char16_t *name;
        const char16_t *kind;
        int daysAgo;
    } plan[] = { { u"李娜", u"home_isolation", 13 }, // due today
        { u"王芳", u"home_isolation", 16 }, // overdue
        { u"刘洋", u"central_isolation", 3 }, // fills the site
        { u"陈静", u"home_monitoring", 2 } };
    int sequence = 500;
    int village = 0;
    for (const auto &p : plan) {
        ControlMeasure m;
        m.personId = addPerson(t, QString::fromUtf16(p.name), ++sequence, village++ % 2 + 1);
        m.kind = QString::fromUtf16(p.kind);
        m.startedOn = today.addDays(-p.daysAgo);
        if (m.kind == "central_isolation"_L1)
            m.siteId = siteId.value();
        auto id = measures.add(m, cadres, today);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
}

} // namespace

TEST_CASE(
    "a clerk puts a person under home isolation with two cadres through the dialog", "[measures]")
{
    TownshipStore t;
    const QString personId = addPerson(t, u"欧阳明"_s, 452, 2);
    MeasuresPage page(*t.store);
    page.resize(1200, 700);
    page.show();
    REQUIRE(readsDone(page));

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"measureDialog"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        CHECK_FALSE(save->isEnabled()); // nobody chosen yet
        typeText(dialog->findChild<QLineEdit *>(u"personSearchEdit"_s), u"欧阳"_s);
        auto *matches = dialog->findChild<QListWidget *>(u"personMatchesListWidget"_s);
        REQUIRE(matches->count() == 1);
        CHECK(matches->currentRow() == 0);
        CHECK(dialog->findChild<QLabel *>(u"plannedEndLabel"_s)
                  ->text()
                  .contains(QDate::currentDate().addDays(13).toString(Qt::ISODate)));
        dialog->findChild<QCheckBox *>(u"cardPostedCheckBox"_s)->setChecked(true);
        typeText(dialog->findChild<QLineEdit *>(u"cadre1NameEdit"_s), u"赵镇干"_s);
        typeText(dialog->findChild<QLineEdit *>(u"cadre1PhoneEdit"_s), u"138 0000 0001"_s);
        typeText(dialog->findChild<QLineEdit *>(u"cadre2NameEdit"_s), u"钱村干"_s);
        typeText(dialog->findChild<QLineEdit *>(u"cadre2PhoneEdit"_s), u"1380000"_s);
        // A half-typed phone is named in the problem line and keeps Save off.
        CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"钱村干"_s));
        CHECK_FALSE(save->isEnabled());
        typeText(dialog->findChild<QLineEdit *>(u"cadre2PhoneEdit"_s), u"0002"_s);
        CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"newMeasureButton"_s), Qt::LeftButton);
    REQUIRE(readsDone(page));

    MeasureRepository measures(*t.store);
    const ControlMeasure stored = measures.runningFor(personId);
    REQUIRE(stored.isValid());
    CHECK(stored.kind == u"home_isolation"_s);
    CHECK(stored.startedOn == QDate::currentDate());
    CHECK(stored.plannedEndOn == QDate::currentDate().addDays(13));
    CHECK(stored.cardPosted);
    CHECK_FALSE(stored.agreementSigned);
    const QList<Responsibility> cadres = measures.responsibilities(stored.id);
    REQUIRE(cadres.size() == 2);
    CHECK(cadres[0].cadreName == u"赵镇干"_s);
    CHECK(cadres[0].role == u"township_cadre"_s);
    CHECK(cadres[0].phone == u"13800000001"_s);
    CHECK(cadres[1].cadreName == u"钱村干"_s);
    CHECK(cadres[1].role == u"village_cadre"_s);

    MeasuresModel *running = page.runningModel();
    REQUIRE(running->rowCount() == 1);
    CHECK(running->data(running->index(0, MeasuresModel::Name)).toString() == u"欧阳明"_s);
    // The new measure is chosen once the list has been read again.
    CHECK(page.findChild<QTableView *>(u"measuresTableView"_s)->currentIndex().row() == 0);
    CHECK(running->data(running->index(0, MeasuresModel::Village)).toString() == u"西村"_s);

    CadreLoadModel *cadreView = page.cadresModel();
    REQUIRE(cadreView->rowCount() == 2);
    const QModelIndex zhao = cadreView->indexOf(u"赵镇干"_s);
    REQUIRE(zhao.isValid());
    CHECK(cadreView->data(zhao.siblingAtColumn(CadreLoadModel::Person)).toString() == u"欧阳明"_s);
    CHECK(cadreView->data(zhao.siblingAtColumn(CadreLoadModel::Village)).toString() == u"西村"_s);
    CHECK(cadreView->data(zhao.siblingAtColumn(CadreLoadModel::Kind), CadreLoadModel::RawValueRole)
              .toString()
        == u"home_isolation"_s);
}

TEST_CASE("the morning lists show due, overdue and full sites", "[measures]")
{
    TownshipStore t;
    addMeasures(t);
    MeasuresPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    CHECK(page.runningModel()->totalCount() == 4);
    REQUIRE(page.dueModel()->rowCount() == 1);
    CHECK(page.dueModel()->recordAt(page.dueModel()->index(0, 0))->personName == u"李娜"_s);
    REQUIRE(page.overdueModel()->rowCount() == 1);
    const QModelIndex late = page.overdueModel()->index(0, MeasuresModel::Name);
    CHECK(page.overdueModel()->data(late).toString() == u"王芳"_s);
    CHECK(page.overdueModel()->data(late, Qt::ForegroundRole).isValid()); // red
    const QModelIndex site = page.sitesModel()->index(0, SiteOccupancyModel::Occupancy);
    CHECK(page.sitesModel()->data(site).toString() == u"1 / 1"_s);
    CHECK(page.sitesModel()->data(site, Qt::ForegroundRole).isValid()); // full: red
    CHECK(page.cadresModel()->rowCount() == 8);
    // One site in use, one on standby (一用一备). Once both are in use, the summary warns.
    auto *summary = page.findChild<QLabel *>(u"measuresSummaryLabel"_s);
    REQUIRE(summary);
    CHECK_FALSE(summary->text().contains(u"standby"_s));
    IsolationSiteRepository sites(*t.store);
    IsolationSite used;
    for (const IsolationSite &site : sites.all()) {
        if (site.status == "standby"_L1)
            used = site;
    }
    used.status = u"in_use"_s;
    REQUIRE(sites.update(used).ok());
    page.reload();
    REQUIRE(readsDone(page));
    CHECK(summary->text().contains(u"standby"_s));

    auto *kind = page.findChild<QComboBox *>(u"kindFilterComboBox"_s);
    kind->setCurrentIndex(kind->findData(u"home_isolation"_s));
    REQUIRE(readsDone(page));
    CHECK(page.runningModel()->totalCount() == 2);
    auto *village = page.findChild<QComboBox *>(u"villageFilterComboBox"_s);
    village->setCurrentIndex(village->findData(t.villageId(1)));
    REQUIRE(readsDone(page));
    CHECK(page.runningModel()->rowCount() == 1);
}

TEST_CASE("a home-isolation checklist is ticked in the running list", "[measures]")
{
    TownshipStore t;
    addMeasures(t);
    MeasuresPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    MeasuresModel *model = page.runningModel();
    const QModelIndex row
        = model->indexOf(page.dueModel()->recordAt(page.dueModel()->index(0, 0))->measure.id);
    REQUIRE(row.isValid());
    const QModelIndex camera = row.siblingAtColumn(MeasuresModel::CameraInstalled);
    REQUIRE(model->flags(camera) & Qt::ItemIsUserCheckable);
    REQUIRE(model->setData(camera, Qt::Checked, Qt::CheckStateRole));
    CHECK(MeasureRepository(*t.store).byId(model->recordAt(row)->measure.id).cameraInstalled);
}

TEST_CASE("the measures models pass the model tester", "[measures]")
{
    TownshipStore t;
    addMeasures(t);
    StoreReader reader(t.path());
    MeasuresModel running(*t.store, MeasuresModel::List::Running);
    running.readWith(&reader, 0, {});
    QAbstractItemModelTester runningTester(
        &running, QAbstractItemModelTester::FailureReportingMode::Fatal);
    running.setFilter({ t.villageId(1), {} });
    REQUIRE(QTest::qWaitFor([&] { return !running.isLoading(); }));
    running.setFilter({});
    REQUIRE(QTest::qWaitFor([&] { return !running.isLoading(); }));
    CHECK(running.rowCount() == 4);
    MeasuresModel overdue(*t.store, MeasuresModel::List::Overdue);
    QAbstractItemModelTester overdueTester(
        &overdue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    overdue.show(MeasureRepository(*t.store).overdue(), QDate::currentDate());
    CHECK(overdue.rowCount() == 1);
    SiteOccupancyModel sites(*t.store);
    QAbstractItemModelTester sitesTester(
        &sites, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sites.reload();
    CHECK(sites.rowCount() == 2);
    CHECK(sites.indexOf(sites.recordAt(sites.index(1, 0))->site.id).row() == 1);
    CadreLoadModel cadres;
    QAbstractItemModelTester cadresTester(
        &cadres, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cadres.show(MeasureRepository(*t.store).cadreLoads());
    CHECK(cadres.rowCount() == 8);
    // The cadre's name shows once per group, and is the raw value on every row.
    const QModelIndex second = cadres.index(1, CadreLoadModel::Cadre);
    CHECK(cadres.data(second).toString().isEmpty());
    CHECK_FALSE(cadres.data(second, CadreLoadModel::RawValueRole).toString().isEmpty());
}

TEST_CASE("a clerk adds an isolation site in the sites dialog", "[measures]")
{
    TownshipStore t;
    IsolationSitesDialog dialog(*t.store);
    typeText(dialog.findChild<QLineEdit *>(u"siteNameEdit"_s), u"镇中学隔离点"_s);
    dialog.findChild<QSpinBox *>(u"capacitySpinBox"_s)->setValue(30);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveSiteButton"_s), Qt::LeftButton);
    CHECK(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
    const QList<IsolationSite> sites = IsolationSiteRepository(*t.store).all();
    REQUIRE(sites.size() == 1);
    CHECK(sites.first().name == u"镇中学隔离点"_s);
    CHECK(sites.first().capacity == 30);
    CHECK(dialog.model()->rowCount() == 1);
}

TEST_CASE("the measures page renders in Chinese within the main window's room", "[measures]")
{
    TownshipStore t;
    addMeasures(t);
    Translations::install(*qApp, u"zh_CN"_s);
    MeasuresPage page(*t.store);
    // The page sits right of a ~160 px navigation list in a 1366x768 window.
    page.resize(1366 - 180, 768 - 80);
    page.show();
    REQUIRE(readsDone(page));
    CHECK(page.minimumSizeHint().width() <= 1366 - 180);
    CHECK(page.minimumSizeHint().height() <= 768 - 80);
    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto *tabs = page.findChild<QTabWidget *>(u"measuresTabWidget"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            page.grab().save(u"%1/measures-%2.png"_s.arg(dir).arg(tab));
        }
        MeasureDialog dialog(*t.store);
        dialog.show();
        dialog.grab().save(dir + u"/measure-dialog.png"_s);
        IsolationSitesDialog sites(*t.store);
        sites.show();
        sites.grab().save(dir + u"/sites-dialog.png"_s);
    }
    Translations::install(*qApp, u"en"_s);
}

TEST_CASE("a clerk releases an overdue measure from the overdue list", "[measures]")
{
    TownshipStore t;
    addMeasures(t);
    MeasuresPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    page.findChild<QTabWidget *>(u"measuresTabWidget"_s)->setCurrentIndex(2);
    auto *overdue = page.findChild<QTableView *>(u"overdueTableView"_s);
    overdue->setCurrentIndex(page.overdueModel()->index(0, 0));
    const QString measureId = page.overdueModel()->recordAt(overdue->currentIndex())->measure.id;
    auto *release = page.findChild<QPushButton *>(u"releaseButton"_s);
    REQUIRE(release->isEnabled());

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"releaseDialog"_s);
        CHECK(dialog->findChild<QLabel *>(u"releaseSummaryLabel"_s)->text().contains(u"王芳"_s));
        auto *date = dialog->findChild<QLineEdit *>(u"releasedOnEdit"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        date->setText(QDate::currentDate().addDays(1).toString(Qt::ISODate));
        CHECK_FALSE(save->isEnabled()); // tomorrow
        date->setText(QDate::currentDate().toString(Qt::ISODate));
        REQUIRE(save->isEnabled()); // past the planned end, the usual reason is offered
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(release, Qt::LeftButton);
    REQUIRE(readsDone(page));

    const ControlMeasure released = MeasureRepository(*t.store).byId(measureId);
    CHECK(released.releasedOn == QDate::currentDate());
    CHECK_FALSE(released.releaseReason.isEmpty());
    CHECK(page.overdueModel()->rowCount() == 0);
    CHECK(page.runningModel()->totalCount() == 3);
}

TEST_CASE("a clerk adds cadres to a running measure up to five and removes one", "[measures]")
{
    TownshipStore t;
    addMeasures(t);
    MeasuresPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    auto *table = page.findChild<QTableView *>(u"measuresTableView"_s);
    table->setCurrentIndex(page.runningModel()->index(0, 0));
    const ControlMeasure measure = page.runningModel()->recordAt(table->currentIndex())->measure;
    const QString personName = page.runningModel()->recordAt(table->currentIndex())->personName;

    onNextDialog([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"cadresDialog"_s);
        auto *list = dialog->findChild<QListWidget *>(u"cadresListWidget"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"cadreNameEdit"_s);
        auto *phone = dialog->findChild<QLineEdit *>(u"cadrePhoneEdit"_s);
        auto *add = dialog->findChild<QPushButton *>(u"addCadreButton"_s);
        CHECK(list->count() == 2);
        const QStringList names = { u"钱村干"_s, u"李民警"_s, u"周网格"_s, u"吴志愿"_s };
        for (int i = 0; i < names.size(); ++i) {
            typeText(name, names[i]);
            typeText(phone, u"1380000001%1"_s.arg(i));
            QTest::mouseClick(add, Qt::LeftButton);
        }
        CHECK(list->count() == 5);
        // The sixth is refused, and the problem line names the person.
        CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().contains(personName));
        list->setCurrentRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeCadreButton"_s), Qt::LeftButton);
        CHECK(list->count() == 4);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"editCadresButton"_s), Qt::LeftButton);

    QStringList stored;
    for (const Responsibility &r : MeasureRepository(*t.store).responsibilities(measure.id))
        stored << r.cadreName;
    CHECK(stored == QStringList { u"孙医生"_s, u"钱村干"_s, u"李民警"_s, u"周网格"_s });
}

TEST_CASE("the measures page reads its lists off the GUI thread, and says in the page when it "
          "cannot",
    "[measures][reader]")
{
    TownshipStore t;
    addMeasures(t);
    {
        MeasuresPage page(*t.store);
        // Nothing is read before the page is shown.
        CHECK_FALSE(page.isReading());
        CHECK(page.runningModel()->rowCount() == 0);
        page.show();
        CHECK(page.isReading());
        CHECK(page.findChild<QLabel *>(u"runningCountLabel"_s)->text() == u"Reading…"_s);
        REQUIRE(readsDone(page));
        CHECK(page.runningModel()->totalCount() == 4);
        CHECK(page.dueModel()->rowCount() == 1);
        CHECK(page.overdueModel()->rowCount() == 1);
        CHECK(page.sitesModel()->rowCount() == 2);
        CHECK(page.cadresModel()->rowCount() == 8);
        CHECK(page.findChild<QLabel *>(u"runningCountLabel"_s)->text() == u"4 measure(s)"_s);
        CHECK(page.findChild<QComboBox *>(u"villageFilterComboBox"_s)->count() == 3);
    }

    // A store this program may not read: the worker refuses to open it, and the page says why.
    REQUIRE(t.store->exec(u"PRAGMA user_version = 999"_s).ok());
    MeasuresPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    for (const QString &name : { u"measuresReadingOverlay"_s, u"dueReadingOverlay"_s }) {
        auto *cover = page.findChild<ReadingOverlay *>(name);
        REQUIRE(cover);
        CHECK(cover->problem().contains(u"newer version"_s));
    }
    CHECK(page.findChild<ReadingOverlay *>(u"measuresReadingOverlay"_s)->isVisible());
    CHECK(page.runningModel()->rowCount() == 0);
}
