#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Store;

// Rolling copies of the store in the folder "backups" beside it: one before every import and one
// a day, so that a bad import or a damaged disk costs at most a day of entries; and the way back
// to one of them.
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)

public:
    enum class Kind { BeforeImport, Daily, BeforeRestore };

    struct Copy
    {
        QString path;
        Kind kind;
        QDateTime made;
        qint64 bytes = 0;
    };
    // The copies in folder, newest first.
    static QList<Copy> copies(const QString &folder);
    static QString kindLabel(Kind kind);

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

    // Puts the store back as the copy at path holds it. Needs the right to restore. The copy is
    // checked first (SQLite's integrity check, a store of this program's schema, made by this
    // installation), the store as it is now is kept as a copy, and the record of what was sent
    // to and received from each peer stays as it is now, so that no bundle number is used
    // twice. Returns the path of the copy of the store as it was.
    static Result<QString> restore(Store &store, const QString &path);
};
