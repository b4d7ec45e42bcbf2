#pragma once

#include <QWidget>

class KnownToSeveralPanel;
class QComboBox;
class QTableView;
class QTableWidget;
class RiskAreasPanel;
class Store;
class TasksModel;

// At the county: the roll-up per township, the verification tasks given to them with their
// answers, the persons known to several townships, and the risk-area list sent down.
class CountyPage : public QWidget
{
    Q_OBJECT

public:
    explicit CountyPage(Store &store, QWidget *parent = nullptr);
    void reload();

private:
    // The roll-up and the tasks, which a task given changes.
    void reloadTownships();
    void giveTask();
    void filterTasks();

    Store &m_store;
    QTableWidget *m_rollup;
    TasksModel *m_tasksModel;
    QComboBox *m_township;
    QTableView *m_tasks;
    KnownToSeveralPanel *m_knownToSeveral;
    RiskAreasPanel *m_riskAreas;
};
