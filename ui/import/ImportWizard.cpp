#include "ImportWizard.h"

#include "ImportVerdictsModel.h"

#include "main/FormParts.h"
#include "main/LongTask.h"

#include "import/CellValues.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"
#include "store/StoreBackup.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A page that asks the wizard whether Next may be pressed.
class StepPage : public QWizardPage
{
public:
    explicit StepPage(std::function<bool()> complete = {})
        : m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete ? m_complete() : true; }

private:
    std::function<bool()> m_complete;
};

// The spreadsheet's name of a column: A, B, … Z, AA, AB, …
QString columnLetter(qsizetype column)
{
    QString letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters;
}

// A cell as the spreadsheet shows it: a date as a day, not as Excel's serial number; a number as
// the file holds it (an ID number typed as a number shows the digits it lost).
QString cellText(const SheetCell &cell)
{
    if (cell.kind == SheetCell::Kind::Date) {
        if (const auto day = CellValues::date(cell).value)
            return FormParts::dayText(*day);
    }
    return QString(cell.text).replace(u'\n', u' ');
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// The light blue of a heading, as the report and Excel's own tables colour it.
const QColor headingColor(0xDD, 0xEB, 0xF7);

QPushButton *pushButton(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    // Enter goes to Next, not to the button last clicked.
    b->setAutoDefault(false);
    return b;
}

QLabel *problemLabel(const QString &objectName)
{
    QLabel *label = FormParts::messageLabel();
    label->setObjectName(objectName);
    label->hide();
    return label;
}

// A message line takes room only while it says something.
void say(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *textLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportWizard::ImportWizard(Store &store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_verdicts(new ImportVerdictsModel(this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import a ledger (Excel/CSV)"));
    setWizardStyle(QWizard::ClassicStyle);
    // After the import there is nothing to go back to or cancel.
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FileStep, makeFilePage());
    setPage(SheetStep, makeSheetPage());
    setPage(MappingStep, makeMappingPage());
    setPage(CheckStep, makeCheckPage());
    setPage(DoneStep, makeDonePage());
    // Room for the first rows of a wide ledger, within an office PC's 1366x768 screen.
    resize(1000, 660);
}

ImportWizard::~ImportWizard() = default;

QWizardPage *ImportWizard::makeFilePage()
{
    m_filePage = new StepPage([this] { return !m_path->text().trimmed().isEmpty(); });
    m_filePage->setTitle(tr("The ledger to import"));
    m_filePage->setSubTitle(
        tr("An Excel workbook (.xlsx, or the older .xls) or a CSV file that the villages or "
           "the office kept, such as a 花名册 or a 返乡人员台账. Nothing is written "
           "before the last step."));
    m_path = new QLineEdit;
    m_path->setObjectName(u"ledgerPathEdit"_s);
    m_path->setPlaceholderText(tr("The ledger's file"));
    auto *browse = pushButton(tr("Br&owse…"), u"browseButton"_s);
    m_target = new QComboBox;
    m_target->setObjectName(u"targetComboBox"_s);
    for (const ImportTarget &t : ImportTarget::all())
        m_target->addItem(t.label, t.key);
    m_village = new QComboBox;
    m_village->setObjectName(u"villageComboBox"_s);
    m_village->addItem(tr("Given by the ledger (its village column, or its 填报单位)"), QString());
    const QList<Region> villages = RegionRepository(m_store).villages();
    for (const Region &v : villages)
        m_village->addItem(v.name, v.code);
    m_village->setToolTip(tr("The village of every row, for a ledger that has no village column "
                             "and does not name its village above the heading."));
    m_year = new QSpinBox;
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setToolTip(tr("Days written without their year (3月5日, 3/5) are taken in this year. "
                          "When the ledger gives its 填报日期 above the heading, that year is "
                          "filled in here once the file is read; change it only when the ledger's "
                          "days belong to another year."));
    m_year->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *yearNote = new QLabel(tr("Used for days written without their year, such as 3月5日. "
                                   "When the ledger gives its 填报日期 above the heading, its year "
                                   "is put here once the file is read."));
    yearNote->setWordWrap(true);
    yearNote->setForegroundRole(QPalette::PlaceholderText);
    m_fileMessage = problemLabel(u"fileMessageLabel"_s);

    auto *pathLabel = new QLabel(tr("Ledger &file:"));
    pathLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout(m_filePage);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("The ledger &lists:"), m_target);
    form->addRow(tr("&Village of its rows:"), m_village);
    form->addRow(tr("&Year of days without one:"), m_year);
    form->addRow(QString(), yearNote);
    form->addRow(m_fileMessage);
    // A QFormLayout gives its labels buddies only for rows added with a widget.
    connect(m_path, &QLineEdit::textChanged, m_filePage, &QWizardPage::completeChanged);
    connect(m_path, &QLineEdit::textChanged, this, [this] { say(m_fileMessage, {}); });
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { m_yearChosen = true; });
    return m_filePage;
}

QWizardPage *ImportWizard::makeSheetPage()
{
    m_sheetPage
        = new StepPage([this] { return m_heading.isValid() && !m_heading.columns.isEmpty(); });
    m_sheetPage->setTitle(tr("The sheet and its heading"));
    m_sheetPage->setSubTitle(tr("The first rows as the file has them. The heading rows, which "
                                "name the columns, are highlighted; the rows below them are read "
                                "as records."));
    m_sheetCombo = new QComboBox;
    m_sheetCombo->setObjectName(u"sheetComboBox"_s);
    m_headingFirst = new QSpinBox;
    m_headingFirst->setObjectName(u"headingFirstSpinBox"_s);
    m_headingFirst->setSpecialValueText(tr("none"));
    m_headingLast = new QSpinBox;
    m_headingLast->setObjectName(u"headingLastSpinBox"_s);
    m_headingLast->setSpecialValueText(tr("none"));
    m_headingLast->setToolTip(tr("The same row for a heading of one row; the row below it for a "
                                 "heading of two rows (基本信息 over 姓名, 性别, …)."));
    m_headingProblem = problemLabel(u"headingProblemLabel"_s);
    m_headingInfo = textLabel(u"headingInfoLabel"_s);
    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(u"previewTableWidget"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_previewTable->setTabKeyNavigation(false);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(u'字') * 6);
    m_previewTable->setToolTip(tr("Double-click a row to make it the heading."));

    auto *sheetLabel = new QLabel(tr("&Sheet:"));
    sheetLabel->setBuddy(m_sheetCombo);
    auto *firstLabel = new QLabel(tr("Heading from &row"));
    firstLabel->setBuddy(m_headingFirst);
    auto *lastLabel = new QLabel(tr("&to row"));
    lastLabel->setBuddy(m_headingLast);
    auto *bar = new QHBoxLayout;
    bar->addWidget(sheetLabel);
    bar->addWidget(m_sheetCombo, 1);
    bar->addSpacing(fontMetrics().horizontalAdvance(u'字') * 2);
    bar->addWidget(firstLabel);
    bar->addWidget(m_headingFirst);
    bar->addWidget(lastLabel);
    bar->addWidget(m_headingLast);
    auto *layout = new QVBoxLayout(m_sheetPage);
    layout->addLayout(bar);
    layout->addWidget(m_headingProblem);
    layout->addWidget(m_headingInfo);
    layout->addWidget(m_previewTable, 1);

    connect(m_sheetCombo, &QComboBox::activated, this, &ImportWizard::chooseSheet);
    connect(m_headingFirst, &QSpinBox::valueChanged, this, [this] { headingRowsChanged(true); });
    connect(m_headingLast, &QSpinBox::valueChanged, this, [this] { headingRowsChanged(false); });
    connect(m_previewTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row < 0 || row >= m_preview.rows.size())
            return;
        const qint64 number = m_preview.rows[row].number;
        const QSignalBlocker first(m_headingFirst);
        const QSignalBlocker last(m_headingLast);
        m_headingFirst->setValue(int(number));
        m_headingLast->setValue(int(number));
        headingChanged();
    });
    return m_sheetPage;
}

