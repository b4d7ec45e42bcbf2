#pragma once

#include <QWidget>

class NeedsModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class Store;

// The special-needs register (特殊人群需求台账): open needs first, met ones greyed; records a
// need of a special-group person or a household, and marks a need met.
class NeedsPage : public QWidget
{
    Q_OBJECT

public:
    explicit NeedsPage(Store &store, QWidget *parent = nullptr);

    NeedsModel *model() const { return m_model; }
    void reload();
    void addNeed();
    void markMet();

private:
    void applyFilter();
    void updateButtons();

    Store &m_store;
    NeedsModel *m_model;
    QComboBox *m_village;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_markMet;
};
