#include "ImportSupport.h"
#include "TestSupport.h"

#include "import/ImportVerdictsModel.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "people/ResidentsPage.h"

#include "i18n/Translations.h"
#include "people/PersonRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <xlsxwriter.h>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {




template <typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

bool nextEnabled(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(
        wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

QComboBox *mappingCombo(ImportWizard &wizard, int column)
{
    return child<QComboBox>(wizard, u"mappingComboBox%1"_s.arg(column));
}

// Saves the wizard's page when TL_SCREENSHOT_DIR is set, to look at.
void shoot(QWidget &widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QApplication::processEvents();
        widget.grab().save(u"%1/%2.png"_s.arg(dir, name));
    }
}

// Goes to the check step and waits for its dry run, which the step starts once shown.
void checkRows(ImportWizard &wizard)
{
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckStep);
    auto *counts = child<QLabel>(wizard, u"countsLabel"_s);
    auto *message = child<QLabel>(wizard, u"checkMessageLabel"_s);
    REQUIRE(
        QTest::qWaitFor([&] { return !counts->text().isEmpty() || !message->text().isEmpty(); }));
    INFO(message->text().toStdString());
    REQUIRE(message->text().isEmpty());
}

} // namespace

TEST_CASE(
    "the import wizard takes a household ledger through its steps into the store", "[import][ui]")
{
    TownshipStore t;
    const HouseholdLedger ledger;
    const QString path = t.dir.filePath(u"花名册.xlsx"_s);
    ledger.write(path);
    const bool chinese = !qEnvironmentVariable("TL_SCREENSHOT_DIR").isEmpty();
    if (chinese)
        Translations::install(*qApp, u"zh_CN"_s);

    ImportWizard wizard(*t.store);
    QSignalSpy imported(&wizard, &ImportWizard::ledgerImported);
    wizard.show();
    CHECK(wizard.width() <= 1366);
    CHECK(wizard.height() <= 768);
    CHECK(wizard.minimumSizeHint().width() <= 1366);
    CHECK(wizard.minimumSizeHint().height() <= 768);
    CHECK_FALSE(nextEnabled(wizard));
    auto *village = child<QComboBox>(wizard, u"villageComboBox"_s);
    CHECK(village->count() == 3); // from the ledger, 东村, 西村
    CHECK(village->itemData(1).toString() == u"370285105001"_s);
    typeText(child<QLineEdit>(wizard, u"ledgerPathEdit"_s), path);
    CHECK(nextEnabled(wizard));
    shoot(wizard, u"import-1-file"_s);

    // Enter is Next. The sheet as the file has it, the two heading rows found and highlighted.
    QTest::keyClick(child<QLineEdit>(wizard, u"ledgerPathEdit"_s), Qt::Key_Return);
    REQUIRE(wizard.currentId() == ImportWizard::SheetStep);
    CHECK(child<QSpinBox>(wizard, u"headingFirstSpinBox"_s)->value() == 3);
    CHECK(child<QSpinBox>(wizard, u"headingLastSpinBox"_s)->value() == 4);
    CHECK(child<QLabel>(wizard, u"headingProblemLabel"_s)->text().isEmpty());
    CHECK(child<QLabel>(wizard, u"headingInfoLabel"_s)->text().contains(u"2022-03-04"_s));
    // The file's 填报日期 gives the year of days written without one.
    CHECK(child<QSpinBox>(wizard, u"yearSpinBox"_s)->value() == 2022);
    auto *preview = child<QTableWidget>(wizard, u"previewTableWidget"_s);
    REQUIRE(preview->rowCount() >= 14);
    CHECK(preview->verticalHeaderItem(0)->text() == u"1"_s);
    CHECK(preview->horizontalHeaderItem(4)->text() == u"E"_s);
    CHECK(preview->item(3, 4)->text() == u"身份证号码"_s);
    CHECK(preview->item(4, 5)->text() == u"1980-01-01"_s);
    CHECK(preview->item(2, 0)->font().bold());
    CHECK(preview->item(3, 0)->font().bold());
    CHECK_FALSE(preview->item(4, 0)->font().bold());
    CHECK(nextEnabled(wizard));
    shoot(wizard, u"import-2-sheet"_s);

    // One field per column, as the headings suggest.
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingStep);
    auto *mapping = child<QTableWidget>(wizard, u"mappingTableWidget"_s);
    REQUIRE(mapping->rowCount() == 10);
    CHECK(mapping->item(2, 1)->text().contains(u"姓名"_s));
    CHECK(mapping->item(2, 1)->text().contains(u"基本信息"_s));
    CHECK(mapping->item(2, 2)->text().startsWith(u"张一"_s));
    CHECK(mappingCombo(wizard, 0)->currentData().toString().isEmpty()); // 序号
    CHECK(mappingCombo(wizard, 1)->currentData().toString() == u"head_name"_s);
    CHECK(mappingCombo(wizard, 2)->currentData().toString() == u"name"_s);
    CHECK(mappingCombo(wizard, 4)->currentData().toString() == u"id_number"_s);
    CHECK(mappingCombo(wizard, 6)->currentData().toString() == u"relation"_s);
    CHECK(mappingCombo(wizard, 8)->currentData().toString() == u"address"_s);
    CHECK(mappingCombo(wizard, 9)->currentData().toString() == u"notes"_s);
    auto *mappingMessage = child<QLabel>(wizard, u"mappingMessageLabel"_s);
    CHECK(mappingMessage->text().isEmpty());
    CHECK(nextEnabled(wizard));
    shoot(wizard, u"import-3-mapping"_s);

    // A field chosen twice is refused until one of the two is let go.
    QComboBox *notes = mappingCombo(wizard, 9);
    notes->setCurrentIndex(notes->findData(u"address"_s));
    CHECK_FALSE(mappingMessage->text().isEmpty());
    CHECK_FALSE(nextEnabled(wizard));
    // The 备注 column (the subtotal's "6人") is not imported.
    notes->setCurrentIndex(notes->findData(QString()));
    CHECK(mappingMessage->text().isEmpty());
    CHECK(nextEnabled(wizard));
    CHECK(wizard.options().mapping.value(9).isEmpty());
    // The name is required.
    QComboBox *name = mappingCombo(wizard, 2);
    name->setCurrentIndex(0);
    CHECK_FALSE(mappingMessage->text().isEmpty());
    CHECK_FALSE(nextEnabled(wizard));
    name->setCurrentIndex(name->findData(u"name"_s));
    CHECK(nextEnabled(wizard));

    // The dry run: its counts, and the rows to look at.
    checkRows(wizard);
    const QString counts = child<QLabel>(wizard, u"countsLabel"_s)->text();
    INFO(counts.toStdString());
    auto *verdicts = child<QTableView>(wizard, u"verdictsTableView"_s);
    auto *model = qobject_cast<ImportVerdictsModel *>(verdicts->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 2 corrected, 1 refused, 1 repeating a number: the rows to look at.
    CHECK(model->rowCount() == 4);
    const ImportRowVerdict *refused = model->recordAt(model->indexOf(10));
    REQUIRE(refused);
    CHECK(refused->verdict == ImportVerdict::Refused);
    auto *filter = child<QComboBox>(wizard, u"verdictFilterComboBox"_s);
    filter->setCurrentIndex(filter->findData(int(ImportVerdictsModel::Filter::All)));
    CHECK(model->rowCount() == 10); // rows 5 to 14
    // The whole of a long note shows below the list.
    verdicts->setCurrentIndex(model->indexOf(10));
    CHECK(child<QLabel>(wizard, u"verdictNoteLabel"_s)->text().contains(refused->note));
    CHECK(child<QPushButton>(wizard, u"saveReportButton"_s)->isEnabled());
    const QString report = t.dir.filePath(u"report.xlsx"_s);
    CHECK(wizard.writeReport(report, wizard.options()).isEmpty());
    CHECK(QFile::exists(report));
    CHECK(scalar(*t.store, u"SELECT count(*) FROM persons"_s) == u"0"_s);
    CHECK(nextEnabled(wizard));
    shoot(wizard, u"import-4-check"_s);

    // The import, and what it brought.
    wizard.next();
    INFO(child<QLabel>(wizard, u"checkMessageLabel"_s)->text().toStdString());
    REQUIRE(wizard.currentId() == ImportWizard::DoneStep);
    CHECK(imported.count() == 1);
    const QString summary = child<QLabel>(wizard, u"summaryLabel"_s)->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(u"花名册.xlsx"_s));
    CHECK(child<QPushButton>(wizard, u"saveRefusedButton"_s)->isVisibleTo(&wizard));
    CHECK(wizard.button(QWizard::FinishButton)->isVisible());
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isVisible());
    shoot(wizard, u"import-5-done"_s);

    CHECK(scalar(*t.store, u"SELECT count(*) FROM persons WHERE deleted = 0"_s) == u"4"_s);
    CHECK(scalar(*t.store, u"SELECT count(*) FROM households WHERE deleted = 0"_s) == u"2"_s);
    const Person head = PersonRepository(*t.store).byIdNumber(ledger.zhangYi);
    REQUIRE_FALSE(head.id.isEmpty());
    CHECK(head.regionId == t.villageId(1));
    CHECK(scalar(*t.store,
              u"SELECT head_person_id FROM households WHERE id = '%1'"_s.arg(head.householdId))
        == head.id);
    // The 备注 column was left out.
    CHECK(scalar(*t.store, u"SELECT count(*) FROM persons WHERE notes <> ''"_s) == u"0"_s);
    // The window's own clock is past the rows the worker stamped.
    CHECK(t.store->hlc().last()
        >= scalar(*t.store, u"SELECT max(updated_hlc) FROM persons"_s).toULongLong());
    if (chinese)
        Translations::install(*qApp, u"en"_s);
}

