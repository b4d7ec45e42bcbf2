#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class Store;

// Households of a village: pick one to see its members and its screening visits; add
// households, members and visits.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdsPage(Store &store, QWidget *parent = nullptr);

    void reload();
    // Shows the household, switching to its village.
    void showHousehold(const QString &householdId);

signals:
    void personsChanged();

private:
    void loadHouseholds(const QString &select = {});
    void showCurrent();
    QString currentHouseholdId() const;

    Store &m_store;
    QComboBox *m_village;
    QLineEdit *m_addressFilter;
    QListWidget *m_households;
    QLabel *m_listNote;
    QLabel *m_title;
    QTableWidget *m_members;
    QTableWidget *m_visits;
    QPushButton *m_edit;
    QPushButton *m_addMember;
    QPushButton *m_addVisit;
};