QWizardPage *ImportWizard::makeMappingPage()
{
    m_mappingPage = new StepPage([this] { return mappingProblem().isEmpty(); });
    m_mappingPage->setTitle(tr("Which column is which"));
    m_mappingPage->setSubTitle(tr("For each column of the ledger, the field it is imported as. "
                                  "Columns set to \"Not imported\" are left out."));
    m_mappingTable = new QTableWidget(0, 4);
    m_mappingTable->setObjectName(u"mappingTableWidget"_s);
    m_mappingTable->setHorizontalHeaderLabels(
        { tr("Column"), tr("Heading in the ledger"), tr("First values"), tr("Import as") });
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setTabKeyNavigation(false);
    m_mappingTable->setWordWrap(false);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mappingMessage = problemLabel(u"mappingMessageLabel"_s);
    auto *layout = new QVBoxLayout(m_mappingPage);
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingMessage);
    return m_mappingPage;
}

QWizardPage *ImportWizard::makeCheckPage()
{
    m_checkPage = new StepPage([this] {
        if (!m_checked)
            return false;
        const bool updates = m_policy->currentData().toInt() == int(DuplicatePolicy::Update)
            || targetKey() == "returnees"_L1;
        return m_counts.taken() > 0 || (updates && m_counts.duplicates > 0);
    });
    m_checkPage->setTitle(tr("Check every row"));
    m_checkPage->setSubTitle(tr("Every row of the ledger is read and checked; nothing is written "
                                "yet. Import writes the rows that can be taken in one go, after "
                                "a copy of the store is made."));
    m_checkPage->setCommitPage(true);
    m_checkPage->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_policy = new QComboBox;
    m_policy->setObjectName(u"duplicatesComboBox"_s);
    m_policy->addItem(tr("Skip them: keep the registered record"), int(DuplicatePolicy::Skip));
    m_policy->addItem(tr("Update them from the ledger"), int(DuplicatePolicy::Update));
    m_policy->addItem(
        tr("Keep them as they are and list them for review"), int(DuplicatePolicy::Review));
    m_checkAgain = pushButton(tr("&Check again"), u"checkButton"_s);
    m_countsLabel = textLabel(u"countsLabel"_s);
    m_filter = new QComboBox;
    m_filter->setObjectName(u"verdictFilterComboBox"_s);
    m_filter->addItem(tr("Rows to look at (refused, corrected, already registered)"),
        int(ImportVerdictsModel::Filter::Problems));
    m_filter->addItem(tr("All rows"), int(ImportVerdictsModel::Filter::All));
    m_verdicts->setFilter(ImportVerdictsModel::Filter::Problems);
    m_verdictsView = FormParts::recordsView(m_verdicts, u"verdictsTableView"_s);
    FormParts::fitColumns(m_verdictsView, ImportVerdictsModel::Note);
    m_report = pushButton(tr("&Save the rows to fix…"), u"saveReportButton"_s);
    m_report->setToolTip(tr("An Excel file of the refused rows (and those listed for review) with "
                            "the reason for each: corrected there, it imports again."));
    m_checkMessage = problemLabel(u"checkMessageLabel"_s);
    m_noteDetail = textLabel(u"verdictNoteLabel"_s);
    m_noteDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *policyLabel = new QLabel(tr("Persons &already registered:"));
    policyLabel->setBuddy(m_policy);
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(policyLabel);
    top->addWidget(m_policy, 1);
    top->addWidget(m_checkAgain);
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(filterLabel);
    listBar->addWidget(m_filter, 1);
    listBar->addWidget(m_report);
    auto *layout = new QVBoxLayout(m_checkPage);
    layout->addLayout(top);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_checkMessage);
    layout->addLayout(listBar);
    layout->addWidget(m_verdictsView, 1);
    layout->addWidget(m_noteDetail);

    connect(m_policy, &QComboBox::activated, this, &ImportWizard::runCheck);
    connect(m_checkAgain, &QPushButton::clicked, this, &ImportWizard::runCheck);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_verdicts->setFilter(ImportVerdictsModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_report, &QPushButton::clicked, this, [this] { chooseReportFile(false); });
    // The whole of a long note, which the table's column cuts short.
    const auto showNote = [this] {
        const ImportRowVerdict *v = m_verdicts->recordAt(m_verdictsView->currentIndex());
        m_noteDetail->setText(
            v && !v->note.isEmpty() ? tr("Row %1: %2").arg(v->row).arg(v->note) : QString());
    };
    connect(
        m_verdictsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, showNote);
    connect(m_verdicts, &QAbstractItemModel::modelReset, this, [this, showNote] {
        if (m_verdicts->rowCount() > 0)
            m_verdictsView->selectRow(0);
        showNote();
    });
    return m_checkPage;
}

