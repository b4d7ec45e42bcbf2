#pragma once

#include <QCoreApplication>

class QWidget;
class Store;

// Makes a demo township in a new store, for `township-ledger --demo`: asks how many persons, and
// generates them behind a progress dialog. The store is marked as a demo (see DemoTownship), so
// that demo data never goes into a store set up for a real unit.
class DemoTownshipSetup
{
    Q_DECLARE_TR_FUNCTIONS(DemoTownshipSetup)

public:
    // False when the clerk cancelled or the demo could not be made (then a message was shown).
    // The demo is written on a worker's connection: open the store again afterwards, so that its
    // settings and clock are read past the demo's rows.
    static bool run(QWidget *parent, Store &store);
};
