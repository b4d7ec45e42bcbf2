#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

class Store;

// Persons known to several townships (多地登记人员): at the county, an ID number that two or
// more townships keep, each as a person row of its own (DESIGN: "One person, two townships").
// Lists them a page of ID numbers at a time, each with every township's row, and gives each
// township concerned a verification task naming the others.
class KnownToSeveralUnits
{
    Q_DECLARE_TR_FUNCTIONS(KnownToSeveralUnits)

public:
    // One township's row of an ID number.
    struct Row
    {
        qint64 position = 0; // of the ID number in the whole list; the same on each of its rows
        QString idNumber; // masked unless full data was asked for
        QString township; // the unit code
        QString townshipName;
        QString personId;
        QString name;
        QString phone; // masked with the ID number
        QString village;
        QString measureKind; // the latest control measure's; empty when there was none
        QDate measureStartedOn;
        bool measureReleased = false;
    };

    struct Count
    {
        qint64 idNumbers = 0;
        qint64 rows = 0; // township rows of those ID numbers
    };

    struct Sent
    {
        int made = 0;
        int alreadySent = 0; // townships given a task for the ID number today already
        QString message; // both counts, for the clerk
    };

    explicit KnownToSeveralUnits(Store &store)
        : m_store(store)
    { }

    Count count() const;
    // offset and limit count ID numbers; the rows come by ID number, then township code.
    QList<Row> list(qint64 offset = 0, int limit = 200, bool fullData = false) const;

    // Gives each township that keeps idNumber a task due on dueOn, in one transaction. A
    // township already given one for this ID number today is not given another.
    Result<Sent> sendTasks(
        const QString &idNumber, QDate dueOn, QDate today = QDate::currentDate());
    // The same for every ID number listed, in one transaction.
    Result<Sent> sendAllTasks(QDate dueOn, QDate today = QDate::currentDate());

    // Notes the ID numbers of the persons in schema (an attached bundle) that another township
    // keeps too: called by the import, inside its transaction.
    static Result<void> notice(Store &store, const QString &schema);

    // The statements behind count() and list(), for a test of their query plans.
    static QString countSql();
    static QString pageSql();

private:
    Result<void> send(const QList<Row> &rows, QDate dueOn, QDate today,
        const QSet<QString> &givenToday, Sent &sent);

    Store &m_store;
};