QWizardPage *ImportWizard::makeDonePage()
{
    auto *page = new StepPage;
    page->setTitle(tr("Imported"));
    page->setSubTitle(tr("The persons and households are in the store; the residents and "
                         "households pages show them."));
    page->setFinalPage(true);
    m_summary = textLabel(u"summaryLabel"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_doneReport = pushButton(tr("&Save the refused rows…"), u"saveRefusedButton"_s);
    m_doneReport->setToolTip(tr("An Excel file of the rows that were refused, with the reason for "
                                "each: corrected there, it imports again."));
    m_doneMessage = problemLabel(u"doneMessageLabel"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_doneReport);
    bar->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_doneMessage);
    layout->addStretch();
    connect(m_doneReport, &QPushButton::clicked, this, [this] { chooseReportFile(true); });
    return page;
}

QString ImportWizard::targetKey() const
{
    return m_target->currentData().toString();
}

QString ImportWizard::fileName() const
{
    return QFileInfo(m_path->text().trimmed()).fileName();
}

LedgerImport::Options ImportWizard::options() const
{
    LedgerImport::Options o;
    o.target = targetKey();
    o.sheet = m_sheet;
    o.headerFirst = m_heading.firstRow;
    o.headerLast = m_heading.lastRow;
    o.mapping = m_mapping;
    o.villageCode = m_village->currentData().toString();
    // Always the year shown: it is the file's 填报日期 unless the clerk chose another.
    o.year = m_year->value();
    o.duplicates = DuplicatePolicy(m_policy->currentData().toInt());
    return o;
}

