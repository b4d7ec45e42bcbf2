#include "MeasuresPage.h"

#include "CadreLoadModel.h"
#include "CadresDialog.h"
#include "IsolationSitesDialog.h"
#include "MeasureDialog.h"
#include "MeasuresModel.h"
#include "ReleaseDialog.h"
#include "SiteOccupancyModel.h"

#include "main/FormParts.h"
#include "main/ReadingOverlay.h"
#include "measures/ControlMeasure.h"
#include "measures/IsolationSiteRepository.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The page's reads, each replacing the one before it.
enum Read { MorningRead, RunningRead };

// What the page reads besides the running list, all short.
struct Morning
{
    QDate today;
    QList<Region> villages;
    QList<MeasureRepository::Row> due;
    QList<MeasureRepository::Row> overdue;
    QList<IsolationSiteRepository::Occupancy> sites;
    QList<MeasureRepository::CadreLoad> cadres;
};

} // namespace

MeasuresPage::MeasuresPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
    , m_running(new MeasuresModel(store, MeasuresModel::List::Running, this))
    , m_due(new MeasuresModel(store, MeasuresModel::List::DueToday, this))
    , m_overdue(new MeasuresModel(store, MeasuresModel::List::Overdue, this))
    , m_sites(new SiteOccupancyModel(this))
    , m_cadres(new CadreLoadModel(this))
{
    setObjectName(u"measuresPage"_s);
    auto *add = new QPushButton(tr("&New measure"));
    add->setObjectName(u"newMeasureButton"_s);
    m_release = new QPushButton(tr("&Release"));
    m_release->setObjectName(u"releaseButton"_s);
    m_editCadres = new QPushButton(tr("Responsible &cadres"));
    m_editCadres->setObjectName(u"editCadresButton"_s);
    auto *sites = new QPushButton(tr("Isolation &sites"));
    sites->setObjectName(u"manageSitesButton"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"measuresSummaryLabel"_s);

    m_village = new QComboBox;
    m_village->setObjectName(u"villageFilterComboBox"_s);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kindFilterComboBox"_s);
    m_kind->addItem(tr("All measures"), QString());
    for (const QString &kind : ControlMeasure::kinds())
        m_kind->addItem(ControlMeasure::kindLabel(kind), kind);
    m_count = new QLabel;
    m_count->setObjectName(u"runningCountLabel"_s);

    m_runningTable = makeTable(u"measuresTableView"_s);
    m_runningTable->setModel(m_running);
    m_dueTable = makeTable(u"dueTableView"_s);
    m_dueTable->setModel(m_due);
    m_overdueTable = makeTable(u"overdueTableView"_s);
    m_overdueTable->setModel(m_overdue);
    m_sitesTable = makeTable(u"siteOccupancyTableView"_s);
    m_sitesTable->setModel(m_sites);
    m_cadresTable = makeTable(u"cadresTableView"_s);
    m_cadresTable->setModel(m_cadres);
    for (QTableView *table : { m_runningTable, m_dueTable, m_overdueTable })
        FormParts::fitColumns(table, MeasuresModel::Site);
    FormParts::fitColumns(m_sitesTable, SiteOccupancyModel::Address);
    FormParts::fitColumns(m_cadresTable);
    m_runningCover = new ReadingOverlay(m_runningTable, u"measuresReadingOverlay"_s);
    m_morningCovers = { new ReadingOverlay(m_dueTable, u"dueReadingOverlay"_s),
        new ReadingOverlay(m_overdueTable, u"overdueReadingOverlay"_s),
        new ReadingOverlay(m_sitesTable, u"siteOccupancyReadingOverlay"_s),
        new ReadingOverlay(m_cadresTable, u"cadresReadingOverlay"_s) };
    m_running->readWith(
        m_reader, RunningRead, [this](const QString &problem) { runningRead(problem); });

    auto *runningTab = new QWidget;
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Village")));
    filters->addWidget(m_village, 1);
    filters->addWidget(new QLabel(tr("Measure")));
    filters->addWidget(m_kind, 1);
    filters->addStretch(2);
    filters->addWidget(m_count);
    auto *runningLayout = new QVBoxLayout(runningTab);
    runningLayout->addLayout(filters);
    runningLayout->addWidget(m_runningTable);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"measuresTabWidget"_s);
    m_tabs->addTab(runningTab, {});
    m_tabs->addTab(m_dueTable, {});
    m_tabs->addTab(m_overdueTable, {});
    m_tabs->addTab(m_sitesTable, {});
    m_tabs->addTab(m_cadresTable, {});

    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_release);
    actions->addWidget(m_editCadres);
    actions->addWidget(sites);
    actions->addStretch();
    actions->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_tabs);

    connect(add, &QPushButton::clicked, this, &MeasuresPage::newMeasure);
    connect(m_release, &QPushButton::clicked, this, &MeasuresPage::releaseMeasure);
    connect(m_editCadres, &QPushButton::clicked, this, &MeasuresPage::editCadres);
    connect(sites, &QPushButton::clicked, this, &MeasuresPage::manageSites);
    connect(m_village, &QComboBox::currentIndexChanged, this, &MeasuresPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeasuresPage::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MeasuresPage::updateButtons);
    for (QTableView *table : { m_runningTable, m_dueTable, m_overdueTable, m_cadresTable }) {
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeasuresPage::updateButtons);
        connect(
            table->model(), &QAbstractItemModel::modelReset, this, &MeasuresPage::updateButtons);
    }
    for (MeasuresModel *model : { m_running, m_due, m_overdue }) {
        connect(model, &MeasuresModel::writeFailed, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Checklist"), message);
        });
    }
    updateTitles();
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool MeasuresPage::isReading() const
{
    return m_reader->isReading();
}

