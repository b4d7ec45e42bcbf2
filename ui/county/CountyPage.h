#pragma once

#include <QWidget>

class QComboBox;
class QTableView;
class QTableWidget;
class RiskAreasPanel;
class Store;
class TasksModel;

// At the county: the roll-up per township, the verification tasks given to them with their
// answers, and the risk-area list sent down.
class CountyPage : public QWidget
{
    Q_OBJECT

public:
    explicit CountyPage(Store &store, QWidget *parent = nullptr);
    void reload();

private:
    void giveTask();
    void filterTasks();

    Store &m_store;
    QTableWidget *m_rollup;
    TasksModel *m_tasksModel;
    QComboBox *m_township;
    QTableView *m_tasks;
    RiskAreasPanel *m_riskAreas;
};