void ImportWizard::chooseFile()
{
    const QString start
        = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a ledger"), start,
        tr("Ledgers (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;"
           "CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportWizard::validateCurrentPage()
{
    if (m_busy)
        return false;
    if (!QWizard::validateCurrentPage())
        return false;
    switch (currentId()) {
    case FileStep: {
        const QString problem = readFile(-1);
        say(m_fileMessage, problem);
        return problem.isEmpty();
    }
    case SheetStep:
        if (m_mapping.size() != m_heading.columns.size())
            m_mapping = LedgerImport::proposedMapping(
                m_store, ImportTarget::byKey(targetKey()), m_heading);
        return true;
    case CheckStep:
        return runImport();
    default:
        return true;
    }
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case SheetStep:
        fillSheetPage();
        break;
    case MappingStep:
        fillMapping();
        break;
    case CheckStep:
        clearCheck();
        // Once the page shows: the check's progress dialog belongs over it.
        QMetaObject::invokeMethod(this, &ImportWizard::runCheck, Qt::QueuedConnection);
        break;
    default:
        break;
    }
}

QString ImportWizard::readFile(int sheet)
{
    const QString file = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString storePath = m_store.path();
    LedgerImport::Options o;
    o.target = targetKey();
    o.sheet = sheet;
    QList<SheetInfo> sheets;
    LedgerImport::Preview preview;
    int shown = -1;
    m_busy = true;
    const QString problem = LongTask::run(
        this, tr("Reading %1…").arg(fileName()), [&](const LongTask::Progress &) -> QString {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            LedgerImport import(*store.value());
            if (auto r = import.open(file); !r)
                return r.error();
            sheets = import.sheets();
            auto read = import.preview(o);
            if (!read)
                return read.error();
            preview = std::move(read).value();
            shown = import.sheet();
            return {};
        });
    m_busy = false;
    if (!problem.isEmpty())
        return problem;
    m_sheets = sheets;
    m_sheet = shown;
    m_preview = preview;
    m_heading = preview.header;
    m_mapping = preview.mapping;
    if (m_heading.fileDate.isValid() && !m_yearChosen) {
        const QSignalBlocker block(m_year);
        m_year->setValue(m_heading.fileDate.year());
    }
    return {};
}

void ImportWizard::chooseSheet(int index)
{
    if (index == m_sheet || m_busy)
        return;
    const QString problem = readFile(index);
    fillSheetPage();
    if (!problem.isEmpty())
        say(m_headingProblem, problem);
}

void ImportWizard::fillSheetPage()
{
    m_filling = true;
    {
        const QSignalBlocker block(m_sheetCombo);
        m_sheetCombo->clear();
        for (const SheetInfo &s : std::as_const(m_sheets))
            m_sheetCombo->addItem(s.hidden ? tr("%1 (hidden sheet)").arg(s.name) : s.name);
        m_sheetCombo->setCurrentIndex(m_sheet);
    }
    qint64 lastRow = 0;
    for (const SheetRow &r : std::as_const(m_preview.rows))
        lastRow = std::max(lastRow, r.number);
    for (QSpinBox *spin : { m_headingFirst, m_headingLast }) {
        const QSignalBlocker block(spin);
        spin->setRange(0, int(lastRow));
    }
    {
        const QSignalBlocker first(m_headingFirst);
        const QSignalBlocker last(m_headingLast);
        m_headingFirst->setValue(int(m_heading.firstRow));
        m_headingLast->setValue(int(m_heading.lastRow));
    }
    fillPreview();
    m_filling = false;
    showHeadingMessage();
    emit m_sheetPage->completeChanged();
}

void ImportWizard::fillPreview()
{
    const QList<SheetRow> &rows = m_preview.rows;
    qsizetype columns = 0;
    for (const SheetRow &r : rows)
        columns = std::max(columns, r.cells.size());
    // Beyond this the preview is no help, and the heading is what counts.
    columns = std::min<qsizetype>(columns, 200);
    m_previewTable->clear();
    m_previewTable->clearSpans();
    m_previewTable->setRowCount(int(rows.size()));
    m_previewTable->setColumnCount(int(columns));
    QStringList letters;
    for (qsizetype c = 0; c < columns; ++c) {
        const bool hidden = c < m_preview.hiddenColumns.size() && m_preview.hiddenColumns[c];
        letters << (hidden ? tr("%1 (hidden)").arg(columnLetter(c)) : columnLetter(c));
    }
    m_previewTable->setHorizontalHeaderLabels(letters);
    const QColor faint = palette().color(QPalette::Disabled, QPalette::Text);
    QStringList numbers;
    for (int r = 0; r < rows.size(); ++r) {
        const SheetRow &row = rows[r];
        numbers << (row.hidden ? tr("%1 (hidden)").arg(row.number) : QString::number(row.number));
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem;
            if (c < row.cells.size()) {
                const SheetCell &cell = row.cells[c];
                item->setText(cellText(cell));
                if (cell.merged) {
                    item->setForeground(faint);
                    item->setToolTip(tr("Part of a merged cell: %1").arg(item->text()));
                } else if (!item->text().isEmpty()) {
                    item->setToolTip(item->text());
                }
            }
            m_previewTable->setItem(r, c, item);
        }
    }
    m_previewTable->setVerticalHeaderLabels(numbers);

    // Merged ranges as the spreadsheet shows them: their first cell, and copies of it to its
    // right and below, which the file marks.
    const auto isCopy = [&](int r, int c, const QString &text) {
        return r < rows.size() && c < rows[r].cells.size() && rows[r].cells[c].merged
            && cellText(rows[r].cells[c]) == text;
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].cells.size() && c < columns; ++c) {
            const SheetCell &cell = rows[r].cells[c];
            if (cell.merged || cell.isBlank())
                continue;
            const QString text = cellText(cell);
            int width = 1;
            while (c + width < columns && isCopy(r, c + width, text))
                ++width;
            int height = 1;
            while (r + height < rows.size()) {
                bool copies = true;
                for (int k = 0; k < width && copies; ++k)
                    copies = isCopy(r + height, c + k, text);
                if (!copies)
                    break;
                ++height;
            }
            if (width > 1 || height > 1)
                m_previewTable->setSpan(r, c, height, width);
        }
    }
    // Each column as wide as its own cells (a range over several columns does not count), so
    // that an ID number shows whole.
    QFont bold = m_previewTable->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int em = metrics.horizontalAdvance(u'字');
    for (int c = 0; c < columns; ++c) {
        int width = metrics.horizontalAdvance(m_previewTable->horizontalHeaderItem(c)->text()) + em;
        for (int r = 0; r < rows.size(); ++r) {
            if (m_previewTable->columnSpan(r, c) > 1 || c >= rows[r].cells.size()
                || rows[r].cells[c].merged)
                continue;
            width = std::max(
                width, metrics.horizontalAdvance(m_previewTable->item(r, c)->text()) + em);
        }
        m_previewTable->setColumnWidth(c, std::clamp(width, em * 3, em * 20));
    }
    highlightHeading();
}

