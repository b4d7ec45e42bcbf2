#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class ReadingOverlay;
class ResidentsModel;
class Store;
class StoreReader;

// The residents list: search as you type over name, ID number and phone, filter by village and
// category, sort by column; add, edit and delete residents, and open a resident's household.
// While no one is registered it offers to import a ledger kept before.
// Reads on a worker; writes on the window's connection, and then reads the list again.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentsPage(Store &store, QWidget *parent = nullptr);

    ResidentsModel *model() const { return m_model; }
    // Reads the villages and the list again; before the page was first shown, its first showing
    // does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;
    void addPerson();
    void editPerson();
    void deletePerson();

signals:
    void householdRequested(const QString &householdId);
    // The clerk asks to bring in a ledger kept before (offered while no one is registered).
    void importLedgerRequested();

private:
    void applyFilter();
    // Reads the list again, then chooses the person selectId, or else the row selectRow (the
    // last one if fewer), or else nothing.
    void readAgain(const QString &selectId, int selectRow = -1);
    // The list has been read (problem empty) or could not be.
    void listRead(const QString &problem);
    void updateCount();
    void updateButtons();
    QString currentPersonId() const;

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    // What to choose once the list has been read again (see readAgain).
    QString m_selectId;
    int m_selectRow = -1;
    ResidentsModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_village;
    QComboBox *m_category;
    QCheckBox *m_showRemoved;
    QLabel *m_count;
    QTableView *m_table;
    ReadingOverlay *m_cover;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_household;
    QFrame *m_importHint;
    QTimer *m_searchDelay;
    bool m_mayChange = false;
};
