#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>

class Store;

// The first-run setup of an installation: instance id, unit, and (for a township) its villages.
class UnitSetup
{
    Q_DECLARE_TR_FUNCTIONS(UnitSetup)

public:
    struct Village
    {
        QString code;
        QString name;
    };

    // Reads a village list as clerks type or paste it, one village a line: "name", "code name",
    // "name code", or two cells copied from Excel. Villages given without a code get the next free
    // code under the township.
    static Result<QList<Village>> parseVillageList(const QString &text, const QString &townshipCode);

    // Sets up the township and its villages in one transaction; refuses a store already set up.
    static Result<void> setUpTownship(Store &store, const QString &code, const QString &name,
                                      const QList<Village> &villages);
    // Sets up a county installation: it has no villages of its own; its townships' regions
    // arrive with their bundles.
    static Result<void> setUpCounty(Store &store, const QString &code, const QString &name);
    // Sets up another installation of a township already set up elsewhere, such as a laptop at a
    // checkpoint: the unit only, since the township's regions and records arrive with the first
    // full bundle from its office.
    static Result<void> joinTownship(Store &store, const QString &code, const QString &name);
};
