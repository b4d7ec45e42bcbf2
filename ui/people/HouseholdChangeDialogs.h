#pragma once

#include "people/Household.h"

#include <QDialog>

class HouseholdPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class Store;

// Some members of a household start one of their own: which members, who heads it, how each of
// the others is related to the new head, and the new address.
class HouseholdSplitDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdSplitDialog(Store &store, const Household &household, QWidget *parent = nullptr);
    QString newHouseholdId() const { return m_newId; }
    void accept() override;

private:
    Store &m_store;
    Household m_household;
    QTableWidget *m_members; // column 0 checkable (moves), 1 relation to the new head
    QComboBox *m_head;
    QLineEdit *m_address;
    QComboBox *m_region;
    QLabel *m_message;
    QString m_newId;
};

// Two records of one household become one: this one merges into the household picked.
class HouseholdMergeDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdMergeDialog(Store &store, const Household &household, QWidget *parent = nullptr);
    QString intoHouseholdId() const;
    void accept() override;

private:
    Store &m_store;
    Household m_household;
    HouseholdPicker *m_into;
    QLabel *m_message;
};
