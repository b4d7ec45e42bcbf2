#pragma once

#include "BundleManifest.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class InstanceKeys;
class Store;

// Makes a bundle for a trusted peer: the rows changed since the last bundle for it (or all
// rows), tombstones included, as an encrypted SQLite payload in a signed zip. A township passes
// on everything but what came from the recipient; a county sends down only what it made itself.
// The file is written under a temporary name and renamed when whole, so a stick pulled out
// halfway never holds a file that looks like a bundle.
class BundleExport
{
    Q_DECLARE_TR_FUNCTIONS(BundleExport)

public:
    struct Options
    {
        bool full = false;
        // The bundle's file name; the usual <unit>_<date>_<seq>.tlb when empty.
        QString fileName;
        // Called with a step's description and how far the export is (0-100); false cancels.
        std::function<bool(const QString &step, int percent)> progress;
    };

    struct Summary
    {
        QString filePath;
        BundleManifest manifest;
        qint64 bytes = 0;
    };

    static Result<Summary> write(Store &store, const InstanceKeys &keys,
        const QString &recipientInstanceId, const QString &folder, const Options &options);
};
