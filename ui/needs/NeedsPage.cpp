#include "NeedsPage.h"

#include "NeedDialog.h"
#include "NeedMetDialog.h"
#include "NeedsModel.h"

#include "main/FormParts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NeedsPage::NeedsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new NeedsModel(store, this))
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
    reload();
}

void NeedsPage::reload()
{
    FormParts::refillVillageFilter(m_village, m_store);
    applyFilter();
}

void NeedsPage::applyFilter()
{
    m_model->setVillage(m_village->currentData().toString());
    m_count->setText(tr("%n need(s)", nullptr, m_model->totalCount()));
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
    applyFilter();
    const QModelIndex index = m_model->indexOf(dialog.needId());
    if (index.isValid())
        m_table->setCurrentIndex(index);
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
