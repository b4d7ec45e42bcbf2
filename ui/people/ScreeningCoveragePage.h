#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;
class Store;

// Door-to-door screening coverage per village: households visited since a date, out of all; a
// village opens onto its households not yet visited.
class ScreeningCoveragePage : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningCoveragePage(Store &store, QWidget *parent = nullptr);
    void reload();

signals:
    // The clerk asked for the village's households that the screening has not reached.
    void unvisitedRequested(const QString &villageId, QDate since);

private:
    Store &m_store;
    QDateEdit *m_since;
    QTableWidget *m_table;
    QLabel *m_total;
};