void ImportWizard::highlightHeading()
{
    QFont bold = m_previewTable->font();
    bold.setBold(true);
    const QFont plain = m_previewTable->font();
    int firstShown = -1;
    for (int r = 0; r < m_previewTable->rowCount() && r < m_preview.rows.size(); ++r) {
        const qint64 number = m_preview.rows[r].number;
        const bool heading
            = m_heading.isValid() && number >= m_heading.firstRow && number <= m_heading.lastRow;
        if (heading && firstShown < 0)
            firstShown = r;
        for (int c = 0; c < m_previewTable->columnCount(); ++c) {
            QTableWidgetItem *item = m_previewTable->item(r, c);
            if (!item)
                continue;
            item->setBackground(heading ? QBrush(headingColor) : QBrush());
            item->setFont(heading ? bold : plain);
        }
    }
    if (firstShown >= 0)
        m_previewTable->scrollToItem(
            m_previewTable->item(firstShown, 0), QAbstractItemView::PositionAtTop);
}

void ImportWizard::headingRowsChanged(bool firstChanged)
{
    if (m_filling)
        return;
    const QSignalBlocker first(m_headingFirst);
    const QSignalBlocker last(m_headingLast);
    // One heading row or two: the other box follows the one changed.
    if (firstChanged) {
        const int f = m_headingFirst->value();
        m_headingLast->setValue(f == 0 ? 0 : std::clamp(m_headingLast->value(), f, f + 1));
    } else {
        const int l = m_headingLast->value();
        m_headingFirst->setValue(
            l == 0 ? 0 : std::clamp(m_headingFirst->value(), std::max(1, l - 1), l));
    }
    headingChanged();
}