TEST_CASE("a ledger whose heading is not found keeps Next disabled until the heading rows are "
          "chosen",
    "[import][ui]")
{
    TownshipStore t;
    const QString path = t.dir.filePath(u"名单.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Headings no field goes by: the wizard cannot tell which row names the columns.
    file.write(u"东村人员名单\n编号,人员,号码,住处\n1,张一,%1,一组\n2,李二,%2,二组\n"_s
                   .arg(syntheticIdNumber(u"19800101"_s, 11), syntheticIdNumber(u"19820202"_s, 22))
                   .toUtf8());
    file.close();

    ImportWizard wizard(*t.store);
    wizard.show();
    child<QLineEdit>(wizard, u"ledgerPathEdit"_s)->setText(path);
    auto *village = child<QComboBox>(wizard, u"villageComboBox"_s);
    village->setCurrentIndex(village->findData(u"370285105002"_s));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::SheetStep);
    auto *problem = child<QLabel>(wizard, u"headingProblemLabel"_s);
    CHECK_FALSE(problem->text().isEmpty());
    auto *first = child<QSpinBox>(wizard, u"headingFirstSpinBox"_s);
    auto *last = child<QSpinBox>(wizard, u"headingLastSpinBox"_s);
    CHECK(first->value() == 0);
    CHECK_FALSE(nextEnabled(wizard));
    shoot(wizard, u"import-no-heading"_s);

    first->setValue(2);
    CHECK(last->value() == 2);
    CHECK(problem->text().isEmpty());
    CHECK(nextEnabled(wizard));
    // The last row follows: a heading is one row or two.
    last->setValue(4);
    CHECK(first->value() == 3);
    first->setValue(2);
    CHECK(last->value() == 3);
    last->setValue(2);
    CHECK(nextEnabled(wizard));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingStep);
    CHECK_FALSE(child<QLabel>(wizard, u"mappingMessageLabel"_s)->text().isEmpty());
    CHECK_FALSE(nextEnabled(wizard));
    mappingCombo(wizard, 1)->setCurrentIndex(mappingCombo(wizard, 1)->findData(u"name"_s));
    mappingCombo(wizard, 2)->setCurrentIndex(mappingCombo(wizard, 2)->findData(u"id_number"_s));
    mappingCombo(wizard, 3)->setCurrentIndex(mappingCombo(wizard, 3)->findData(u"address"_s));
    CHECK(nextEnabled(wizard));

    checkRows(wizard);
    wizard.next();
    INFO(child<QLabel>(wizard, u"checkMessageLabel"_s)->text().toStdString());
    REQUIRE(wizard.currentId() == ImportWizard::DoneStep);
    // The village chosen for a ledger that names none.
    CHECK(scalar(*t.store,
              u"SELECT count(*) FROM persons WHERE region_id = '%1'"_s.arg(t.villageId(2)))
        == u"2"_s);
}

