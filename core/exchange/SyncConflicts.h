#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

class Store;

// A row a bundle could not simply settle: edited here and at the peer since the last exchange
// (the newer edit was kept), or clashing with another row here (not stored). Both versions are
// kept whole until a clerk chooses one.
struct SyncConflict
{
    qint64 number = 0;
    QString table;
    QString rowId;
    // both_changed, duplicate, merged (the row, the same record as another one of its unit, was
    // merged into it) or same_slot (a second record of one slot, set aside; rowId is the one kept)
    QString kind;
    QVariantMap local; // empty when the row is not here
    QVariantMap remote;
    bool localDeleted = false;
    bool remoteDeleted = false;
    QString peerUnit;
    QString detectedAt;
    QString resolution; // "", "kept_local", "kept_remote" or "split"

    // The columns whose values differ between the two versions.
    QStringList differences() const;
    // What names the row for a clerk: its name, address or code, whichever it has.
    QString label() const;
};

class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)

public:
    explicit SyncConflicts(Store &store)
        : m_store(store)
    { }

    qint64 openCount() const;
    qint64 count() const;
    // Open conflicts first, oldest first; then the settled ones, newest first.
    QList<SyncConflict> list(int offset, int limit) const;
    SyncConflict byNumber(qint64 number) const;

    // Keeps one version: written as a new change here when it is not what the row holds now, so
    // it also reaches the peer with the next bundle.
    Result<void> keepLocal(qint64 number);
    Result<void> keepRemote(qint64 number);
    // Undoes a merge (kind merged): the merged row lives again with the key values given (the
    // ID number corrected), and what was moved from it moves back; see DuplicateRows.
    Result<void> split(qint64 number, const QVariantMap &newKey);

private:
    Result<void> keep(qint64 number, bool remote);

    Store &m_store;
};
