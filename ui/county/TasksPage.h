#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class RiskAreasPanel;
class Store;
class TasksModel;

// At a township: the county's verification tasks as a to-do list, the result of each recorded
// here (and carried up with the next bundle), and the county's risk-area list.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPage(Store &store, QWidget *parent = nullptr);
    void reload();

private:
    void recordResult();
    void updateButtons();

    Store &m_store;
    TasksModel *m_model;
    QTableView *m_table;
    QPushButton *m_record;
    QLabel *m_count;
    RiskAreasPanel *m_riskAreas;
};