TEST_CASE("cancelling the import leaves the store as it was", "[import][ui]")
{
    TownshipStore t;
    const QString path = t.dir.filePath(u"large.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("村,姓名,身份证号码\n");
    const QDate born(1960, 1, 1);
    for (int i = 0; i < 6000; ++i) {
        const QString id
            = syntheticIdNumber(born.addDays(i / 400).toString(u"yyyyMMdd"_s), i % 400 + 1);
        file.write(u"东村,居民%1,%2\n"_s.arg(QChar(0x4E00 + i)).arg(id).toUtf8());
    }
    file.close();

    ImportWizard wizard(*t.store);
    wizard.show();
    child<QLineEdit>(wizard, u"ledgerPathEdit"_s)->setText(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingStep);
    checkRows(wizard);
    REQUIRE(nextEnabled(wizard));

    // Cancel is pressed as soon as the import's progress dialog is there.
    QTimer::singleShot(0, &wizard, [&wizard] {
        auto *progress = wizard.findChild<QProgressDialog *>(u"longTaskProgressDialog"_s);
        REQUIRE(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click();
    });
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::CheckStep);
    const QString message = child<QLabel>(wizard, u"checkMessageLabel"_s)->text();
    INFO(message.toStdString());
    CHECK(message.contains(u"cancelled"_s));
    CHECK(scalar(*t.store, u"SELECT count(*) FROM persons"_s) == u"0"_s);
    CHECK(scalar(*t.store, u"SELECT count(*) FROM households"_s) == u"0"_s);
    // The clerk can still import.
    CHECK(nextEnabled(wizard));
}

TEST_CASE("the empty residents page offers to import a ledger", "[import][ui][residents]")
{
    TownshipStore t;
    {
        ResidentsPage page(*t.store);
        QSignalSpy requested(&page, &ResidentsPage::importLedgerRequested);
        page.show();
        REQUIRE(readsDone(page));
        auto *hint = child<QFrame>(page, u"importHintFrame"_s);
        CHECK(hint->isVisible());
        page.resize(1200, 600);
        shoot(page, u"import-residents-hint"_s);
        child<QPushButton>(page, u"importLedgerButton"_s)->click();
        CHECK(requested.count() == 1);
    }
    Person p;
    p.name = u"张一"_s;
    p.regionId = t.villageId(1);
    REQUIRE(PersonRepository(*t.store).add(p).ok());
    ResidentsPage page(*t.store);
    page.show();
    REQUIRE(readsDone(page));
    CHECK_FALSE(child<QFrame>(page, u"importHintFrame"_s)->isVisible());
}

TEST_CASE("the File menu imports a ledger before checking the store", "[import][ui]")
{
    TownshipStore t;
    MainWindow window(*t.store);
    REQUIRE_FALSE(window.menuBar()->actions().isEmpty());
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    REQUIRE(file);
    const QList<QAction *> actions = file->actions();
    REQUIRE(actions.size() >= 2);
    CHECK(actions[0]->objectName() == u"importLedgerAction"_s);
    CHECK(actions[1]->text().contains(u"Check"_s));
}
