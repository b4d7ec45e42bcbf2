#include "NeedsPage.h"

#include "NeedDialog.h"
#include "NeedMetDialog.h"
#include "NeedsModel.h"

#include "main/FormParts.h"
#include "main/ReadingOverlay.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The page's reads, each replacing the one before it.
enum Read { VillagesRead, NeedsRead };

} // namespace

NeedsPage::NeedsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
    , m_model(new NeedsModel(m_reader, NeedsRead, this))
{
    setObjectName(u"needsPage"_s);
    m_village = new QComboBox;
    m_village->setObjectName(u"villageFilterComboBox"_s);
    auto *add = new QPushButton(tr("&Record a need"));
    add->setObjectName(u"addNeedButton"_s);
    m_markMet = new QPushButton(tr("&Mark met"));
    m_markMet->setObjectName(u"markMetButton"_s);
    m_count = new QLabel;
    m_count->setObjectName(u"needsCountLabel"_s);

    m_table = new QTableView;
    m_table->setObjectName(u"needsTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    FormParts::fitColumns(m_table, NeedsModel::Detail);
    m_cover = new ReadingOverlay(m_table, u"needsReadingOverlay"_s);
    const int em = fontMetrics().horizontalAdvance(u'0');

    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_markMet);
    bar->addSpacing(em * 2);
    bar->addWidget(new QLabel(tr("Village")));
    bar->addWidget(m_village);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(add, &QPushButton::clicked, this, &NeedsPage::addNeed);
    connect(m_markMet, &QPushButton::clicked, this, &NeedsPage::markMet);
    connect(m_table, &QTableView::activated, this, &NeedsPage::markMet);
    connect(m_village, &QComboBox::currentIndexChanged, this, &NeedsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NeedsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &NeedsPage::updateButtons);
    connect(m_model, &NeedsModel::loaded, this, &NeedsPage::needsRead);
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool NeedsPage::isReading() const
{
    return m_reader->isReading();
}

void NeedsPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    // Both at once: the needs are filtered by the village chosen, not by the villages read.
    m_reader->read<QList<Region>>(
        VillagesRead,
        [](Store &store) -> Result<QList<Region>> { return RegionRepository(store).villages(); },
        [this](const Result<QList<Region>> &villages) {
            // Why the store cannot be read shows over the list, from the needs' own read.
            if (!villages)
                return;
            const QString village = m_village->currentData().toString();
            FormParts::refillVillageFilter(m_village, villages.value());
            // The village chosen is gone: the list shows all villages instead.
            if (m_village->currentData().toString() != village)
                applyFilter();
        });
    applyFilter();
}

void NeedsPage::applyFilter()
{
    m_cover->reading();
    m_count->setText(tr("Reading…"));
    m_model->setVillage(m_village->currentData().toString());
}

void NeedsPage::needsRead(const QString &problem)
{
    if (problem.isEmpty())
        m_cover->clear();
    else
        m_cover->fail(problem);
    m_count->setText(tr("%n need(s)", nullptr, m_model->totalCount()));
    if (!m_select.isEmpty()) {
        const QModelIndex index = m_model->indexOf(m_select);
        if (index.isValid())
            m_table->setCurrentIndex(index);
        m_select.clear();
    }
}

void NeedsPage::updateButtons()
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    m_markMet->setEnabled(row && !row->record.isMet());
}

void NeedsPage::addNeed()
{
    NeedDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_select = dialog.needId();
    applyFilter();
}

void NeedsPage::markMet()
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    if (!row || row->record.isMet())
        return;
    NeedMetDialog dialog(m_store, *row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyFilter();
}
