#pragma once

#include "people/HouseholdRepository.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class Store;

// Households of a village, paged through as the list scrolls and filtered by whether the current
// screening has visited them: pick one to see its members and its screening visits; add
// households, members and visits.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdsPage(Store &store, QWidget *parent = nullptr);

    void reload();
    // Shows the household, switching to its village.
    void showHousehold(const QString &householdId);
    // Lists the village's households that no visit since `since` reached.
    void showUnvisited(const QString &villageId, QDate since);

signals:
    void personsChanged();

private:
    void loadHouseholds(const QString &select = {});
    // Appends the next page of the list; returns false when there is none.
    bool fetchMore();
    HouseholdRepository::Filter filter() const;
    void showCurrent();
    QString currentHouseholdId() const;

    Store &m_store;
    QComboBox *m_village;
    QLineEdit *m_addressFilter;
    QComboBox *m_visits;
    QDate m_visitedSince;
    qint64 m_total = 0;
    QListWidget *m_households;
    QLabel *m_listNote;
    QLabel *m_title;
    QTableWidget *m_members;
    QTableWidget *m_visitList;
    QPushButton *m_edit;
    QPushButton *m_addMember;
    QPushButton *m_addVisit;
    QPushButton *m_setHead;
    QPushButton *m_split;
    QPushButton *m_merge;
};