void ImportWizard::headingChanged()
{
    const qint64 first = m_headingFirst->value();
    const qint64 last = m_headingLast->value();
    m_heading = first > 0
        ? SheetHeader::fromRows(m_preview.rows, first, last, m_preview.hiddenColumns)
        : SheetHeader();
    m_mapping = m_heading.isValid()
        ? LedgerImport::proposedMapping(m_store, ImportTarget::byKey(targetKey()), m_heading)
        : QStringList();
    highlightHeading();
    showHeadingMessage();
    emit m_sheetPage->completeChanged();
}

void ImportWizard::showHeadingMessage()
{
    if (!m_heading.isValid()) {
        const qsizetype read = m_preview.rows.size();
        const QString where = read >= LedgerImport::HeaderSearchRows
            ? tr("No heading was found in the first %1 rows.").arg(read)
            : tr("No heading was found in the %n row(s) of the sheet.", nullptr, int(read));
        say(m_headingProblem,
            where + u' '
                + tr("Look in the table below for the row that names the columns (姓名, "
                     "身份证号码, …) and enter its number in \"Heading from row\"; for a heading "
                     "of two rows, the lower one in \"to row\". A double click on a row also "
                     "makes it the heading."));
        m_headingInfo->clear();
        return;
    }
    if (m_heading.columns.isEmpty()) {
        say(m_headingProblem,
            tr("Row %1 is empty: choose the row that names the columns.").arg(m_heading.lastRow));
        m_headingInfo->clear();
        return;
    }
    say(m_headingProblem, {});
    QString info = m_heading.firstRow == m_heading.lastRow
        ? tr("The heading is row %1 (highlighted); the rows below it are read as records.")
              .arg(m_heading.firstRow)
        : tr("The heading is rows %1 and %2 (highlighted); the rows below them are read as "
             "records.")
              .arg(m_heading.firstRow)
              .arg(m_heading.lastRow);
    if (m_heading.fileDate.isValid())
        info += u' '
            + tr("The ledger's 填报日期 is %1: days written without a year are taken in %2.")
                  .arg(FormParts::dayText(m_heading.fileDate))
                  .arg(m_year->value());
    m_headingInfo->setText(info);
}

