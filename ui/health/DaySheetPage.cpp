#include "DaySheetPage.h"

#include "DaySheetModel.h"
#include "TemperatureDelegate.h"

#include "health/HealthCheck.h"
#include "main/FormParts.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DaySheetPage::DaySheetPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new DaySheetModel(store, this))
{
    setObjectName(u"daySheetPage"_s);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(u"daySheetDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(FormParts::dayFormat());
    m_date->setMaximumDate(QDate::currentDate());
    m_village = new QComboBox;
    m_village->setObjectName(u"daySheetVillageComboBox"_s);

    m_table = new QTableView;
    m_table->setObjectName(u"daySheetTableView"_s);
    m_table->setModel(m_model);
    auto *delegate = new TemperatureDelegate(m_table);
    m_table->setItemDelegateForColumn(DaySheetModel::Morning, delegate);
    m_table->setItemDelegateForColumn(DaySheetModel::Afternoon, delegate);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::DoubleClicked);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    FormParts::fitColumns(m_table, DaySheetModel::Symptoms);

    m_message = FormParts::messageLabel();
    m_summary = new QLabel;
    m_summary->setObjectName(u"daySheetSummaryLabel"_s);
    m_fevers = new QListWidget;
    m_fevers->setObjectName(u"daySheetFeverList"_s);
    m_fevers->setMaximumWidth(260);
    m_missing = new QListWidget;
    m_missing->setObjectName(u"daySheetMissingList"_s);
    m_missing->setMaximumWidth(260);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Date")));
    top->addWidget(m_date);
    top->addWidget(new QLabel(tr("Village")));
    top->addWidget(m_village);
    top->addStretch();
    top->addWidget(m_summary);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Fevers")));
    side->addWidget(m_fevers);
    side->addWidget(new QLabel(tr("Checks missing")));
    side->addWidget(m_missing);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);

    connect(m_date, &QDateEdit::dateChanged, this, &DaySheetPage::reload);
    connect(m_village, &QComboBox::currentIndexChanged, this, &DaySheetPage::reload);
    connect(delegate, &TemperatureDelegate::enterPressed, this, &DaySheetPage::saveAndMoveOn);
    connect(m_model, &DaySheetModel::sheetChanged, this, &DaySheetPage::updateSummary);
    reload();
}

void DaySheetPage::reload()
{
    m_message->clear();
    FormParts::refillVillageFilter(m_village, m_store);
    m_model->load(m_date->date(), m_village->currentData().toString());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, DaySheetModel::Morning));
}

void DaySheetPage::saveAndMoveOn(QWidget *editor)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    const QModelIndex current = m_table->currentIndex();
    if (!line || !current.isValid())
        return;
    if (!m_model->setData(current, line->text())) {
        m_message->setText(m_model->lastError());
        line->selectAll();
        return;
    }
    m_message->clear();
    QModelIndex next = m_model->index(current.row() + 1, current.column());
    if (!next.isValid() && current.column() == DaySheetModel::Morning)
        next = m_model->index(0, DaySheetModel::Afternoon);
    // Closing first: the view opens no second editor while one is open.
    static_cast<TemperatureDelegate *>(m_table->itemDelegateForColumn(current.column()))->close(editor);
    if (next.isValid()) {
        m_table->setCurrentIndex(next);
        m_table->edit(next);
    }
}

void DaySheetPage::updateSummary()
{
    const DaySheet &sheet = m_model->sheet();
    const auto fevers = sheet.fevers();
    m_fevers->clear();
    for (const DaySheet::Slot &s : fevers) {
        const DaySheet::Entry &e = sheet.entries().at(s.entry);
        auto *item = new QListWidgetItem(tr("%1 (%2), %3: %4 ℃")
                                                 .arg(e.name, e.villageName,
                                                      HealthCheck::periodLabel(s.period),
                                                      QString::number(*e.reading(s.period).temperature, 'f', 1)));
        item->setForeground(Qt::red);
        item->setData(Qt::UserRole, e.personId);
        m_fevers->addItem(item);
    }
    const auto missing = sheet.missing();
    m_missing->clear();
    for (const DaySheet::Slot &s : missing) {
        const DaySheet::Entry &e = sheet.entries().at(s.entry);
        auto *item = new QListWidgetItem(tr("%1 (%2), %3")
                                                 .arg(e.name, e.villageName, HealthCheck::periodLabel(s.period)));
        item->setData(Qt::UserRole, e.personId);
        m_missing->addItem(item);
    }
    m_summary->setText(tr("%1 persons under measures, %2 fevers, %3 checks missing (fever from %4 ℃)")
                               .arg(sheet.entries().size())
                               .arg(fevers.size())
                               .arg(missing.size())
                               .arg(QString::number(sheet.feverThreshold(), 'f', 1)));
}
