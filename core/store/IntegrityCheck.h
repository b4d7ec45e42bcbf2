#pragma once

#include <QCoreApplication>
#include <QStringList>

class Store;

// Checks that the store is sound: SQLite's own integrity and foreign-key checks, the search
// index against the persons it indexes, and the schema version. Returns the problems found,
// one sentence each; empty when all is well.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    static QStringList run(Store &store);
};