void ImportWizard::fillMapping()
{
    const ImportTarget target = ImportTarget::byKey(targetKey());
    const QList<SheetHeader::Column> &columns = m_heading.columns;
    m_mapping.resize(columns.size());
    // A few values of each column, from the rows below the heading.
    QList<QStringList> samples(columns.size());
    for (const SheetRow &row : std::as_const(m_preview.rows)) {
        if (row.number <= m_heading.lastRow)
            continue;
        for (qsizetype c = 0; c < columns.size() && c < row.cells.size(); ++c) {
            // A merged cell's copies (a head down the household, the signature line) say nothing.
            if (row.cells[c].merged)
                continue;
            const QString text = cellText(row.cells[c]).trimmed();
            if (!text.isEmpty() && samples[c].size() < 3 && !samples[c].contains(text))
                samples[c] << text;
        }
    }
    m_mappingTable->clearContents();
    m_mappingTable->setRowCount(int(columns.size()));
    const QColor faint = palette().color(QPalette::Disabled, QPalette::Text);
    QWidget *previous = nullptr;
    for (int c = 0; c < columns.size(); ++c) {
        const SheetHeader::Column &column = columns[c];
        auto *letter = new QTableWidgetItem(
            column.hidden ? tr("%1 (hidden)").arg(columnLetter(c)) : columnLetter(c));
        QString heading = column.upper.isEmpty() || column.upper == column.lower
            ? column.lower
            : tr("%1 / %2").arg(column.upper, column.lower);
        heading.replace(u'\n', u' ');
        auto *headingItem = new QTableWidgetItem(heading);
        auto *sampleItem = new QTableWidgetItem(samples[c].join(u"、"_s));
        if (column.hidden) {
            for (QTableWidgetItem *item : { letter, headingItem, sampleItem })
                item->setForeground(faint);
            letter->setToolTip(tr("The ledger hides this column."));
        }
        m_mappingTable->setItem(c, 0, letter);
        m_mappingTable->setItem(c, 1, headingItem);
        m_mappingTable->setItem(c, 2, sampleItem);
        auto *combo = new QComboBox;
        combo->setObjectName(u"mappingComboBox%1"_s.arg(c));
        combo->addItem(tr("Not imported"), QString());
        for (const ImportField &f : target.fields)
            combo->addItem(f.required ? tr("%1 (required)").arg(f.label) : f.label, f.key);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping[c])));
        m_mapping[c] = combo->currentData().toString();
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, c] {
            if (c < m_mapping.size())
                m_mapping[c] = combo->currentData().toString();
            updateMappingMessage();
        });
        m_mappingTable->setCellWidget(c, 3, combo);
        if (previous)
            QWidget::setTabOrder(previous, combo);
        previous = combo;
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->resizeColumnToContents(1);
    m_mappingTable->resizeColumnToContents(3);
    const int em = fontMetrics().horizontalAdvance(u'字');
    m_mappingTable->setColumnWidth(1, std::min(m_mappingTable->columnWidth(1) + em, em * 16));
    m_mappingTable->setColumnWidth(3, std::max(m_mappingTable->columnWidth(3), em * 10));
    updateMappingMessage();
}

QString ImportWizard::mappingProblem() const
{
    const ImportTarget target = ImportTarget::byKey(targetKey());
    for (qsizetype c = 0; c < m_mapping.size(); ++c) {
        if (m_mapping[c].isEmpty())
            continue;
        const qsizetype again = m_mapping.indexOf(m_mapping[c], c + 1);
        if (again >= 0) {
            const ImportField *field = target.field(m_mapping[c]);
            return tr("%1 is chosen for columns %2 and %3: a field is imported from one column "
                      "only. Set the other one to \"Not imported\".")
                .arg(field ? field->label : m_mapping[c], columnLetter(c), columnLetter(again));
        }
    }
    return LedgerImport::missingFields(target, m_mapping);
}

void ImportWizard::updateMappingMessage()
{
    say(m_mappingMessage, mappingProblem());
    emit m_mappingPage->completeChanged();
}

void ImportWizard::clearCheck()
{
    m_checked = false;
    m_counts = {};
    m_verdicts->setVerdicts({});
    m_countsLabel->clear();
    say(m_checkMessage, {});
    m_report->setEnabled(false);
    emit m_checkPage->completeChanged();
}

void ImportWizard::runCheck()
{
    if (m_busy || currentId() != CheckStep)
        return;
    clearCheck();
    const QString file = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString storePath = m_store.path();
    const LedgerImport::Options o = options();
    ImportCounts counts;
    QList<ImportRowVerdict> verdicts;
    m_busy = true;
    const QString problem = LongTask::run(this, tr("Checking the rows of %1…").arg(fileName()),
        [&](const LongTask::Progress &progress) -> QString {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            LedgerImport import(*store.value());
            if (auto r = import.open(file); !r)
                return r.error();
            auto checked = import.dryRun(
                o, [&](double share) { return progress(qint64(share * 1000), 1000); });
            if (!checked)
                return checked.error();
            counts = checked.value();
            verdicts = import.verdicts();
            return {};
        });
    m_busy = false;
    if (!problem.isEmpty()) {
        say(m_checkMessage, problem);
        return;
    }
    m_counts = counts;
    m_checked = true;
    m_verdicts->setVerdicts(verdicts);
    showCounts();
    const bool review = o.duplicates == DuplicatePolicy::Review;
    m_report->setEnabled(counts.refused > 0 || (review && counts.duplicates > 0));
    emit m_checkPage->completeChanged();
    if (!m_checkPage->isComplete())
        say(m_checkMessage,
            tr("No row of the ledger can be imported: correct the refused rows, "
               "or choose to update the persons already registered."));
}