QTableView *MeasuresPage::makeTable(const QString &objectName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

void MeasuresPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    // Both at once: the running list is filtered by the village chosen, not by the villages read.
    readMorning();
    applyFilter();
}

void MeasuresPage::readMorning()
{
    for (ReadingOverlay *cover : std::as_const(m_morningCovers))
        cover->reading();
    m_reader->read<Morning>(
        MorningRead,
        [today = QDate::currentDate()](Store &store) -> Result<Morning> {
            const MeasureRepository measures(store);
            return Morning { today, RegionRepository(store).villages(),
                measures.dueForRelease(today), measures.overdue(today),
                IsolationSiteRepository(store).occupancies(), measures.cadreLoads() };
        },
        [this](const Result<Morning> &morning) {
            for (ReadingOverlay *cover : std::as_const(m_morningCovers))
                cover->finish(morning);
            if (!morning)
                return;
            const QString village = m_village->currentData().toString();
            FormParts::refillVillageFilter(m_village, morning->villages);
            m_due->show(morning->due, morning->today);
            m_overdue->show(morning->overdue, morning->today);
            m_sites->show(morning->sites);
            m_cadres->show(morning->cadres);
            // The village chosen is gone: the running list shows all villages instead.
            if (m_village->currentData().toString() != village)
                applyFilter();
            updateTitles();
        });
}

void MeasuresPage::applyFilter()
{
    m_runningCover->reading();
    m_running->setFilter({ m_village->currentData().toString(), m_kind->currentData().toString() });
    updateTitles();
}

void MeasuresPage::runningRead(const QString &problem)
{
    if (problem.isEmpty())
        m_runningCover->clear();
    else
        m_runningCover->fail(problem);
    if (!m_select.isEmpty()) {
        const QModelIndex index = m_running->indexOf(m_select);
        if (index.isValid())
            m_runningTable->setCurrentIndex(index);
        m_select.clear();
    }
    updateTitles();
}

void MeasuresPage::updateTitles()
{
    m_count->setText(m_running->isLoading()
            ? tr("Reading…")
            : tr("%n measure(s)", nullptr, m_running->totalCount()));
    m_tabs->setTabText(0, tr("Running"));
    m_tabs->setTabText(1, tr("Due for release today (%1)").arg(m_due->totalCount()));
    m_tabs->setTabText(2, tr("Overdue (%1)").arg(m_overdue->totalCount()));
    m_tabs->setTabText(3, tr("Isolation sites"));
    m_tabs->setTabText(4, tr("Responsible cadres"));
    // Overdue means someone forgot a release: the tab title says so in red.
    m_tabs->tabBar()->setTabTextColor(
        2, m_overdue->totalCount() > 0 ? FormParts::problemColor() : palette().windowText().color());
    // The sites are not known yet: no warning about them.
    if (m_reader->isReading(MorningRead)) {
        m_summary->setText(tr("Reading…"));
        m_summary->setStyleSheet(QString());
        return;
    }
    int full = 0;
    bool standby = false;
    for (int row = 0; row < m_sites->rowCount(); ++row) {
        const auto *site = m_sites->recordAt(m_sites->index(row, 0));
        if (site->site.status != "closed"_L1 && site->isFull())
            ++full;
        standby = standby || site->site.status == "standby"_L1;
    }
    QString summary = tr("Today %1: %2 due for release, %3 overdue, %4 full isolation site(s).")
                              .arg(FormParts::dayText(QDate::currentDate()))
                              .arg(m_due->totalCount())
                              .arg(m_overdue->totalCount())
                              .arg(full);
    // Sites are kept one in use, one standby (一用一备): a missing standby site is a gap to close.
    if (!standby)
        summary = tr("%1 No isolation site is on standby.").arg(summary);
    m_summary->setText(summary);
    m_summary->setStyleSheet(standby ? QString() : FormParts::problemStyleSheet());
}

QTableView *MeasuresPage::currentTable() const
{
    switch (m_tabs->currentIndex()) {
    case 0:
        return m_runningTable;
    case 1:
        return m_dueTable;
    case 2:
        return m_overdueTable;
    case 4:
        return m_cadresTable;
    default:
        return nullptr;
    }
}

const MeasureRepository::Row *MeasuresPage::currentRow() const
{
    const QTableView *table = currentTable();
    if (!table)
        return nullptr;
    if (table == m_cadresTable)
        return m_cadres->recordAt(table->currentIndex());
    return static_cast<MeasuresModel *>(table->model())->recordAt(table->currentIndex());
}

void MeasuresPage::updateButtons()
{
    const bool chosen = currentRow();
    m_release->setEnabled(chosen);
    m_editCadres->setEnabled(chosen);
}

void MeasuresPage::newMeasure()
{
    MeasureDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tabs->setCurrentIndex(0);
    m_select = dialog.measureId();
    reload();
}

void MeasuresPage::releaseMeasure()
{
    const MeasureRepository::Row *row = currentRow();
    if (!row)
        return;
    ReleaseDialog dialog(m_store, *row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
}

void MeasuresPage::editCadres()
{
    const MeasureRepository::Row *row = currentRow();
    if (!row)
        return;
    // A read coming back while the dialog is open replaces the row.
    const QString measureId = row->measure.id;
    CadresDialog dialog(m_store, *row, this);
    dialog.exec();
    // Every change in the dialog is saved at once, so there is something to show even on Close.
    if (m_tabs->currentIndex() == 0)
        m_select = measureId;
    reload();
}

void MeasuresPage::manageSites()
{
    IsolationSitesDialog dialog(m_store, this);
    dialog.exec();
    reload();
}
