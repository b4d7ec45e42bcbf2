#pragma once

#include "Result.h"

#include <QString>

class Store;

// The installation's own settings, kept in the store and never synced: instance id, and the unit
// (township or county) it serves, made by the first-run setup.
class InstanceSettings
{
public:
    enum class UnitLevel { County, Township };

    static InstanceSettings load(Store &store);
    Result<void> save(Store &store) const;

    bool isSetUp() const { return !instanceId.isEmpty() && !unitCode.isEmpty(); }

    QString instanceId;
    QString unitCode;
    QString unitName;
    UnitLevel unitLevel = UnitLevel::Township;
    QString createdAt;
    // Made by the demo with synthetic people: only such a store takes demo data.
    bool createdAsDemo = false;
};
