#include "RegistriesPage.h"

#include "RegistryPreviewModel.h"
#include "registries/RegistryPrinter.h"

#include "main/FormParts.h"
#include "main/LongTask.h"
#include "main/ReadingOverlay.h"

#include "checkpoints/CheckpointRepository.h"
#include "regions/RegionRepository.h"
#include "registries/CsvExport.h"
#include "registries/RegistryCatalog.h"
#include "registries/RegistryQuery.h"
#include "registries/XlsxExport.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The page's reads, each replacing the one before it.
enum Read { ChoicesRead, PreviewRead };

struct Choices
{
    QList<Region> villages;
    QList<Checkpoint> checkpoints;
};

} // namespace

RegistriesPage::RegistriesPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
    , m_model(new RegistryPreviewModel(m_reader, PreviewRead, this))
{
    setObjectName(u"registriesPage"_s);
    m_definitions = RegistryCatalog::all();
    m_registries = new QListWidget;
    m_registries->setObjectName(u"registriesListWidget"_s);
    for (const RegistryDefinition &d : std::as_const(m_definitions)) {
        auto *item = new QListWidgetItem(d.title, m_registries);
        item->setData(Qt::UserRole, d.name);
    }
    m_registries->setFixedWidth(190);

    m_village = new QComboBox;
    m_village->setObjectName(u"villageFilterComboBox"_s);
    m_dateRange = new QCheckBox;
    m_dateRange->setObjectName(u"dateRangeCheckBox"_s);
    m_from = new QDateEdit(QDate::currentDate().addDays(-13));
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(FormParts::dayFormat());
        edit->setEnabled(false);
    }
    m_dateLabel = new QLabel(tr("to"));
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilterComboBox"_s);
    m_checkpoint = new QComboBox;
    m_checkpoint->setObjectName(u"checkpointFilterComboBox"_s);
    m_fullData = new QCheckBox(tr("&Full data"));
    m_fullData->setObjectName(u"fullDataCheckBox"_s);
    m_fullData->setToolTip(tr("Show and export ID numbers and phones in full. Leave it unticked "
                              "for lists that leave the office."));

    m_table = new QTableView;
    m_table->setObjectName(u"registryTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    FormParts::fitColumns(m_table);
    m_count = new QLabel;
    m_count->setObjectName(u"registryCountLabel"_s);
    m_cover = new ReadingOverlay(m_table, u"registryReadingOverlay"_s);

    auto *xlsx = new QPushButton(tr("Export &xlsx…"));
    xlsx->setObjectName(u"exportXlsxButton"_s);
    auto *csv = new QPushButton(tr("Export &CSV…"));
    csv->setObjectName(u"exportCsvButton"_s);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"csvEncodingComboBox"_s);
    m_encoding->addItem(tr("UTF-8 (Excel)"), int(ExportFormat::Csv));
    m_encoding->addItem(tr("GB18030 (older programs)"), int(ExportFormat::CsvGb18030));
    auto *preview = new QPushButton(tr("Print pre&view…"));
    preview->setObjectName(u"printPreviewButton"_s);
    auto *pdf = new QPushButton(tr("Export &PDF…"));
    pdf->setObjectName(u"exportPdfButton"_s);
    // An export or print takes the registry shown, so it waits for the preview to be read.
    m_exports = { xlsx, csv, preview, pdf };

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_village, 1);
    filters->addWidget(m_checkpoint, 1);
    filters->addWidget(m_dateRange);
    filters->addWidget(m_from);
    filters->addWidget(m_dateLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_fullData);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch();
    actions->addWidget(xlsx);
    actions->addWidget(csv);
    actions->addWidget(m_encoding);
    actions->addWidget(preview);
    actions->addWidget(pdf);
    auto *right = new QVBoxLayout;
    right->addLayout(filters);
    right->addWidget(m_table, 1);
    right->addLayout(actions);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_registries);
    layout->addLayout(right, 1);

    connect(m_registries, &QListWidget::currentRowChanged, this, &RegistriesPage::showRegistry);
    connect(m_village, &QComboBox::currentIndexChanged, this, &RegistriesPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &RegistriesPage::applyFilter);
    connect(m_checkpoint, &QComboBox::currentIndexChanged, this, &RegistriesPage::applyFilter);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &RegistriesPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &RegistriesPage::applyFilter);
    connect(m_fullData, &QCheckBox::toggled, this, &RegistriesPage::applyFilter);
    connect(xlsx, &QPushButton::clicked, this, [this] { exportAs(ExportFormat::Xlsx); });
    connect(csv, &QPushButton::clicked, this,
        [this] { exportAs(ExportFormat(m_encoding->currentData().toInt())); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(ExportFormat::Pdf); });
    connect(preview, &QPushButton::clicked, this, &RegistriesPage::printPreview);
    connect(m_model, &RegistryPreviewModel::loaded, this, &RegistriesPage::showCount);

    m_registries->setCurrentRow(0);
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool RegistriesPage::isReading() const
{
    return m_reader->isReading();
}

void RegistriesPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    m_cover->reading();
    m_count->setText(tr("Reading…"));
    for (QWidget *button : std::as_const(m_exports))
        button->setEnabled(false);
    m_reader->read<Choices>(
        ChoicesRead,
        [](Store &store) -> Result<Choices> {
            return Choices { RegionRepository(store).villages(),
                CheckpointRepository(store).all() };
        },
        [this](const Result<Choices> &choices) {
            if (!m_cover->finish(choices)) {
                m_count->clear();
                return;
            }
            m_choicesRead = true;
            FormParts::refillVillageFilter(m_village, choices->villages);
            const QSignalBlocker block(m_checkpoint);
            const QString chosen = m_checkpoint->currentData().toString();
            m_checkpoint->clear();
            m_checkpoint->addItem(tr("All checkpoints"), QString());
            for (const Checkpoint &c : choices->checkpoints)
                m_checkpoint->addItem(c.name, c.id);
            m_checkpoint->setCurrentIndex(qMax(0, m_checkpoint->findData(chosen)));
            applyFilter();
        });
}

void RegistriesPage::showRegistry()
{
    const int row = m_registries->currentRow();
    if (row < 0 || row >= m_definitions.size())
        return;
    const RegistryDefinition &d = m_definitions[row];
    const bool dates = d.hasFilter(RegistryDefinition::DateFilter);
    m_dateRange->setVisible(dates);
    m_from->setVisible(dates);
    m_to->setVisible(dates);
    m_dateLabel->setVisible(dates);
    m_dateRange->setText(d.dateLabel);
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(tr("All"), QString());
        for (const RegistryCategory &c : d.categories)
            m_category->addItem(c.label, c.value);
        m_category->setVisible(d.hasFilter(RegistryDefinition::CategoryFilter));
    }
    m_village->setVisible(d.hasFilter(RegistryDefinition::VillageFilter));
    m_checkpoint->setVisible(d.hasFilter(RegistryDefinition::CheckpointFilter));
    applyFilter();
}

RegistryFilter RegistriesPage::currentFilter() const
{
    const int row = m_registries->currentRow();
    const RegistryDefinition &d = m_definitions[row];
    RegistryFilter filter;
    if (d.hasFilter(RegistryDefinition::VillageFilter))
        filter.village = m_village->currentData().toString();
    if (d.hasFilter(RegistryDefinition::CategoryFilter))
        filter.category = m_category->currentData().toString();
    if (d.hasFilter(RegistryDefinition::CheckpointFilter))
        filter.checkpoint = m_checkpoint->currentData().toString();
    if (d.hasFilter(RegistryDefinition::DateFilter) && m_dateRange->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.fullData = m_fullData->isChecked();
    return filter;
}

void RegistriesPage::applyFilter()
{
    const int row = m_registries->currentRow();
    if (row < 0 || row >= m_definitions.size())
        return;
    // Until the filters' choices are read, their reading shows the registry.
    if (!m_choicesRead || m_reader->isReading(ChoicesRead))
        return;
    m_model->setRegistry(m_definitions[row], currentFilter());
    // The widest text on paper (an address, a problem found) takes the room left over.
    const QList<RegistryColumn> &columns = m_definitions[row].columns;
    int stretch = -1;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].kind == RegistryColumn::Kind::Text
            && (stretch < 0 || columns[c].width > columns[stretch].width))
            stretch = c;
    }
    FormParts::fitColumns(m_table, stretch);
    showCount();
}

