#pragma once

#include <QWidget>

class KnownToSeveralModel;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class Store;

// 多地登记人员 at the county: the ID numbers that two or more townships keep, with each
// township's row, and a button that gives each of those townships a verification task for the
// chosen ID number. Reads the list when first shown.
class KnownToSeveralPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KnownToSeveralPanel(Store &store, QWidget *parent = nullptr);
    // Reads the list again; before the panel was first shown, its first showing does.
    void reload();

signals:
    // Tasks were given: the county's task list and roll-up have changed.
    void tasksSent();

private:
    void showLoaded(const QString &problem);
    void sendTasks();
    void updateButtons();

    Store &m_store;
    KnownToSeveralModel *m_model;
    QTableView *m_table;
    QPushButton *m_send;
    QDateEdit *m_due;
    QCheckBox *m_fullData;
    QLabel *m_count;
    QLabel *m_sent;
    QLabel *m_message;
    bool m_shown = false;
};
