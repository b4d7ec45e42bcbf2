#pragma once

#include "Result.h"

#include <QStringList>

class Store;

// Makes a large insert into mostly empty tables fast: drops the tables' secondary indexes and
// triggers, and finish() creates them again. Building an index once from sorted keys costs far
// less than growing it row by row, and FTS5 flushes its pending terms at every statement that
// touches it. Use inside one Transaction: if it rolls back, the indexes and triggers come back
// with it. Whatever the triggers would have done (the search index) the caller does itself.
// While it lasts the page cache is larger, since building an index sorts all of its keys.
class BulkLoad
{
public:
    BulkLoad(Store &store, const QStringList &tables);
    const QString &error() const { return m_error; }
    Result<void> finish();
    ~BulkLoad();

private:
    Store &m_store;
    QString m_cacheSize; // restored when done
    QStringList m_schema; // CREATE INDEX and CREATE TRIGGER statements to run again
    QString m_error;
};
