#include "TasksPage.h"

#include "RiskAreasPanel.h"
#include "TaskDialogs.h"
#include "TasksModel.h"

#include "main/FormParts.h"

#include "county/VerificationTaskRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TasksPage::TasksPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TasksModel(store, this))
{
    setObjectName(u"tasksPage"_s);
    m_table = FormParts::recordsView(m_model, u"tasksTableView"_s);
    FormParts::fitColumns(m_table, TasksModel::Reason);
    // A township sees its own tasks: the township column says nothing.
    m_table->hideColumn(TasksModel::Township);
    m_record = new QPushButton(tr("&Record the result…"));
    m_record->setObjectName(u"recordResultButton"_s);
    m_count = new QLabel;
    m_count->setObjectName(u"tasksCountLabel"_s);
    m_riskAreas = new RiskAreasPanel(store, false);

    auto *tasks = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_record);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *tasksLayout = new QVBoxLayout(tasks);
    tasksLayout->addLayout(bar);
    tasksLayout->addWidget(m_table);
    auto *tabs = new QTabWidget;
    tabs->addTab(tasks, tr("Verification tasks"));
    tabs->addTab(m_riskAreas, tr("Risk areas"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    connect(m_record, &QPushButton::clicked, this, &TasksPage::recordResult);
    connect(m_table, &QTableView::activated, this, &TasksPage::recordResult);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TasksPage::updateButtons);
    FormParts::loadWhenFirstShown(this, [this] { reload(); });
}

void TasksPage::reload()
{
    m_model->reload();
    m_count->setText(tr("%1 open of %2")
                         .arg(VerificationTaskRepository(m_store).openCount())
                         .arg(m_model->totalCount()));
    m_riskAreas->reload();
    updateButtons();
}

void TasksPage::updateButtons()
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    m_record->setEnabled(row && row->task.isOpen());
}

void TasksPage::recordResult()
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    if (!row || !row->task.isOpen())
        return;
    TaskResultDialog dialog(m_store, row->task, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
