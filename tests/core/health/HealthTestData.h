#pragma once

#include "TestSupport.h"

#include "people/PersonRepository.h"
#include "store/SyncedRows.h"
#include "store/Transaction.h"

#include <catch2/catch.hpp>

// A person of the given village, added to the store; returns the id.
inline QString addPerson(TownshipStore &t, const QString &name, int village, int sequence,
                         const QString &householdId = {})
{
    Person p;
    p.name = name;
    p.regionId = t.villageId(village);
    p.householdId = householdId;
    p.idNumber = syntheticIdNumber(QStringLiteral("19800101"), sequence);
    auto id = PersonRepository(*t.store).add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// A home-monitoring measure, written as the measures area would.
inline void addMeasure(TownshipStore &t, const QString &personId, const QString &startedOn,
                       const QString &plannedEndOn, const QString &releasedOn = {})
{
    Transaction txn(*t.store);
    auto r = SyncedRows::insert(*t.store, QStringLiteral("control_measures"),
                                { { QStringLiteral("person_id"), personId },
                                  { QStringLiteral("kind"), QStringLiteral("home_monitoring") },
                                  { QStringLiteral("started_on"), startedOn },
                                  { QStringLiteral("planned_end_on"), plannedEndOn },
                                  { QStringLiteral("released_on"),
                                    releasedOn.isNull() ? QStringLiteral("") : releasedOn } });
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    REQUIRE(txn.commit().ok());
}
