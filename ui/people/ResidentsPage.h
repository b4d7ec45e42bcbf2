#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class ResidentsModel;
class Store;

// The residents list: search as you type over name, ID number and phone, filter by village and
// category, sort by column; add, edit and delete residents, and open a resident's household.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentsPage(Store &store, QWidget *parent = nullptr);

    ResidentsModel *model() const { return m_model; }
    void reload();
    void addPerson();
    void editPerson();
    void deletePerson();

signals:
    void householdRequested(const QString &householdId);

private:
    void applyFilter();
    void updateCount();
    void updateButtons();
    QString currentPersonId() const;

    Store &m_store;
    ResidentsModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_village;
    QComboBox *m_category;
    QCheckBox *m_showRemoved;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_household;
    QTimer *m_searchDelay;
};
