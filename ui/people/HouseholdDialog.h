#pragma once

#include "people/Household.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class Store;

// Adds or edits a household: address, where it lies (village, group or grid), phone and type.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdDialog(Store &store, const Household &household, QWidget *parent = nullptr);
    QString householdId() const { return m_household.id; }
    void accept() override;

    // Villages, then their groups, then their grids, so a clerk can file a household where it
    // lies (data: the region id).
    static void fillRegions(QComboBox *combo, Store &store);

private:
    Store &m_store;
    Household m_household;
    QLineEdit *m_address;
    QComboBox *m_region;
    QLineEdit *m_phone;
    QComboBox *m_type;
    QLabel *m_message;
};
