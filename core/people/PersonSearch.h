#pragma once

#include "../store/Result.h"

#include <QString>
#include <QStringList>

class Store;
struct sqlite3;

// Search as you type over name, ID number and phone. The FTS5 index holds, per person, every
// character and every pair of characters of the name (Chinese names are two or three characters,
// too short for trigrams), and the ID number and phone forwards and reversed, so that both the
// first digits and the last digits of a number are prefix queries.
namespace PersonSearch {

// Registers tl_search_tokens(name, id_number, phone) on a connection; the triggers that keep the
// index need it.
void registerFunctions(sqlite3 *db);
QString tokens(const QString &name, const QString &idNumber, const QString &phone);

struct Query
{
    QString match;  // FTS5 MATCH expression; empty when the text cannot be searched yet
    QString needle; // what a matched name must contain (pairs alone can match out of order)
    bool isValid() const { return !match.isEmpty(); }
};
// Numbers need at least three digits; names at least one character.
Query query(const QString &text);

// For bulk inserts inside one transaction: FTS5 flushes its pending terms at every statement
// that touches it, so indexing row by row through the triggers is many times slower than one
// INSERT ... SELECT at the end. Drops the index triggers; finish() indexes every person added
// since and puts the triggers back. If the transaction rolls back, so does all of this.
class BulkLoad
{
public:
    explicit BulkLoad(Store &store);
    const QString &error() const { return m_error; }
    Result<void> finish();

private:
    Store &m_store;
    QStringList m_triggers;
    qint64 m_lastRowid = 0;
    QString m_error;
};

} // namespace PersonSearch