void RegistriesPage::showCount()
{
    const bool loading = m_model->isLoading();
    for (QWidget *button : std::as_const(m_exports))
        button->setEnabled(!loading && m_model->error().isEmpty());
    if (loading) {
        m_cover->reading();
        m_count->setText(tr("Reading…"));
        return;
    }
    if (!m_model->error().isEmpty()) {
        m_cover->fail(m_model->error());
        m_count->setText(m_model->error());
        return;
    }
    m_cover->clear();
    m_count->setText(tr("%n row(s)", nullptr, int(m_model->totalCount())));
}

QString RegistriesPage::exportTo(ExportFormat format, const QString &path, const QString &reason)
{
    const RegistryDefinition definition = m_model->definition();
    RegistryFilter filter = m_model->filter();
    filter.reason = reason;
    const QString storePath = m_store.path();
    const User user = m_store.user();
    return LongTask::run(
        this, tr("Exporting %1…").arg(definition.title), [=](const LongTask::Progress &progress) {
            // A connection belongs to its thread: the worker opens the store again.
            auto opened = Store::open(storePath);
            if (!opened)
                return opened.error();
            opened.value()->setUser(user);
            RegistryQuery query(*opened.value(), definition, filter);
            Result<qint64> written = Result<qint64>::failure(QString());
            switch (format) {
            case ExportFormat::Xlsx:
                written = XlsxExport::write(query, path, progress);
                break;
            case ExportFormat::Csv:
                written = CsvExport::write(query, path, CsvExport::Encoding::Utf8Bom, progress);
                break;
            case ExportFormat::CsvGb18030:
                written = CsvExport::write(query, path, CsvExport::Encoding::Gb18030, progress);
                break;
            case ExportFormat::Pdf:
                written = RegistryPrinter::writePdf(query, path, progress);
                break;
            }
            return written ? QString() : written.error();
        });
}

void RegistriesPage::exportAs(ExportFormat format)
{
    const RegistryDefinition &d = m_model->definition();
    QString suffix = u"csv"_s;
    QString filter = tr("CSV files (*.csv)");
    if (format == ExportFormat::Xlsx) {
        suffix = u"xlsx"_s;
        filter = tr("Excel workbooks (*.xlsx)");
    } else if (format == ExportFormat::Pdf) {
        suffix = u"pdf"_s;
        filter = tr("PDF files (*.pdf)");
    }
    const QString suggested = QDir::home().filePath(
        u"%1_%2.%3"_s.arg(d.title, QDate::currentDate().toString(u"yyyyMMdd"_s), suffix));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export %1").arg(d.title), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    const auto reason = askReason();
    if (!reason)
        return;
    const QString message = exportTo(format, path, *reason);
    if (!message.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), message);
        return;
    }
    m_count->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    FormParts::showExported(this, path);
}

std::optional<QString> RegistriesPage::askReason()
{
    if (!m_model->filter().fullData)
        return QString();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Full data"),
        tr("The ID numbers and phones leave the program in full. Why (for whom, for what)? The "
           "reason is kept in the audit log with your name."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

void RegistriesPage::printPreview()
{
    const auto reason = askReason();
    if (!reason)
        return;
    QPrinter printer(QPrinter::HighResolution);
    RegistryPrinter::setUpPage(printer, m_model->definition());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(u"registryPrintPreviewDialog"_s);
    dialog.resize(1000, 700);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &reason](QPrinter *target) {
        RegistryFilter filter = m_model->filter();
        filter.reason = *reason;
        RegistryQuery query(m_store, m_model->definition(), filter);
        if (auto printed = RegistryPrinter::print(query, *target); !printed)
            QMessageBox::warning(this, tr("Print"), printed.error());
    });
    dialog.exec();
}
