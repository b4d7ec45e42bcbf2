#pragma once

#include <QWidget>

class DaySheetModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableView;
class Store;

// 一天两测: the day sheet of persons under a measure, filled in by keyboard from the paper list.
// Typing in a temperature cell opens it; Enter saves the value and opens the same column's cell
// on the next row, so a clerk enters the whole morning round down the list, then the afternoon
// round (after the last row of the morning column comes the first of the afternoon column), as the
// paper lists come back one round at a time. A refused value stays in the editor, with the reason
// in the line under the table.
class DaySheetPage : public QWidget
{
    Q_OBJECT

public:
    explicit DaySheetPage(Store &store, QWidget *parent = nullptr);

    DaySheetModel *model() const { return m_model; }

public slots:
    void reload();

private:
    void saveAndMoveOn(QWidget *editor);
    void updateSummary();

    Store &m_store;
    DaySheetModel *m_model;
    QDateEdit *m_date;
    QComboBox *m_village;
    QTableView *m_table;
    QLabel *m_message;
    QLabel *m_summary;
    QListWidget *m_fevers;
    QListWidget *m_missing;
};
