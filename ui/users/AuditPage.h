#pragma once

#include <QWidget>

class AuditModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class Store;
class StoreReader;

// The audit trail, for an administrator: who added, changed, removed, imported or exported what,
// filtered by user, by what it was of, by record and by day; whether each installation's chain
// is whole; and the entries shown, exported to xlsx for an inspection. Read on a worker.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Store &store, QWidget *parent = nullptr);
    // Reads the lists of users and tables, the entries and the chain's check again.
    void reload();
    // Writes the entries the filter shows to path; returns the problem, or empty.
    QString exportTo(const QString &path);
    bool isReading() const;

private:
    void search();
    void exportShown();
    void checkChain();

    Store &m_store;
    StoreReader *m_reader;
    AuditModel *m_model;
    QComboBox *m_user;
    QComboBox *m_table;
    QLineEdit *m_record;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_chain;
    QTableView *m_view;
};
