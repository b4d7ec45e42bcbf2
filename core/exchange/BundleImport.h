#pragma once

#include "BundleManifest.h"
#include "SyncMerge.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class InstanceKeys;
class Store;

// Takes a bundle in: checks everything before touching the store (zip entry names and sizes,
// the manifest's format and signature, the producer's key against the trusted ones, the
// recipient, the sequence, the payload's SHA-256 and decryption), then merges in one
// transaction. Any refusal, cancel or crash leaves the store as it was.
class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(BundleImport)

public:
    // Limits that keep a hostile or broken file from filling the disk or memory.
    static constexpr qint64 ManifestLimit = 1 << 20;
    static constexpr qint64 PayloadLimit = qint64(8) << 30;
    // The page cache of the merge, in kB: bounded, whatever the size of the county.
    static constexpr int MergeCacheKilobytes = 256 * 1024;
    // The first store version whose rows say which unit owns them (see Ownership).
    static constexpr int FirstOwnedSchema = 8;

    struct Options
    {
        // Trusts a producer not yet known, when its key's fingerprint is this one (confirmed
        // with the producer by phone, say).
        QString confirmedFingerprint;
        // Imports although earlier bundles from the producer are missing.
        bool acceptGap = false;
        // Where the store is copied before the merge; none when empty.
        QString backupFolder;
        // Called before each step; false cancels.
        std::function<bool(const QString &step)> progress;
    };

    struct Report
    {
        BundleManifest manifest;
        QList<TableReport> tables;
        QString warning;
        qint64 inserted() const;
        qint64 updated() const;
        qint64 unchanged() const;
        qint64 conflicts() const; // every kind the conflicts list shows
    };

    // Reads the manifest and checks it against the key it names, without looking at trust:
    // what a clerk is shown before confirming a new producer.
    static Result<BundleManifest> inspect(const QString &file);
    static Result<Report> run(
        Store &store, const InstanceKeys &keys, const QString &file, const Options &options);
};
