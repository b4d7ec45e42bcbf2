#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;
class Store;

// Door-to-door screening coverage per village: households visited since a date, out of all.
class ScreeningCoveragePage : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningCoveragePage(Store &store, QWidget *parent = nullptr);
    void reload();

private:
    Store &m_store;
    QDateEdit *m_since;
    QTableWidget *m_table;
    QLabel *m_total;
};
