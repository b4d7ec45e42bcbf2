#include "CountyPage.h"

#include "KnownToSeveralPanel.h"
#include "RiskAreasPanel.h"
#include "TaskDialogs.h"
#include "TasksModel.h"

#include "main/FormParts.h"

#include "county/CountyRollup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CountyPage::CountyPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tasksModel(new TasksModel(store, this))
{
    setObjectName(u"countyPage"_s);
    m_rollup = FormParts::recordsTable(
        { tr("Township"), tr("Persons"), tr("Under measures"), tr("Fevers today"), tr("Samples"),
            tr("Open tasks"), tr("Last bundle"), tr("Received"), tr("Audit trail") },
        u"rollupTable"_s);

    m_township = new QComboBox;
    m_township->setObjectName(u"townshipFilterComboBox"_s);
    auto *give = new QPushButton(tr("&Give a task…"));
    give->setObjectName(u"giveTaskButton"_s);
    m_tasks = FormParts::recordsView(m_tasksModel, u"tasksTableView"_s);
    FormParts::fitColumns(m_tasks, TasksModel::Reason);
    auto *tasks = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->addWidget(give);
    bar->addSpacing(fontMetrics().horizontalAdvance(u'字') * 2);
    bar->addWidget(new QLabel(tr("Township")));
    bar->addWidget(m_township);
    bar->addStretch();
    auto *tasksLayout = new QVBoxLayout(tasks);
    tasksLayout->addLayout(bar);
    tasksLayout->addWidget(m_tasks);

    m_knownToSeveral = new KnownToSeveralPanel(store);
    m_riskAreas = new RiskAreasPanel(store, true);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"countyTabs"_s);
    tabs->addTab(m_rollup, tr("Townships"));
    tabs->addTab(tasks, tr("Verification tasks"));
    tabs->addTab(m_knownToSeveral, tr("Known to several townships"));
    tabs->addTab(m_riskAreas, tr("Risk areas"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Figures as of the last bundle taken in from each township; fevers are "
                      "today's checks at or over the threshold.")));
    layout->addWidget(tabs);

    connect(give, &QPushButton::clicked, this, &CountyPage::giveTask);
    connect(m_township, &QComboBox::currentIndexChanged, this, &CountyPage::filterTasks);
    connect(m_knownToSeveral, &KnownToSeveralPanel::tasksSent, this, &CountyPage::reloadTownships);
    FormParts::loadWhenFirstShown(this, [this] { reload(); });
}

void CountyPage::reload()
{
    reloadTownships();
    m_knownToSeveral->reload();
    m_riskAreas->reload();
}

void CountyPage::reloadTownships()
{
    const QList<CountyRollup::Township> townships
        = CountyRollup::townships(m_store, QDate::currentDate());
    m_rollup->setRowCount(int(townships.size()));
    for (int row = 0; row < townships.size(); ++row) {
        const CountyRollup::Township &t = townships[row];
        const QStringList cells = {
            t.code + u' ' + t.name,
            QString::number(t.persons),
            QString::number(t.underMeasures),
            QString::number(t.fevers),
            QString::number(t.samples),
            QString::number(t.openTasks),
            t.lastBundle > 0 ? QString::number(t.lastBundle) : tr("none yet"),
            QString(t.lastReceivedAt).replace(u'T', u' '),
            !t.auditBreak.isEmpty() ? tr("Broken")
                : t.auditChecked    ? tr("Whole")
                                    : QString(),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0 && c < 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rollup->setItem(row, c, item);
        }
        // A township whose trail broke stands out; the break itself is a hover away.
        if (!t.auditBreak.isEmpty()) {
            QTableWidgetItem *trail = m_rollup->item(row, int(cells.size()) - 1);
            trail->setForeground(FormParts::problemColor());
            trail->setToolTip(t.auditBreak);
        }
    }

    const QString chosen = m_township->currentData().toString();
    const QSignalBlocker quiet(m_township);
    m_township->clear();
    m_township->addItem(tr("All townships"), QString());
    for (const CountyRollup::Township &t : townships)
        m_township->addItem(t.code + u' ' + t.name, t.code);
    m_township->setCurrentIndex(qMax(0, m_township->findData(chosen)));
    filterTasks();
}

void CountyPage::filterTasks()
{
    m_tasksModel->setTownship(m_township->currentData().toString());
}

void CountyPage::giveTask()
{
    TaskDialog dialog(m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadTownships();
}
