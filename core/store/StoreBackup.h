#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Store;

// Rolling copies of the store in the folder "backups" beside it: one before every import and one
// a day, so that a bad import or a damaged disk costs at most a day of entries.
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)

public:
    enum class Kind { BeforeImport, Daily };

    static QString folderFor(const QString &storePath);
    // Copies the store into folder (VACUUM INTO: a consistent copy even while the window writes)
    // and returns the copy's path. Daily copies keep the newest 7; copies before an import are
    // pruned by the import once it has committed (keepNewest), so that imports that fail never
    // push out the copy from before the last one that changed the store.
    static Result<QString> make(
        Store &store, Kind kind, const QString &folder, QDate today = QDate::currentDate());
    // Keeps the newest copies of the kind in folder: 3 before imports, 7 days.
    static void keepNewest(const QString &folder, Kind kind);
    // Today's copy of the store at storePath, unless there is one: opens a connection of its own,
    // so that it can run on a worker thread. Returns the copy's path, empty when today's existed.
    static Result<QString> makeDailyIfDue(
        const QString &storePath, QDate today = QDate::currentDate());
};
