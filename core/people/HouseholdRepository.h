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
    // Households in a region and all regions below it whose address contains addressText, by
    // address; at most limit of them.
    QList<Household> inRegion(const QString &regionId, const QString &addressText = {},
                              int limit = 500) const;

    Result<QString> addVisit(const ScreeningVisit &visit, QDate today = QDate::currentDate());
    // Newest first.
    QList<ScreeningVisit> visits(const QString &householdId) const;

    static const QStringList &householdTypes();
    static QString householdTypeLabel(const QString &type);
    static const QStringList &visitResults();
    static QString visitResultLabel(const QString &result);

private:
    Result<Household> check(const Household &household) const;
    Store &m_store;
};
