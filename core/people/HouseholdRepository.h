#pragma once

#include "Household.h"
#include "ScreeningVisit.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class Store;

// Reads and writes households and their screening visits.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)

public:
    explicit HouseholdRepository(Store &store) : m_store(store) { }

    Result<QString> add(const Household &household);
    Result<void> update(const Household &household);
    Household byId(const QString &id) const;

    // Makes a member the head; the former head, if any, gets formerHeadRelation.
    Result<void> setHead(const QString &householdId, const QString &personId,
        const QString &formerHeadRelation = {});
    // Moves a person into another household of the same township, with their relation to its
    // head; into an empty household, they become its head. A head who leaves leaves their
    // household without a head until the clerk names another.
    Result<void> movePerson(const QString &personId, const QString &toHouseholdId,
        const QString &relation = {});
    // Some members start a household of their own at newHousehold's address: one of them (head)
    // heads it. Returns the new household's id.
    struct Member
    {
        QString personId;
        QString relation;
    };
    Result<QString> split(const QString &householdId, const Household &newHousehold,
        const QString &headPersonId, const QList<Member> &others);
    // Two records of one household become one: the members, visits and needs of `merged` move to
    // `into`, and merged becomes a tombstone naming it.
    Result<void> merge(const QString &mergedId, const QString &intoId);

    // A window onto the households of a region and all regions below it, by village and
    // address; addressText matches the address or the head's name.
    struct Filter
    {
        QString regionId;
        QString addressText;
        enum class Visits { Any, Visited, NotVisited } visits = Visits::Any;
        QDate visitedSince; // the current screening: visits on or after it count
    };
    struct Row
    {
        Household household;
        QString villageName;
        QString headName;
        qint64 members = 0;
        QDate lastVisit;
    };
    Result<qint64> count(const Filter &filter) const;
    Result<QList<Row>> page(const Filter &filter, qint64 offset, int limit) const;

    Result<QString> addVisit(const ScreeningVisit &visit, QDate today = QDate::currentDate());
    // Newest first.
    QList<ScreeningVisit> visits(const QString &householdId) const;

    static const QStringList &householdTypes();
    static QString householdTypeLabel(const QString &type);
    static const QStringList &visitResults();
    static QString visitResultLabel(const QString &result);

private:
    Result<Household> check(const Household &household) const;
    Result<void> moveInto(const QString &personId, const Household &to, const QString &relation);
    QString whereOf(const Filter &filter, QVariantList &values) const;
    Store &m_store;
};
