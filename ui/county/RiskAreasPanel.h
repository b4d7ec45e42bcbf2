#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;

// The risk-area list: kept at the county (add, take off), read at a township.
class RiskAreasPanel : public QWidget
{
    Q_OBJECT

public:
    RiskAreasPanel(Store &store, bool editable, QWidget *parent = nullptr);
    void reload();

private:
    void add();
    void lift();

    Store &m_store;
    QTableWidget *m_table;
    QLineEdit *m_name = nullptr;
    QComboBox *m_level = nullptr;
    QPushButton *m_lift = nullptr;
    QLabel *m_message = nullptr;
};