void ImportWizard::showCounts()
{
    const ImportCounts &c = m_counts;
    QStringList lines;
    lines << tr("Can be imported: %1 rows as they are and %2 after a correction, in %3 "
                "households.")
                 .arg(number(c.ok), number(c.fixed), number(c.households));
    lines << tr("Refused: %n row(s), not imported (listed below with the reason).", nullptr,
        int(c.refused));
    lines << tr("Duplicates (listed twice, or already registered): %n row(s).", nullptr, int(c.duplicates));
    lines << tr("Skipped: %n row(s) (blank rows, subtotals, totals, signature lines).", nullptr,
        int(c.skipped));
    m_countsLabel->setText(lines.join(u'\n'));
}

bool ImportWizard::runImport()
{
    if (!m_checked)
        return false;
    const QString file = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString storePath = m_store.path();
    const User user = m_store.user();
    const LedgerImport::Options o = options();
    ImportCounts written;
    quint64 clock = 0;
    bool cancelled = false;
    m_busy = true;
    const QString problem = LongTask::run(this, tr("Importing %1…").arg(fileName()),
        [&](const LongTask::Progress &progress) -> QString {
            // The first half of the bar checks the rows again, the second writes them.
            const auto go = [&](double share) {
                const bool on = progress(qint64(share * 1000), 1000);
                cancelled = cancelled || !on;
                return on;
            };
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            store.value()->setUser(user);
            LedgerImport import(*store.value());
            if (auto r = import.open(file); !r)
                return r.error();
            auto checked = import.dryRun(o, [&](double share) { return go(share / 2); });
            if (!checked)
                return checked.error();
            if (!go(0.5))
                return LedgerImport::tr("Cancelled: the store is unchanged.");
            auto done = import.commit([&](double share) { return go(0.5 + share / 2); });
            if (!done)
                return done.error();
            written = done.value();
            clock = store.value()->hlc().last();
            return {};
        });
    m_busy = false;
    if (!problem.isEmpty()) {
        say(m_checkMessage,
            cancelled ? tr("The import was cancelled: nothing was written, the "
                           "store is as it was.")
                      : problem);
        return false;
    }
    // The rows were stamped on the worker's connection: this one's clock moves past them.
    m_store.hlc().observe(clock);
    m_written = written;
    QStringList lines;
    lines << tr("Imported from %1: %2 persons in %3 households.")
                 .arg(fileName(), number(written.taken()), number(written.households));
    if (written.duplicates > 0) {
        lines << (o.duplicates == DuplicatePolicy::Update
                ? tr("%n person(s) already registered were updated from the ledger.", nullptr,
                    int(written.duplicates))
                : tr("%n person(s) already registered were left as they were.", nullptr,
                    int(written.duplicates)));
    }
    if (written.refused > 0)
        lines << tr("%n row(s) were refused and not imported: save them below, correct them in "
                    "Excel and import that file.",
            nullptr, int(written.refused));
    lines << tr("A copy of the store from before the import is in %1.")
                 .arg(QDir::toNativeSeparators(StoreBackup::folderFor(storePath)));
    m_summary->setText(lines.join(u"\n\n"_s));
    m_doneReport->setVisible(written.refused > 0);
    emit ledgerImported();
    return true;
}

QString ImportWizard::writeReport(const QString &path, const LedgerImport::Options &o)
{
    const QString file = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString storePath = m_store.path();
    m_busy = true;
    const QString problem = LongTask::run(
        this, tr("Writing the rows to fix…"), [&](const LongTask::Progress &progress) -> QString {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            LedgerImport import(*store.value());
            if (auto r = import.open(file); !r)
                return r.error();
            auto checked = import.dryRun(
                o, [&](double share) { return progress(qint64(share * 1000), 1000); });
            if (!checked)
                return checked.error();
            if (auto r = import.writeReport(path); !r)
                return r.error();
            return {};
        });
    m_busy = false;
    return problem;
}

void ImportWizard::chooseReportFile(bool refusedOnly)
{
    const QFileInfo ledger(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString suggested
        = ledger.absoluteDir().filePath(tr("%1 - rows to fix.xlsx").arg(ledger.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the rows to fix"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    LedgerImport::Options o = options();
    // After the import its rows are registered: checked again, only the refused are listed.
    if (refusedOnly)
        o.duplicates = DuplicatePolicy::Skip;
    const QString problem = writeReport(path, o);
    if (refusedOnly)
        say(m_doneMessage, problem);
    else
        say(m_checkMessage, problem);
}
