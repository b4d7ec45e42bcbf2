#pragma once

#include "SyncMerge.h"

#include "../store/Result.h"

#include <QList>
#include <QString>

class Store;

// One bundle made or taken in, as the exchange history lists it.
struct ExchangeRecord
{
    qint64 number = 0;
    QString at;
    QString direction; // "export" or "import"
    // "bundle", or "ledger" for an office's own ledger (xlsx, CSV) taken in by LedgerImport.
    QString kind = QStringLiteral("bundle");
    QString peerInstanceId;
    QString unitCode;
    QString unitName;
    QString fileName;
    qint64 seq = 0;
    bool full = false;
    qint64 rows = 0;
    qint64 bytes = 0;
    QList<TableReport> tables;
    QString warning;
    QString userName;
};

namespace ExchangeHistory {

// Call inside the exchange's own transaction.
Result<void> record(Store &store, const ExchangeRecord &entry);
// Newest first.
QList<ExchangeRecord> recent(Store &store, int limit = 500);
// The import of bundle seq from the peer, if there was one.
ExchangeRecord findImport(Store &store, const QString &peerInstanceId, qint64 seq);

} // namespace ExchangeHistory
