#pragma once

#include "people/HouseholdRepository.h"
#include "people/Person.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class ReadingOverlay;
class Store;
class StoreReader;

// Households of a village, paged through as the list scrolls and filtered by whether the current
// screening has visited them: pick one to see its members and its screening visits; add
// households, members and visits. Reads on a worker (the list counts and pages a village's
// households with their visits); writes on the window's connection, and then reads again.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdsPage(Store &store, QWidget *parent = nullptr);

    // Reads the villages, the list and the chosen household again; before the page was first
    // shown, its first showing does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;
    // Shows the household, switching to its village.
    void showHousehold(const QString &householdId);
    // Lists the village's households that no visit since `since` reached.
    void showUnvisited(const QString &villageId, QDate since);

signals:
    void personsChanged();

private:
    // Reads the villages and the list and chooses select in it; or, given locate, the list of
    // that household's village and address, choosing it.
    void loadHouseholds(const QString &select = {}, const QString &locate = {});
    // Reads the next page of the list, if there is one.
    void fetchMore();
    void append(const QList<HouseholdRepository::Row> &rows);
    HouseholdRepository::Filter filter() const;
    // Reads the chosen household's members and visits.
    void showCurrent();
    void showChosen(
        const Household &h, const QList<Person> &members, const QList<ScreeningVisit> &visits);
    QString currentHouseholdId() const;

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    // What the first showing reads (see loadHouseholds).
    QString m_select;
    QString m_locate;
    // The village of the list: chosen before the villages are read, when asked for a household.
    QString m_villageId;
    // The filter of the list shown, for its next pages.
    HouseholdRepository::Filter m_listed;
    // Counts the lists shown, so that a page read for the one before is dropped.
    quint64 m_lists = 0;
    bool m_fetching = false;
    // The chosen household as last read; empty while it is read.
    Household m_household;
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
    ReadingOverlay *m_listCover;
    ReadingOverlay *m_householdCover;
    QPushButton *m_edit;
    QPushButton *m_addMember;
    QPushButton *m_addVisit;
    QPushButton *m_setHead;
    QPushButton *m_split;
    QPushButton *m_merge;
};
